// Per-client limit on checkout creation, kept in PostgreSQL (table rate_limit_bucket) so that every
// app instance counts against the same budget. Card-testing bots send thousands of attempts from
// one address; a reader needs a handful.
import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getConfig } from "@/lib/config/env";

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export type CheckoutRateLimiter = { consume: (clientHash: string) => Promise<RateDecision> };

export function createCheckoutRateLimiter(pool: pg.Pool, limits: { points: number; windowSeconds: number }): CheckoutRateLimiter {
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "rate_limit_bucket",
    tableCreated: true,
    keyPrefix: "checkout",
    points: limits.points,
    duration: limits.windowSeconds,
  });
  return {
    async consume(clientHash) {
      try {
        const result = await limiter.consume(clientHash);
        return { allowed: true, remaining: result.remainingPoints };
      } catch (rejection) {
        // The library rejects with a RateLimiterRes when the budget is spent, with an Error otherwise.
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw rejection;
      }
    },
  };
}

const globalForLimiter = globalThis as unknown as { checkoutRateLimiter?: CheckoutRateLimiter };

export function limitCheckoutRate(clientHash: string): Promise<RateDecision> {
  if (!globalForLimiter.checkoutRateLimiter) {
    const config = getConfig();
    const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 4 });
    pool.on("error", () => undefined);
    globalForLimiter.checkoutRateLimiter = createCheckoutRateLimiter(pool, {
      points: config.CHECKOUT_RATE_LIMIT_POINTS,
      windowSeconds: config.CHECKOUT_RATE_LIMIT_WINDOW_SECONDS,
    });
  }
  return globalForLimiter.checkoutRateLimiter.consume(clientHash);
}
