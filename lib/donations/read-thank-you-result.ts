// What the thank-you page shows, at most one round of Stripe calls per session id while the answer
// holds: a result read recently is served from memory, reloads in flight share one read, and reads
// that must reach Stripe are limited per client address (the "thank-you" budget of lib/security/spend-rate-limit.ts).
// The first read of a paid or pending session also records it through the webhooks' own sync, so
// the ledger is right before the webhook arrives; later changes reach the ledger by webhook.
import "server-only";
import type Stripe from "stripe";
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import type { RateDecision } from "@/lib/security/create-postgres-rate-limiter";
import { syncCheckoutSession } from "@/lib/stripe/sync-checkout-session";
import { createCheckoutResultCache, type CachedCheckoutResult, type CheckoutResultCache } from "./checkout-result-cache";
import { readCheckoutResult, type CheckoutResult } from "./read-checkout-result";

export type ThankYouResult = CachedCheckoutResult | { kind: "busy" };

export type ThankYouDeps = {
  stripe: Stripe;
  prisma: PrismaClient;
  /** Spends one read from Stripe for this client (a keyed hash of its address). */
  limit: (clientAddressHash: string) => Promise<RateDecision>;
};

const globalForCache = globalThis as unknown as { checkoutResultCache?: CheckoutResultCache; checkoutResultReads?: Map<string, Promise<ThankYouResult>> };

function cache(): CheckoutResultCache {
  globalForCache.checkoutResultCache ??= createCheckoutResultCache({ maxEntries: 5_000 });
  return globalForCache.checkoutResultCache;
}

async function readAndRecord(sessionId: string, deps: ThankYouDeps): Promise<CheckoutResult> {
  const result = await readCheckoutResult(sessionId, deps);
  if (result.kind === "paid" || result.kind === "pending") {
    try {
      await syncCheckoutSession(result.sessionId);
    } catch (error) {
      // The webhook will record it; the reader still gets their page.
      logger.error("thank-you page could not sync the checkout session", { sessionId: result.sessionId, error: error instanceof Error ? error.name : "unknown" });
    }
  }
  cache().set(sessionId, result);
  return result;
}

/** One read that reaches Stripe, if this client's budget allows it. */
async function readIfAllowed(sessionId: string, clientAddressHash: string, deps: ThankYouDeps): Promise<ThankYouResult> {
  let decision: RateDecision;
  try {
    decision = await deps.limit(clientAddressHash);
  } catch (error) {
    logger.error("thank-you rate limit unavailable", { error: error instanceof Error ? error.name : "unknown" });
    return { kind: "unavailable" };
  }
  if (!decision.allowed) {
    logger.warn("thank-you page rate limited", { clientAddressHash });
    return { kind: "busy" };
  }
  return readAndRecord(sessionId, deps);
}

export async function readThankYouResult(sessionId: string | undefined, clientAddressHash: string, deps: ThankYouDeps): Promise<ThankYouResult> {
  // A missing or malformed id never reaches Stripe (readCheckoutResult refuses it first).
  if (!sessionId) return { kind: "not_found" };
  const cached = cache().get(sessionId);
  if (cached) return cached;
  const reads = (globalForCache.checkoutResultReads ??= new Map<string, Promise<ThankYouResult>>());
  const inFlight = reads.get(sessionId);
  if (inFlight) {
    const shared = await inFlight;
    // "busy" was the other client's budget, not this one's: this one may still read.
    if (shared.kind !== "busy") return shared;
  }
  const read = readIfAllowed(sessionId, clientAddressHash, deps).finally(() => {
    if (reads.get(sessionId) === read) reads.delete(sessionId);
  });
  reads.set(sessionId, read);
  return read;
}
