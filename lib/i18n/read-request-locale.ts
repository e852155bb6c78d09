// The reader's language for a route handler (proxy.ts does not run for /api/*): the switch's
// cookie, then the `lang` the form or the embedding page sent, then Accept-Language.
import { LOCALE_COOKIE, type Locale } from "./locales";
import { resolveLocale } from "./resolve-locale";

function readCookie(header: string | null, name: string): string | null {
  for (const part of (header ?? "").split(/; */)) {
    const at = part.indexOf("=");
    if (at !== -1 && part.slice(0, at) === name) return part.slice(at + 1);
  }
  return null;
}

export function readRequestLocale(headers: Pick<Headers, "get">, lang?: unknown): Locale {
  return resolveLocale({ cookie: readCookie(headers.get("cookie"), LOCALE_COOKIE), lang: typeof lang === "string" ? lang : null, acceptLanguage: headers.get("accept-language") });
}
