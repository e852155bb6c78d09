// Next.js proxy (Next 16's middleware): security headers on every page (lib/security), and a 400
// for paths whose percent-encoding does not decode. API routes are left out, so the webhook path
// stays lean, except the API routes with dynamic segments, which only get the 400.
import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/config/env";
import { isCachedAppealPath } from "@/lib/donations/is-cached-appeal-path";
import { isMalformedPath } from "@/lib/http/is-malformed-path";
import { securityHeaders, STRIPE_CHECKOUT_ORIGINS } from "@/lib/security/security-headers";

const text = (body: string, status: number) => new NextResponse(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const malformed = isMalformedPath(pathname);
  if (pathname.startsWith("/api/")) return malformed ? text("Bad request: this address is not valid.\n", 400) : NextResponse.next();
  const config = getConfig();
  const checkoutOrigins = config.STRIPE_API_BASE ? [...STRIPE_CHECKOUT_ORIGINS, new URL(config.STRIPE_API_BASE).origin] : STRIPE_CHECKOUT_ORIGINS;
  // Every rendering of /appeal/[currency] is kept in the page cache, 404s included: a made-up
  // currency is refused here, before anything is rendered or stored.
  const response = malformed
    ? text("Bad request: this address is not valid.\n", 400)
    : isCachedAppealPath(pathname) === false
      ? text("Not found\n", 404)
      : NextResponse.next();
  const headers = securityHeaders({ pathname, isProduction: config.isProduction, embedAllowedOrigins: config.embedAllowedOrigins, checkoutOrigins, captchaProvider: config.CAPTCHA_PROVIDER });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // The API routes with dynamic segments are listed so their malformed paths get a 400 (a new one
  // is caught by tests/e2e/hostile-paths.e2e.test.ts, which walks app/).
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)", "/api/auth/:path*", "/api/dashboard/supporters/:path*"],
};
