// What admins set in Settings for the embedded appeal (issue 18): the pages that may embed it,
// beyond EMBED_ALLOWED_ORIGINS, and the reader's respect: how long the thank-you line replaces
// the appeal after a gift, per frequency, and the weekly cap of appeal views after which the
// banner stays quiet. Stored as two Settings rows; read through load-embed-settings.ts.
import { z } from "zod";
import type { DonationFrequency } from "@/lib/donations/frequencies";

export const EMBED_ORIGINS_KEY = "embedOrigins";
export const READER_RESPECT_KEY = "readerRespect";

export const MAX_EMBED_ORIGINS = 20;

const LOOPBACK = new Set(["localhost", "127.0.0.1"]);

/**
 * One origin as an admin typed it, normalized ("https://News.Example.org/" -> "https://news.example.org"),
 * or why it is refused. An origin is a scheme, a host and maybe a port: what a browser compares in
 * frame-ancestors. Plain http only for this machine outside production (a development article page).
 */
export function parseEmbedOrigin(typed: string, isProduction: boolean): { origin: string } | { error: string } {
  const value = typed.trim().replace(/\/$/, "");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: `"${typed}" is not an origin: write it as https://news.example.org` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { error: `"${typed}" is not an origin: it must start with https://` };
  // Compared by parts, not as text: a name in another script is kept in its ASCII form (punycode).
  const plainHost = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(url.hostname) || /^\[[0-9a-f:.]+\]$/.test(url.hostname);
  if (url.username || url.password || url.pathname !== "/" || /[?#]/.test(value) || !plainHost) {
    return { error: `"${typed}" is not an origin: keep only https:// and the site's name (and port), with no path, query or wildcard` };
  }
  if (url.protocol === "http:" && (isProduction || !LOOPBACK.has(url.hostname))) {
    return { error: `"${typed}" must use https:// (plain http:// is allowed only for localhost and 127.0.0.1 in development)` };
  }
  return { origin: url.origin };
}

export const storedOriginsSchema = z.object({ origins: z.array(z.string()).max(MAX_EMBED_ORIGINS) });
export type StoredOrigins = z.infer<typeof storedOriginsSchema>;

const days = (what: string) =>
  z
    .number({ error: `${what} must be a whole number of days` })
    .int(`${what} must be a whole number of days`)
    .min(1, `${what} must be at least 1 day`)
    .max(730, `${what} must be at most 730 days`);

export const readerRespectSchema = z.object({
  thanksDays: z.object({ once: days("After a one-time gift, the thank-you period"), monthly: days("After a monthly gift, the thank-you period"), annual: days("After an annual gift, the thank-you period") }),
  weeklyViewCap: z
    .number({ error: "The weekly cap must be a whole number of views" })
    .int("The weekly cap must be a whole number of views")
    .min(1, "The weekly cap must be at least 1 view")
    .max(50, "The weekly cap must be at most 50 views"),
});
export type ReaderRespect = z.infer<typeof readerRespectSchema>;

/** A recurring supporter is not asked while the gift runs: a month and a few days, a year and a few days. */
export const defaultReaderRespect: ReaderRespect = { thanksDays: { once: 30, monthly: 35, annual: 370 } satisfies Record<DonationFrequency, number>, weeklyViewCap: 5 };
