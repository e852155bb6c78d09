// The appeal's staff-editable settings: preset amounts per currency and frequency, bounds,
// the default frequency, snooze length and the appeal's words. Amounts are minor units. The
// defaults, before staff save any, are in default-appeal-settings.ts.
import { z } from "zod";
import { translatedLocales } from "@/lib/i18n/locales";

const amountList = z.array(z.number().int().positive()).min(1, "needs at least one amount").max(6, "can have at most six amounts");

export const currencySettingsSchema = z
  .object({
    once: amountList,
    monthly: amountList,
    annual: amountList,
    minimum: z.number().int().positive(),
    maximum: z.number().int().positive(),
    // What "cover the payment fees" adds: a percentage (basis points) and a fixed part (minor units).
    // null: not offered; missing (settings saved before it existed): the default rule.
    feeCover: z
      .object({
        basisPoints: z.number({ error: "fee percentage must be a number with at most two decimals" }).int().min(0).max(2000, "fee percentage must be at most 20"),
        fixed: z.number({ error: "fixed fee must be an amount" }).int().min(0, "fixed fee must not be negative"),
      })
      .nullable()
      .optional(),
  })
  .refine((c) => c.minimum <= c.maximum, { message: "the minimum must not be above the maximum", path: ["minimum"] })
  .refine((c) => [...c.once, ...c.monthly, ...c.annual].every((a) => a >= c.minimum && a <= c.maximum), { message: "every preset amount must be within the minimum and maximum", path: ["once"] });

/** The appeal's words in a language other than English; an empty heading or letter falls back to the English one (and the Settings page says so). */
export const appealTranslationSchema = z.object({
  heading: z.string().trim().max(120, "must be at most 120 characters").default(""),
  letter: z.string().trim().max(2000, "must be at most 2,000 characters").default(""),
  safetyNote: z.string().trim().max(600, "must be at most 600 characters").default(""),
});

export const appealSettingsSchema = z
  .object({
    currencies: z.record(z.string().regex(/^[a-z]{3}$/, "must be a three-letter currency code"), currencySettingsSchema).refine((record) => Object.keys(record).length > 0, "needs at least one currency"),
    defaultCurrency: z.string().regex(/^[a-z]{3}$/),
    defaultFrequency: z.enum(["once", "monthly", "annual"]),
    snoozeDays: z.number().int().min(1, "must be at least one day").max(90, "must be at most 90 days"),
    appealHeading: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters"),
    appealText: z.string().trim().min(1, "is required").max(2000, "must be at most 2,000 characters"),
    // Settings saved before languages lack these: the defaults apply.
    appealTranslations: z.partialRecord(z.enum(translatedLocales), appealTranslationSchema).default({}),
    // The appeal's "Your safety" note in English; empty means the catalogue's own (messages/en.json).
    safetyNote: z.string().trim().max(600, "must be at most 600 characters").default(""),
    // Emails keep the newsroom's name out of the sender's name and the subject (lib/email/read-discreet-email.ts).
    discreetEmail: z.boolean().default(true),
  })
  .refine((s) => s.defaultCurrency in s.currencies, { message: "must be one of the currencies offered", path: ["defaultCurrency"] });

export type AppealSettings = z.infer<typeof appealSettingsSchema>;

export const APPEAL_SETTINGS_KEY = "appeal";
