// The embedded appeal's copy variants, per placement: up to four, each with its own heading and letter
// per language (a missing language falls back to English, as the appeal's own words do) and, if staff
// want, its own preset amounts per currency (else the appeal's). Stored as the Setting "embedVariants".
// With no variants saved, a placement shows one variant, "a": the appeal's own copy.
import { z } from "zod";
import { translatedLocales } from "@/lib/i18n/locales";
import { variantIds } from "./attribution";

export const EMBED_VARIANTS_KEY = "embedVariants";

const words = z.object({
  heading: z.string().trim().max(120, "must be at most 120 characters").default(""),
  letter: z.string().trim().max(2000, "must be at most 2,000 characters").default(""),
});

const amountList = z.array(z.number().int().positive()).min(1).max(6, "can have at most six amounts");

export const embedVariantSchema = z.object({
  id: z.enum(variantIds),
  // English words are required: they are every other language's fallback.
  en: z.object({ heading: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters"), letter: z.string().trim().min(1, "is required").max(2000, "must be at most 2,000 characters") }),
  translations: z.partialRecord(z.enum(translatedLocales), words).default({}),
  // Minor units per currency; a currency left out uses the appeal's presets.
  amounts: z.record(z.string().regex(/^[a-z]{3}$/), z.object({ once: amountList, monthly: amountList, annual: amountList })).default({}),
});

const variantList = z
  .array(embedVariantSchema)
  .max(4, "can have at most four variants")
  .refine((list) => new Set(list.map((v) => v.id)).size === list.length, "each variant needs its own letter (a to d)")
  .default([]);

export const embedVariantsSchema = z.object({ footer: variantList, banner: variantList });

export type EmbedVariant = z.infer<typeof embedVariantSchema>;
export type EmbedVariants = z.infer<typeof embedVariantsSchema>;
