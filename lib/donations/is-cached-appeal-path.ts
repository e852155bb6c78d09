// Which paths under /appeal/ are the cached appeal (app/appeal/[currency]): one per supported
// currency, plus "default". Anything else there must not be rendered: every rendering of that
// route is kept in the page cache (a 404 too), so made-up paths would fill it. Checked by proxy.ts.
import { isSupportedCurrency } from "@/lib/money/supported-currencies";

/** true: a cached appeal page; false: under /appeal/ but not one; null: not under /appeal/. */
export function isCachedAppealPath(pathname: string): boolean | null {
  if (!pathname.startsWith("/appeal/")) return null;
  const key = pathname.slice("/appeal/".length);
  return key === "default" || isSupportedCurrency(key);
}
