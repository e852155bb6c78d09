// A translator for server code and emails, outside React: the same catalogues and ICU rules the
// pages use (next-intl's use-intl core), for one language.
import { createTranslator } from "use-intl/core";
import { catalogues } from "./catalogues";
import { knownLocale } from "./locales";

export function readerTranslator(locale: string | null | undefined) {
  const known = knownLocale(locale);
  return createTranslator({ locale: known, messages: catalogues[known], timeZone: "UTC" });
}

export type ReaderTranslator = ReturnType<typeof readerTranslator>;
