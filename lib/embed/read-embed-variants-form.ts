// The Settings form for copy variants as flat fields ("footer.b.en.heading", "footer.b.amounts.usd.monthly"
// with amounts typed in major units, "5, 10, 25") and back. A variant whose fields are all empty is not
// run. Unreadable amounts become values the schema refuses, so the admin gets a message for them.
import { translatedLocales } from "../i18n/locales";
import { decimalToMinor } from "../money/decimal-to-minor";
import { minorToDecimal } from "../money/minor-to-decimal";
import { placements, variantIds } from "./attribution";
import type { EmbedVariants } from "./embed-variants-schema";

export type EmbedVariantsFields = Record<string, string>;

export const variantFrequencies = ["once", "monthly", "annual"] as const;

const amountsOf = (text: string, currency: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => decimalToMinor(part, currency) ?? Number.NaN);

/** The stored variants as the form's fields (for the form's first showing). */
export function fieldsOfEmbedVariants(variants: EmbedVariants): EmbedVariantsFields {
  const fields: EmbedVariantsFields = {};
  for (const placement of placements) {
    for (const variant of variants[placement]) {
      const prefix = `${placement}.${variant.id}`;
      fields[`${prefix}.en.heading`] = variant.en.heading;
      fields[`${prefix}.en.letter`] = variant.en.letter;
      for (const [locale, words] of Object.entries(variant.translations)) {
        fields[`${prefix}.${locale}.heading`] = words?.heading ?? "";
        fields[`${prefix}.${locale}.letter`] = words?.letter ?? "";
      }
      for (const [currency, amounts] of Object.entries(variant.amounts)) {
        for (const frequency of variantFrequencies) fields[`${prefix}.amounts.${currency}.${frequency}`] = amounts[frequency].map((minor) => minorToDecimal(minor, currency)).join(", ");
      }
    }
  }
  return fields;
}

/** The form's fields as the shape embedVariantsSchema checks; `currencies` are the appeal's. */
export function readEmbedVariantsForm(fields: EmbedVariantsFields, currencies: string[]): unknown {
  const field = (name: string) => (fields[name] ?? "").trim();
  return Object.fromEntries(
    placements.map((placement) => {
      const variants = variantIds.flatMap((id) => {
        const prefix = `${placement}.${id}`;
        if (!Object.entries(fields).some(([name, value]) => name.startsWith(`${prefix}.`) && value.trim() !== "")) return [];
        const amounts: Record<string, Record<string, number[]>> = {};
        for (const currency of currencies) {
          const typed = variantFrequencies.map((frequency) => field(`${prefix}.amounts.${currency}.${frequency}`));
          if (typed.every((text) => text === "")) continue;
          amounts[currency] = Object.fromEntries(variantFrequencies.map((frequency, i) => [frequency, amountsOf(typed[i]!, currency)]));
        }
        // A language left empty is left out, so the reader side falls back to English for it.
        const translations = Object.fromEntries(
          translatedLocales.flatMap((locale) => {
            const words = { heading: field(`${prefix}.${locale}.heading`), letter: field(`${prefix}.${locale}.letter`) };
            return words.heading === "" && words.letter === "" ? [] : [[locale, words]];
          }),
        );
        return [{ id, en: { heading: field(`${prefix}.en.heading`), letter: field(`${prefix}.en.letter`) }, translations, amounts }];
      });
      return [placement, variants];
    }),
  );
}
