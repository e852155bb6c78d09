// One way to count requests across every app instance: rate-limiter-flexible's PostgreSQL store
// on the migrated table rate_limit_bucket (keys are "<prefix>:<key>"; callers pass hashes, never
// addresses). spend-rate-limit.ts names every budget and keeps one limiter for each.
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };
export type RateLimiter = { consume: (key: string) => Promise<RateDecision> };
export type RateLimit = { keyPrefix: string; points: number; windowSeconds: number };

export function createPostgresRateLimiter(pool: pg.Pool, limit: RateLimit): RateLimiter {
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "rate_limit_bucket",
    tableCreated: true,
    keyPrefix: limit.keyPrefix,
    points: limit.points,
    duration: limit.windowSeconds,
  });
  return {
    async consume(key) {
      try {
        const result = await limiter.consume(key);
        return { allowed: true, remaining: result.remainingPoints };
      } catch (rejection) {
        // The library rejects with a RateLimiterRes when the budget is spent, with an Error otherwise.
        if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        throw rejection;
      }
    },
  };
}

const globalForPool = globalThis as unknown as { rateLimitPool?: { url: string; pool: pg.Pool } };

/** The small pool every limiter of this process shares (recreated if DATABASE_URL changes, as in tests). */
export function rateLimitPool(databaseUrl: string): pg.Pool {
  if (globalForPool.rateLimitPool?.url !== databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    // An idle connection dropped by the server (restart, failover) must not crash the process.
    pool.on("error", () => undefined);
    globalForPool.rateLimitPool = { url: databaseUrl, pool };
  }
  return globalForPool.rateLimitPool.pool;
}

export async function closeRateLimitPool(): Promise<void> {
  const shared = globalForPool.rateLimitPool;
  globalForPool.rateLimitPool = undefined;
  await shared?.pool.end();
}
