// The paragraphs a receipt or statement ends with, in the reader's language: the newsroom's legal
// text (English's when that language has none), then "this is not a tax receipt" unless staff
// have said these are tax receipts.
import { knownLocale } from "../i18n/locales";
import { readerTranslator } from "../i18n/reader-translator";
import type { ReceiptSettings } from "./receipt-settings-schema";

export function legalTextFor(settings: ReceiptSettings, locale: string | null | undefined): string[] {
  const known = knownLocale(locale);
  const text = settings.legalText[known] || settings.legalText.en;
  const paragraphs = text ? text.split(/\n{2,}/).map((paragraph) => paragraph.trim()) : [];
  return settings.taxReceipts ? paragraphs : [...paragraphs, readerTranslator(known)("receipts.notTaxReceipt")];
}
