// Per-client limit on thank-you pages that must ask Stripe (about five calls each), kept in
// PostgreSQL so every app instance counts against the same budget. A script reloading the page or
// trying made-up session ids would otherwise spend the Stripe account's own rate limit, which
// checkout needs. Cached results do not count: a reader reloading their own page costs nothing.
import "server-only";
import { getConfig } from "@/lib/config/env";
import { createPostgresRateLimiter, rateLimitPool, type RateDecision, type RateLimiter } from "./create-postgres-rate-limiter";

const globalForLimiter = globalThis as unknown as { thankYouRateLimiter?: RateLimiter };

export function limitThankYouRate(clientHash: string): Promise<RateDecision> {
  if (!globalForLimiter.thankYouRateLimiter) {
    const config = getConfig();
    globalForLimiter.thankYouRateLimiter = createPostgresRateLimiter(rateLimitPool(config.DATABASE_URL), {
      keyPrefix: "thank-you",
      points: config.THANK_YOU_RATE_LIMIT_POINTS,
      windowSeconds: config.THANK_YOU_RATE_LIMIT_WINDOW_SECONDS,
    });
  }
  return globalForLimiter.thankYouRateLimiter.consume(clientHash);
}
