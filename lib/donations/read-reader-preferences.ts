// What the request says about the reader: the Checkout locale and a sensible default currency,
// from Accept-Language (and a country header when a CDN in front of us sets one). With nothing to
// go on, the newsroom's default currency (the first it offers).
import regions from "./reader-currency-regions.json";

const stripeLocales = new Set("bg cs da de el en en-GB es es-419 et fi fil fr fr-CA hr hu id it ja ko lt lv ms mt nb nl pl pt pt-BR ro ru sk sl sv th tr vi zh zh-HK zh-TW".split(" "));

const currencyByCountry: Record<string, string> = regions.countries;
const currencyByLanguage: Record<string, string> = regions.languages;

export type ReaderPreferences = { locale: string; currency: string };

function languageTags(acceptLanguage: string): string[] {
  return acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.split("=")[1] ?? 1);
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(entry.tag) && entry.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((entry) => entry.tag)
    .slice(0, 10);
}

/**
 * The currency the request points to: the country's (CDN header, else the first language tag's
 * region; USD for a country not in the table), else the language's; null when nothing says
 * (no country and a language such as "en" that spans many), so the newsroom's default applies.
 */
export function guessReaderCurrency(headers: Pick<Headers, "get">): string | null {
  return guessFromTags(languageTags(headers.get("accept-language") ?? ""), headers);
}

function guessFromTags(tags: string[], headers: Pick<Headers, "get">): string | null {
  const [language = "", region = ""] = (tags[0] ?? "").split("-");
  const country = (headers.get("cf-ipcountry") ?? headers.get("x-vercel-ip-country") ?? region).toUpperCase();
  // The language decides only when nothing names a country (de-CH is Swiss, not German).
  if (country) return currencyByCountry[country] ?? "usd";
  return currencyByLanguage[language.toLowerCase()] ?? null;
}

export function readReaderPreferences(headers: Pick<Headers, "get">, currencies: string[]): ReaderPreferences {
  const tags = languageTags(headers.get("accept-language") ?? "");
  let locale = "auto";
  for (const tag of tags) {
    const [language = "", region] = tag.split("-");
    const exact = region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
    if (stripeLocales.has(exact)) {
      locale = exact;
      break;
    }
    if (stripeLocales.has(language.toLowerCase())) {
      locale = language.toLowerCase();
      break;
    }
  }
  const guess = guessFromTags(tags, headers);
  return { locale, currency: guess && currencies.includes(guess) ? guess : currencies[0]! };
}
