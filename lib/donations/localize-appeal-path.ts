// The cached appeal is one page per currency and language (app/appeal/[currency]/[lang]); readers
// and the embedding article ask for /appeal or /appeal/<currency>, and proxy.ts serves the page of
// the language it resolved for them. The page itself never reads a cookie or a header.
import type { Locale } from "@/lib/i18n/locales";

/** /appeal -> /appeal/default/<locale>; /appeal/<key> -> /appeal/<key>/<locale>; null when the path names its language already (or is not the appeal). */
export function localizeAppealPath(pathname: string, locale: Locale): string | null {
  if (pathname === "/appeal") return `/appeal/default/${locale}`;
  if (!pathname.startsWith("/appeal/")) return null;
  const key = pathname.slice("/appeal/".length);
  return key && !key.includes("/") ? `/appeal/${key}/${locale}` : null;
}
