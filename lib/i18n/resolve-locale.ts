// The reader's language, in the order the product promises: an explicit choice (the switch's
// cookie), then the `lang` the embedding article passes, then the browser's Accept-Language,
// then English. Anything unknown or malformed is skipped, never an error.
import { defaultLocale, isLocale, type Locale } from "./locales";

export type LocaleSignals = { cookie?: string | null; lang?: string | null; acceptLanguage?: string | null };

/** "ru-RU" and "RU" count as ru; anything else that is not one of ours is null. */
export function toLocale(tag: string | null | undefined): Locale | null {
  if (typeof tag !== "string" || tag.length > 35) return null;
  const language = tag.trim().split(/[-_]/)[0]?.toLowerCase();
  return isLocale(language) ? language : null;
}

/** The first of our languages in an Accept-Language header, by its q weights; null when none. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (typeof header !== "string") return null;
  const ranked = header
    .slice(0, 512)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const weight = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = weight === undefined ? 1 : Number(weight.slice(2));
      return { tag: tag.trim(), q: Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0, index };
    })
    .filter((entry) => entry.q > 0 && /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(entry.tag))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const locale = toLocale(entry.tag);
    if (locale) return locale;
  }
  return null;
}

export function resolveLocale(signals: LocaleSignals): Locale {
  return toLocale(signals.cookie) ?? toLocale(signals.lang) ?? localeFromAcceptLanguage(signals.acceptLanguage) ?? defaultLocale;
}
