// What the request says about the reader: the Checkout locale and a sensible default currency,
// from Accept-Language (and a country header when a CDN in front of us sets one).
import regions from "./reader-currency-regions.json";

const stripeLocales = new Set(
  "bg cs da de el en en-GB es es-419 et fi fil fr fr-CA hr hu id it ja ko lt lv ms mt nb nl pl pt pt-BR ro ru sk sl sv th tr vi zh zh-HK zh-TW".split(" "),
);

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

export function readReaderPreferences(headers: Pick<Headers, "get">, currencies: string[]): ReaderPreferences {
  const tags = languageTags(headers.get("accept-language") ?? "");
  let locale = "auto";
  for (const tag of tags) {
    const [language = "", region] = tag.split("-");
    const exact = region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
    if (stripeLocales.has(exact)) { locale = exact; break; }
    if (stripeLocales.has(language.toLowerCase())) { locale = language.toLowerCase(); break; }
  }
  const first = tags[0] ?? "";
  const [language = "", region = ""] = first.split("-");
  const country = (headers.get("cf-ipcountry") ?? headers.get("x-vercel-ip-country") ?? region).toUpperCase();
  // The language decides only when nothing names a country (de-CH is Swiss, not German).
  const guess = country ? (currencyByCountry[country] ?? "usd") : (currencyByLanguage[language.toLowerCase()] ?? "usd");
  return { locale, currency: currencies.includes(guess) ? guess : currencies[0]! };
}
