// Next.js proxy (Next 16's middleware): security headers on every page (lib/security), and the
// plain appeal at / served from its currency's cached page. API routes are left out: they answer
// JSON or redirects, and the webhook path stays lean.
import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/config/env";
import { cachedAppealUrl } from "@/lib/donations/cached-appeal-url";
import { isCachedAppealPath } from "@/lib/donations/is-cached-appeal-path";
import { issueStaffCsrfToken, readStaffCsrfToken, staffCsrfCookieName } from "@/lib/auth/staff-csrf-token";
import { securityHeaders, STRIPE_CHECKOUT_ORIGINS } from "@/lib/security/security-headers";

function refuseUnknownAppeal(): NextResponse {
  return new NextResponse("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** / for a reader with nothing of their own to show: their currency's cached page, else null. */
function rewriteToCachedAppeal(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") return null;
  const target = cachedAppealUrl({ method: request.method, url: `${pathname}${search}`, headers: Object.fromEntries(request.headers) });
  // Cache-Control of / (private to shared caches): next.config.js.
  return target ? NextResponse.rewrite(new URL(target, request.url)) : null;
}

export function proxy(request: NextRequest) {
  const config = getConfig();
  const checkoutOrigins = config.STRIPE_API_BASE ? [...STRIPE_CHECKOUT_ORIGINS, new URL(config.STRIPE_API_BASE).origin] : STRIPE_CHECKOUT_ORIGINS;
  // Every rendering of /appeal/[currency] is kept in the page cache, 404s included: a made-up
  // currency is refused here, before anything is rendered or stored.
  const refused = isCachedAppealPath(request.nextUrl.pathname) === false;
  const response = refused ? refuseUnknownAppeal() : (rewriteToCachedAppeal(request) ?? signInOrNext(request, config));
  const headers = securityHeaders({ pathname: request.nextUrl.pathname, isProduction: config.isProduction, embedAllowedOrigins: config.embedAllowedOrigins, checkoutOrigins });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** The sign-in page posts next-auth's form without JavaScript, so it needs next-auth's CSRF cookie first. */
function signInOrNext(request: NextRequest, config: ReturnType<typeof getConfig>): NextResponse {
  if (request.nextUrl.pathname !== "/signin") return NextResponse.next();
  const name = staffCsrfCookieName(config.APP_URL);
  if (readStaffCsrfToken(request.cookies.get(name)?.value, config.NEXTAUTH_SECRET)) return NextResponse.next();
  const { cookieValue } = issueStaffCsrfToken(config.NEXTAUTH_SECRET);
  // The page reads the cookie from this request; the browser keeps it from the response.
  request.cookies.set(name, cookieValue);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(name, cookieValue, { httpOnly: true, sameSite: "lax", path: "/", secure: config.APP_URL.startsWith("https://") });
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
