// Saves the embedded appeal's copy variants (admins only, checked by the caller) with an audit entry.
// Invalid input saves nothing and answers every problem in the admin's words. On save the in-process
// copy is forgotten and every cached /embed page is revalidated (as update-appeal-settings.ts does for
// the appeal page); other instances follow within EMBED_VARIANTS_TTL_MS and the pages' `revalidate`.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { minorToDecimal } from "../money/minor-to-decimal";
import { getAppealSettings } from "../settings/get-appeal-settings";
import { EMBED_VARIANTS_KEY, embedVariantsSchema, type EmbedVariants } from "./embed-variants-schema";
import { forgetEmbedVariants } from "./load-embed-variants";
import { readEmbedVariantsForm, type EmbedVariantsFields } from "./read-embed-variants-form";

export type EmbedVariantsUpdate = { ok: true; variants: EmbedVariants } | { ok: false; errors: string[] };

const placementNames: Record<string, string> = { footer: "Footer", banner: "Banner" };
const languageName = (locale: string) => new Intl.DisplayNames("en", { type: "language" }).of(locale) ?? locale;

function describeIssue(issue: z.core.$ZodIssue, input: Record<string, { id: string }[]>): string {
  const [placement, index, part, key, frequency, position] = issue.path.map(String);
  const where = placementNames[placement!] ?? "Variants";
  if (index === undefined || part === undefined) return `${where}: ${issue.message}.`;
  const variant = `${where} variant ${input[placement!]?.[Number(index)]?.id ?? "?"}`;
  if (part === "en" || part === "translations") {
    const language = part === "en" ? "English" : languageName(key!);
    const what = part === "en" ? key : frequency;
    return `${variant}: the ${language} ${what} ${issue.message}.`;
  }
  if (part === "amounts" && frequency) {
    const message = position !== undefined ? "must be amounts such as 5, 10, 25" : issue.code === "too_small" ? "need at least one amount (or leave all three frequencies empty to use the appeal's)" : issue.message;
    return `${variant}: the ${key!.toUpperCase()} ${frequency} amounts ${message}.`;
  }
  return `${variant}: ${issue.message}.`;
}

/** Variant a is the baseline the Sources report compares with, and every amount stays within the appeal's bounds. */
function checkAgainstAppeal(variants: EmbedVariants, bounds: Record<string, { minimum: number; maximum: number }>): string[] {
  const errors: string[] = [];
  for (const [placement, list] of Object.entries(variants)) {
    if (list.length > 0 && !list.some((variant) => variant.id === "a")) errors.push(`${placementNames[placement]}: fill in variant a before b, c or d (the others are compared with it).`);
    for (const variant of list) {
      for (const [currency, amounts] of Object.entries(variant.amounts)) {
        const bound = bounds[currency];
        if (!bound) continue;
        const outside = [...amounts.once, ...amounts.monthly, ...amounts.annual].filter((minor) => minor < bound.minimum || minor > bound.maximum);
        if (outside.length > 0) {
          errors.push(
            `${placementNames[placement]} variant ${variant.id}: ${currency.toUpperCase()} amounts must be between the appeal's minimum ${minorToDecimal(bound.minimum, currency)} and maximum ${minorToDecimal(bound.maximum, currency)}.`,
          );
        }
      }
    }
  }
  return errors;
}

export async function updateEmbedVariants(fields: EmbedVariantsFields, actorUserId: string, prisma: PrismaClient = getPrisma()): Promise<EmbedVariantsUpdate> {
  const appeal = await getAppealSettings(prisma);
  const input = readEmbedVariantsForm(fields, Object.keys(appeal.currencies)) as Record<string, { id: string }[]>;
  const parsed = embedVariantsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, input)) };
  const errors = checkAgainstAppeal(parsed.data, appeal.currencies);
  if (errors.length > 0) return { ok: false, errors };

  const value = parsed.data as unknown as Prisma.InputJsonValue;
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: EMBED_VARIANTS_KEY }, update: { value, updatedBy: actorUserId }, create: { key: EMBED_VARIANTS_KEY, value, updatedBy: actorUserId } }),
    prisma.auditLog.create({ data: { actorUserId, action: "settings.updated", targetType: "setting", targetId: EMBED_VARIANTS_KEY, metadata: value } }),
  ]);
  forgetEmbedVariants();
  // Every page under /embed, whatever its segments: the derived "/embed/layout" tag covers them all.
  revalidatePath("/embed", "layout");
  return { ok: true, variants: parsed.data };
}
