// Manage-link requests are limited per client address and per email address, in PostgreSQL so
// every app instance shares the count (a limit in process memory resets on each instance).
import { createHmac } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getConfig } from "../config/env";
import { logger } from "../log/logger";
import { getPiiKeys } from "../privacy/pii-keys";

let limiters: { byAddress: RateLimiterPostgres; byEmail: RateLimiterPostgres } | undefined;

function build() {
  const pool = new pg.Pool({ connectionString: getConfig().DATABASE_URL, max: 3 });
  // An idle connection dropped by the server (restart, failover) must not crash the process.
  pool.on("error", (error) => logger.warn("rate-limit pool connection lost", { error }));
  const common = { storeClient: pool, storeType: "pool", tableName: "rate_limit_bucket", tableCreated: true, duration: 60 * 60 };
  return {
    byAddress: new RateLimiterPostgres({ ...common, keyPrefix: "manage-link-address", points: 10 }),
    byEmail: new RateLimiterPostgres({ ...common, keyPrefix: "manage-link-email", points: 3 }),
  };
}

function hashKey(value: string): string {
  return createHmac("sha256", getPiiKeys().indexKey).update(`rate-limit:${value}`).digest("base64url");
}

/** Resolves to undefined when allowed, or the seconds to wait. */
export async function limitManageLinkRequests(clientAddress: string, emailIndexValue: string): Promise<number | undefined> {
  limiters ??= build();
  try {
    await limiters.byAddress.consume(hashKey(clientAddress));
    await limiters.byEmail.consume(emailIndexValue);
    return undefined;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}
