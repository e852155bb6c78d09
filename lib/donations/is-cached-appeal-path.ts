// Which paths under /appeal are the cached appeal (app/appeal/[currency]/[lang]): one per
// supported currency, plus "default", each in every language. /appeal and /appeal/<currency> are
// rewritten by proxy.ts to the reader's language (localize-appeal-path.ts). Anything else there
// must not be rendered: every rendering of that route is kept in the page cache (a 404 too), so
// made-up paths would fill it. Checked by proxy.ts.
import { isLocale } from "@/lib/i18n/locales";
import { isSupportedCurrency } from "@/lib/money/supported-currencies";

/** true: a cached appeal page (or one the proxy rewrites to one); false: under /appeal/ but not one; null: not under /appeal. */
export function isCachedAppealPath(pathname: string): boolean | null {
  if (pathname === "/appeal") return true;
  if (!pathname.startsWith("/appeal/")) return null;
  const [key = "", lang, ...rest] = pathname.slice("/appeal/".length).split("/");
  if (rest.length > 0) return false;
  const knownKey = key === "default" || isSupportedCurrency(key);
  return knownKey && (lang === undefined || isLocale(lang));
}
