// The languages readers can choose. A third language is one more catalogue in messages/ and one
// more entry here (and in catalogues.ts). Safe for client code: no messages are imported here.
export const locales = ["en", "ru"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

/** The languages staff translate the appeal's words into (English is the original). */
export const translatedLocales = ["ru"] as const satisfies readonly Exclude<Locale, "en">[];

/** The cookie that keeps a reader's explicit choice (the language switch, GET /language). */
export const LOCALE_COOKIE = "reader_lang";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A stored or requested language as one of ours: anything else is English. */
export function knownLocale(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}
