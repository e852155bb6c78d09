// Recent thank-you results, in this process's memory, keyed by a hash of the session id. A reader
// reloads the page; each read from Stripe is about five calls. Only what the page shows is kept
// (amount, currency, frequency, whether a receipt goes out): no session id, no email, no name,
// and only for as long as the answer can be trusted. The cap bounds memory under a flood.
import { createHash } from "node:crypto";
import { createTtlCache } from "@/lib/cache/create-ttl-cache";
import type { CheckoutResult } from "./read-checkout-result";

type WithoutSessionId<T> = T extends unknown ? Omit<T, "sessionId"> : never;
export type CachedCheckoutResult = WithoutSessionId<CheckoutResult>;

/** A paid result does not change in a way the page shows; one still on its way or open soon may. */
const ttlMs: Record<CheckoutResult["kind"], number> = {
  paid: 10 * 60_000,
  pending: 15_000,
  open: 15_000,
  expired: 60_000,
  not_found: 60_000,
  unavailable: 0,
};

export type CheckoutResultCache = {
  get(sessionId: string): CachedCheckoutResult | undefined;
  set(sessionId: string, result: CheckoutResult): void;
};

function stripSessionId(result: CheckoutResult): CachedCheckoutResult {
  if (!("sessionId" in result)) return result;
  const { sessionId: _sessionId, ...shown } = result;
  return shown;
}

export function createCheckoutResultCache(options: { maxEntries: number; now?: () => number }): CheckoutResultCache {
  const results = createTtlCache<CachedCheckoutResult>(options);
  const keyOf = (sessionId: string) => createHash("sha256").update(sessionId).digest("base64url");
  return {
    get: (sessionId) => results.get(keyOf(sessionId)),
    set: (sessionId, result) => results.set(keyOf(sessionId), stripSessionId(result), ttlMs[result.kind]),
  };
}
