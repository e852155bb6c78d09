// The article an embedded appeal sits on, as the loader passes it in the frame's address
// (`article=<origin><path>`, or a bare path): its path for the counters and, when its origin may
// embed us, the address "Back to the article" leads to. Forged parts are dropped, never kept.
import { parseArticlePath } from "./attribution";

export type ArticleAddress = { articlePath: string | null; backUrl: string | null };

export function parseArticleAddress(value: unknown, allowedOrigins: readonly string[]): ArticleAddress {
  if (typeof value !== "string" || value.length > 1024) return { articlePath: null, backUrl: null };
  if (value.startsWith("/")) return { articlePath: parseArticlePath(value), backUrl: null };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { articlePath: null, backUrl: null };
  }
  const articlePath = parseArticlePath(url.pathname);
  if (!articlePath || (url.protocol !== "https:" && url.protocol !== "http:")) return { articlePath: null, backUrl: null };
  const allowed = allowedOrigins.some((origin) => origin === url.origin);
  return { articlePath, backUrl: allowed ? `${url.origin}${articlePath}` : null };
}

/** The `article` parameter of an embed frame's address (the Referer of what the frame sends us), when it is one of our embed pages. */
export function articleFromEmbedReferer(referer: string | null, appUrl: string): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    if (url.origin !== new URL(appUrl).origin || !url.pathname.startsWith("/embed/")) return null;
    return url.searchParams.get("article");
  } catch {
    return null;
  }
}

/** "Back to the article" on the thank-you page: the cookie's address only while its origin may embed us (the list may have changed since). */
export function readBackUrl(cookieValue: string | undefined, allowedOrigins: readonly string[]): string | null {
  if (!cookieValue) return null;
  return parseArticleAddress(cookieValue, allowedOrigins).backUrl;
}
