// What a reader is told when a checkout is refused for a reason other than a field, by code, in the
// reader's language (messages/<locale>.json, "refusals").
import { readerTranslator } from "@/lib/i18n/reader-translator";

export const refusalCodes = ["rate_limited", "captcha_failed", "rejected", "invalid_body", "checkout_unavailable"] as const;

export type RefusalCode = (typeof refusalCodes)[number];

export function isRefusalCode(code: string): code is RefusalCode {
  return (refusalCodes as readonly string[]).includes(code);
}

export function refusalMessage(code: RefusalCode, locale: string | null | undefined): string {
  return readerTranslator(locale)(`refusals.${code}`);
}
