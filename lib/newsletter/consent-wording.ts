// The consent wording's version: a short hash of the words the reader saw beside the checkbox
// (its label and note, in their language, from the catalogues). Changing the wording in a
// catalogue changes the version, so each stored consent names the text it was given against.
import { createHash } from "node:crypto";
import type { Locale } from "@/lib/i18n/locales";
import { readerTranslator } from "@/lib/i18n/reader-translator";

export function consentVersion(locale: Locale): string {
  const t = readerTranslator(locale);
  const wording = `${t("newsletter.consentLabel")}\n${t("newsletter.consentNote")}`;
  return `${locale}-${createHash("sha256").update(wording).digest("hex").slice(0, 12)}`;
}
