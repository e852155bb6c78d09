// GET /language?lang=ru&back=/path: the language switch. The choice is kept in a cookie (a year;
// the server reads it, scripts need not) and the reader goes back to the page they were on: a
// path of this site only, so the link cannot send anyone elsewhere. An unknown language is English.
import { LOCALE_COOKIE, type Locale } from "./locales";
import { toLocale } from "./resolve-locale";
import { defaultLocale } from "./locales";

export type LanguageChoice = { locale: Locale; backPath: string; cookie: string };

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** A same-origin path with its query, or "/": no scheme, no host, no protocol-relative "//" or "/\". */
export function safeBackPath(back: string | null, appUrl: string): string {
  if (!back || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\") || back.length > 2048) return "/";
  try {
    const origin = new URL(appUrl).origin;
    const url = new URL(back, origin);
    return url.origin === origin ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}

export function chooseLanguage(query: URLSearchParams, appUrl: string): LanguageChoice {
  const locale = toLocale(query.get("lang")) ?? defaultLocale;
  const secure = appUrl.startsWith("https://") ? "; Secure" : "";
  return {
    locale,
    backPath: safeBackPath(query.get("back"), appUrl),
    cookie: `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax; HttpOnly${secure}`,
  };
}
