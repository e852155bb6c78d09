// The plain appeal (GET / with none of the appeal's own query parameters, and no snooze in force)
// is the same page for every reader of one currency, so proxy.ts rewrites it to that currency's
// cached rendering, /appeal/[currency]. The currency is the one the dynamic page (app/page.tsx)
// would pick, by the same function; /appeal/default when nothing points to one. Anything else at /
// (a choice to restore, a refused form post, a snoozed reader, a client-side navigation) is left
// to the dynamic page. One decision in the proxy rather than a next.config.js rewrite per
// currency: Next tries every rewrite rule on every page request.
import type { IncomingHttpHeaders } from "node:http";
import { isAppealSnoozed, SNOOZE_COOKIE } from "@/lib/reminders/is-appeal-snoozed";
import { APPEAL_QUERY_KEYS } from "./read-appeal-prefill";
import { guessReaderCurrency } from "./read-reader-preferences";
import { isSupportedCurrency } from "@/lib/money/supported-currencies";

type Request = { method?: string; url?: string; headers: IncomingHttpHeaders };

const first = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null));

/** A cookie's value as Next's own parser reads it (cookies() in the page): the last one wins, an undecodable one is skipped. */
function readCookie(header: string | undefined, name: string): string | undefined {
  let found: string | undefined;
  for (const part of (header ?? "").split(/; */)) {
    const at = part.indexOf("=");
    if (at === -1 || part.slice(0, at) !== name) continue;
    try {
      found = decodeURIComponent(part.slice(at + 1));
    } catch {
      // skipped, as Next skips it
    }
  }
  return found;
}

/** The URL to serve instead of the request's (/appeal/<currency>, with the query kept), or null to leave it alone. */
export function cachedAppealUrl(request: Request, now: Date = new Date()): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "";
  const queryAt = url.indexOf("?");
  if ((queryAt === -1 ? url : url.slice(0, queryAt)) !== "/") return null;
  // Client-side navigations and prefetches (the RSC header) get the page whose tree matches their URL.
  if (request.headers.rsc !== undefined) return null;
  const search = queryAt === -1 ? "" : url.slice(queryAt);
  const query = new URLSearchParams(search);
  if (APPEAL_QUERY_KEYS.some((key) => query.has(key))) return null;
  if (isAppealSnoozed(readCookie(request.headers.cookie, SNOOZE_COOKIE), now)) return null;
  // No currency to go on: the page of the newsroom's default (the first currency it offers).
  const guess = guessReaderCurrency({ get: (name) => first(request.headers[name]) });
  return `/appeal/${guess && isSupportedCurrency(guess) ? guess : "default"}${search}`;
}
