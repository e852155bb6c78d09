// Per-client limit on checkout creation, kept in PostgreSQL so that every app instance counts
// against the same budget. Card-testing bots send thousands of attempts from one address; a
// reader needs a handful.
import "server-only";
import type pg from "pg";
import { getConfig } from "@/lib/config/env";
import { createPostgresRateLimiter, rateLimitPool, type RateDecision, type RateLimiter } from "./create-postgres-rate-limiter";

export type { RateDecision };
export type CheckoutRateLimiter = RateLimiter;

export function createCheckoutRateLimiter(pool: pg.Pool, limits: { points: number; windowSeconds: number }): CheckoutRateLimiter {
  return createPostgresRateLimiter(pool, { keyPrefix: "checkout", ...limits });
}

const globalForLimiter = globalThis as unknown as { checkoutRateLimiter?: CheckoutRateLimiter };

export function limitCheckoutRate(clientHash: string): Promise<RateDecision> {
  if (!globalForLimiter.checkoutRateLimiter) {
    const config = getConfig();
    globalForLimiter.checkoutRateLimiter = createCheckoutRateLimiter(rateLimitPool(config.DATABASE_URL), {
      points: config.CHECKOUT_RATE_LIMIT_POINTS,
      windowSeconds: config.CHECKOUT_RATE_LIMIT_WINDOW_SECONDS,
    });
  }
  return globalForLimiter.checkoutRateLimiter.consume(clientHash);
}
