// Next.js proxy (Next 16's middleware): security headers on every page (lib/security), a 400 for
// paths whose percent-encoding does not decode, the plain appeal at / served from its currency's
// cached page, the reader's language (lib/i18n/resolve-locale.ts: the switch's cookie, the `lang`
// an embedding article passes, Accept-Language) handed to the pages in a request header and, for
// the cached appeal, in its path, and next-auth's CSRF cookie for the sign-in form that works
// without JavaScript. The embedded appeal's per-reader choice: lib/embed/embed-proxy.ts.
// API routes are left out, so the webhook path stays lean, except the API routes with dynamic
// segments, which only get the 400. On /embed/* and /thank-you it reads the embedding settings
// admins keep in Settings through a copy kept a minute at most (lib/embed/load-embed-settings.ts).
import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/config/env";
import { cachedAppealUrl } from "@/lib/donations/cached-appeal-url";
import { isCachedAppealPath } from "@/lib/donations/is-cached-appeal-path";
import { localizeAppealPath } from "@/lib/donations/localize-appeal-path";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { isReaderPath, LOCALE_REQUEST_HEADER, READER_PATH_HEADER } from "@/lib/i18n/reader-request";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { isMalformedPath } from "@/lib/http/is-malformed-path";
import { issueStaffCsrfToken, readStaffCsrfToken, staffCsrfCookieName } from "@/lib/auth/staff-csrf-token";
import { securityHeaders, STRIPE_CHECKOUT_ORIGINS } from "@/lib/security/security-headers";
import { keepThanks, needsEmbedSettings, rewriteEmbed } from "@/lib/embed/embed-proxy";
import { loadEmbedSettings, mergeEmbedOrigins } from "@/lib/embed/load-embed-settings";
import { defaultReaderRespect } from "@/lib/embed/embed-settings-schema";

const text = (body: string, status: number) => new NextResponse(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

type Forward = { request: { headers: Headers } };

/** / for a reader with nothing of their own to show: their currency's cached page in their language; /appeal and /appeal/<currency> in their language; else null. */
function rewriteToCachedAppeal(request: NextRequest, locale: Locale, forward: Forward): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  const localized = localizeAppealPath(pathname, locale);
  if (localized) return NextResponse.rewrite(new URL(`${localized}${search}`, request.url), forward);
  if (pathname !== "/") return null;
  const target = cachedAppealUrl({ method: request.method, url: `${pathname}${search}`, headers: Object.fromEntries(request.headers) });
  if (!target) return null;
  const queryAt = target.indexOf("?");
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  // Cache-Control of / (private to shared caches): next.config.js.
  return NextResponse.rewrite(new URL(`${localizeAppealPath(path, locale) ?? path}${queryAt === -1 ? "" : target.slice(queryAt)}`, request.url), forward);
}

/** The request headers the pages see: the reader's language and path on reader pages, and never the browser's own copies of those. */
function forwardedHeaders(request: NextRequest, locale: Locale | null): Headers {
  const headers = new Headers(request.headers);
  headers.delete(LOCALE_REQUEST_HEADER);
  headers.delete(READER_PATH_HEADER);
  if (locale) {
    headers.set(LOCALE_REQUEST_HEADER, locale);
    headers.set(READER_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  }
  return headers;
}

/** The sign-in page posts next-auth's form without JavaScript, so it needs next-auth's CSRF cookie first. */
function signInOrNext(request: NextRequest, config: ReturnType<typeof getConfig>, forward: Forward): NextResponse {
  if (request.nextUrl.pathname !== "/signin") return NextResponse.next(forward);
  const name = staffCsrfCookieName(config.APP_URL);
  if (readStaffCsrfToken(request.cookies.get(name)?.value, config.NEXTAUTH_SECRET)) return NextResponse.next(forward);
  const { cookieValue } = issueStaffCsrfToken(config.NEXTAUTH_SECRET);
  // The page reads the cookie from this request; the browser keeps it from the response.
  request.cookies.set(name, cookieValue);
  forward.request.headers.set("cookie", request.headers.get("cookie") ?? "");
  const response = NextResponse.next(forward);
  response.cookies.set(name, cookieValue, { httpOnly: true, sameSite: "lax", path: "/", secure: config.APP_URL.startsWith("https://") });
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const malformed = isMalformedPath(pathname);
  if (pathname.startsWith("/api/")) return malformed ? text("Bad request: this address is not valid.\n", 400) : NextResponse.next();
  const config = getConfig();
  const locale = isReaderPath(pathname)
    ? resolveLocale({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, lang: request.nextUrl.searchParams.get("lang"), acceptLanguage: request.headers.get("accept-language") })
    : null;
  const forward: Forward = { request: { headers: forwardedHeaders(request, locale) } };
  const secure = config.APP_URL.startsWith("https://");
  // Admins' embedding settings, from a copy kept a minute at most: only the paths that use them wait for it.
  const embedding = needsEmbedSettings(pathname) ? await loadEmbedSettings() : null;
  const respect = embedding?.readerRespect ?? defaultReaderRespect;
  const checkoutOrigins = config.STRIPE_API_BASE ? [...STRIPE_CHECKOUT_ORIGINS, new URL(config.STRIPE_API_BASE).origin] : STRIPE_CHECKOUT_ORIGINS;
  // Every rendering of /appeal/[currency] is kept in the page cache, 404s included: a made-up
  // currency is refused here, before anything is rendered or stored.
  const response = malformed
    ? text("Bad request: this address is not valid.\n", 400)
    : isCachedAppealPath(pathname) === false
      ? text("Not found\n", 404)
      : (locale && (rewriteEmbed(request, locale, forward, secure, respect) || rewriteToCachedAppeal(request, locale, forward))) || signInOrNext(request, config, forward);
  keepThanks(request, response, secure, respect);
  const headers = securityHeaders({
    pathname,
    isProduction: config.isProduction,
    embedAllowedOrigins: mergeEmbedOrigins(config.embedAllowedOrigins, embedding?.storedOrigins ?? []),
    checkoutOrigins,
    captchaProvider: config.CAPTCHA_PROVIDER,
  });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // The API routes with dynamic segments are listed so their malformed paths get a 400 (a new one
  // is caught by tests/e2e/hostile-paths.e2e.test.ts, which walks app/).
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)", "/api/auth/:path*", "/api/dashboard/supporters/:path*"],
};
