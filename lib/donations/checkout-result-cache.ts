// Recent thank-you results, in this process's memory, keyed by a hash of the session id. A reader
// reloads the page; each read from Stripe is about five calls. Only what the page shows is kept
// (amount, currency, frequency, whether a receipt goes out): no session id, no email, no name,
// and only for as long as the answer can be trusted. The cap bounds memory under a flood.
import { createHash } from "node:crypto";
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
  const now = options.now ?? Date.now;
  const entries = new Map<string, { result: CachedCheckoutResult; expiresAt: number }>();
  const keyOf = (sessionId: string) => createHash("sha256").update(sessionId).digest("base64url");
  return {
    get(sessionId) {
      const key = keyOf(sessionId);
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.result;
    },
    set(sessionId, result) {
      const ttl = ttlMs[result.kind];
      if (ttl <= 0) return;
      const key = keyOf(sessionId);
      entries.delete(key);
      // Maps iterate in insertion order: the first entry is the oldest written.
      while (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { result: stripSessionId(result), expiresAt: now() + ttl });
    },
  };
}
