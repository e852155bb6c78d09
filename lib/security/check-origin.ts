// Cross-site request forgery guard for route handlers that accept form posts: the browser's
// Origin header (or, failing that, Referer) must be the app's own origin (APP_URL), or one of
// `alsoAllowed`. Requests with neither header are refused: every browser sends Origin on POST.
export type OriginCheck = { ok: true } | { ok: false; reason: string };

export function checkOrigin(request: Request, appUrl: string, alsoAllowed: string[] = []): OriginCheck {
  const allowed = new Set([new URL(appUrl).origin, ...alsoAllowed.map((origin) => new URL(origin).origin)]);
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") return allowed.has(origin) ? { ok: true } : { ok: false, reason: `origin ${origin} is not allowed` };
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      return allowed.has(new URL(referer).origin) ? { ok: true } : { ok: false, reason: "referer is from another site" };
    } catch {
      return { ok: false, reason: "referer is not a URL" };
    }
  }
  return { ok: false, reason: origin === "null" ? "opaque origin" : "no Origin or Referer header" };
}
