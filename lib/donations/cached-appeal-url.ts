// The plain appeal (GET / with none of the appeal's own query parameters, and no snooze in force)
// is the same page for every reader of one currency, so server.ts sends it to that currency's
// cached rendering, /appeal/[currency], before Next.js routes the request. The currency is the one
// the dynamic page (app/page.tsx) would pick, by the same function. Anything else at / (a choice
// to restore, a refused form post, a snoozed reader, a client-side navigation) is left to the
// dynamic page. Done in server.ts rather than as next.config.js rewrites or in proxy.ts: Next
// tries every rewrite rule on every page request, and a proxy rewrite is a second routing pass.
import type { IncomingHttpHeaders } from "node:http";
import { isAppealSnoozed, SNOOZE_COOKIE } from "@/lib/reminders/is-appeal-snoozed";
import { readReaderPreferences } from "./read-reader-preferences";
import { supportedCurrencies } from "./supported-currencies";

/** Query parameters that make the appeal a per-request page (lib/donations/read-appeal-prefill.ts). */
export const APPEAL_QUERY_KEYS = ["frequency", "amount", "currency", "source", "error", "cancelled"] as const;

const currencies = Object.keys(supportedCurrencies);

type Request = { method?: string; url?: string; headers: IncomingHttpHeaders };

const first = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null));

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
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
  try {
    if (isAppealSnoozed(readCookie(request.headers.cookie, SNOOZE_COOKIE), now)) return null;
  } catch {
    return null; // a malformed cookie: the dynamic page reads it with Next's own parser
  }
  const { currency } = readReaderPreferences({ get: (name) => first(request.headers[name]) }, currencies);
  return `/appeal/${currency}${search}`;
}
