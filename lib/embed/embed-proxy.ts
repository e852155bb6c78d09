// proxy.ts's part for the embedded appeal: /embed/footer and /embed/banner go to their static page
// for this reader (reader-state.ts), and the thank-you page after a checkout the reader started
// keeps the thank-you line for the gift's period. Cookies only: no database read on the way (the
// staff's thank-you periods and weekly cap come from the proxy's cached copy, load-embed-settings.ts).
import { NextResponse, type NextRequest } from "next/server";
import type { DonationFrequency } from "@/lib/donations/frequencies";
import type { Locale } from "@/lib/i18n/locales";
import { parsePlacement } from "./attribution";
import type { ReaderRespect } from "./embed-settings-schema";
import { BUCKET_COOKIE, decideEmbedState, GIFT_COOKIE, THANKED_COOKIE } from "./reader-state";

type Forward = { request: { headers: Headers } };

const cookieOptions = (secure: boolean, maxAge: number) => ({ httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge });

/** /embed/<placement> -> /embed/<placement>/<state>/<lang>; null for any other path. */
/** The paths whose answer depends on the embedding settings: the embed pages (frame-ancestors, the reader's state) and the thank-you page (its period). */
export function needsEmbedSettings(pathname: string): boolean {
  return pathname.startsWith("/embed/") || pathname === "/embed" || pathname === "/thank-you";
}

export function rewriteEmbed(request: NextRequest, locale: Locale, forward: Forward, secure: boolean, respect: ReaderRespect, now: Date = new Date()): NextResponse | null {
  const match = /^\/embed\/([a-z]+)$/.exec(request.nextUrl.pathname);
  const placement = match ? parsePlacement(match[1]) : null;
  if (!placement) return null;
  const { state, newBucket } = decideEmbedState(placement, { get: (name) => request.cookies.get(name)?.value }, now, respect.weeklyViewCap);
  const response = NextResponse.rewrite(new URL(`/embed/${placement}/${state}/${locale}`, request.url), forward);
  // The page is the same for everyone it is shown to; which page is per reader.
  response.headers.set("Cache-Control", "private, no-cache");
  if (newBucket !== null) response.cookies.set(BUCKET_COOKIE, String(newBucket), cookieOptions(secure, 365 * 86_400));
  return response;
}

function giftFrequency(value: string | undefined): DonationFrequency | null {
  return value === "once" || value === "monthly" || value === "annual" ? value : null;
}

/** On /thank-you?session_id=... after a checkout this browser started: the embed thanks instead of asking, for the gift's period. */
export function keepThanks(request: NextRequest, response: NextResponse, secure: boolean, respect: ReaderRespect, now: Date = new Date()): void {
  if (request.nextUrl.pathname !== "/thank-you" || !request.nextUrl.searchParams.get("session_id")) return;
  const frequency = giftFrequency(request.cookies.get(GIFT_COOKIE)?.value);
  if (!frequency) return;
  const days = respect.thanksDays[frequency];
  response.cookies.set(THANKED_COOKIE, new Date(now.getTime() + days * 86_400_000).toISOString(), cookieOptions(secure, days * 86_400));
  response.cookies.set(GIFT_COOKIE, "", cookieOptions(secure, 0));
}
