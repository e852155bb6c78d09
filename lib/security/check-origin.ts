// Cross-site request forgery guard for route handlers that accept form posts: the browser's
// Origin header (or, failing that, Referer) must be the app's own origin (APP_URL), or one of
// `alsoAllowed`. Requests with neither header are refused: every browser sends Origin on POST.
// `Origin: null` (a sandboxed frame) passes only with a Referer from our own embedded appeal.
export type OriginCheck = { ok: true } | { ok: false; reason: string };

export function checkOrigin(request: Request, appUrl: string, alsoAllowed: string[] = []): OriginCheck {
  const allowed = new Set([new URL(appUrl).origin, ...alsoAllowed.map((origin) => new URL(origin).origin)]);
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") return allowed.has(origin) ? { ok: true } : { ok: false, reason: `origin ${origin} is not allowed` };
  const referer = request.headers.get("referer");
  // An opaque origin is a sandboxed document. Ours are the embedded appeal's frames (/embed/*): with
  // Origin null, only a Referer that is one of them counts, so no other page's sandboxed frame passes.
  if (origin === "null") return isOwnEmbedFrame(referer, appUrl) ? { ok: true } : { ok: false, reason: "opaque origin" };
  if (referer) {
    try {
      return allowed.has(new URL(referer).origin) ? { ok: true } : { ok: false, reason: "referer is from another site" };
    } catch {
      return { ok: false, reason: "referer is not a URL" };
    }
  }
  return { ok: false, reason: "no Origin or Referer header" };
}

function isOwnEmbedFrame(referer: string | null, appUrl: string): boolean {
  if (!referer) return false;
  try {
    const url = new URL(referer);
    return url.origin === new URL(appUrl).origin && url.pathname.startsWith("/embed/");
  } catch {
    return false;
  }
}
