// Manage-link requests are limited per client address and per email address, in PostgreSQL so
// every app instance shares the count (a limit in process memory resets on each instance).
import { getConfig } from "../config/env";
import { createPostgresRateLimiter, rateLimitPool, type RateLimiter } from "../security/create-postgres-rate-limiter";
import { hashClientAddress } from "../security/hash-client-address";

let limiters: { byAddress: RateLimiter; byEmail: RateLimiter } | undefined;

/** Resolves to undefined when allowed, or the seconds to wait. */
export async function limitManageLinkRequests(clientAddress: string, emailIndexValue: string): Promise<number | undefined> {
  if (!limiters) {
    const pool = rateLimitPool(getConfig().DATABASE_URL);
    limiters = {
      byAddress: createPostgresRateLimiter(pool, { keyPrefix: "manage-link-address", points: 10, windowSeconds: 3600 }),
      byEmail: createPostgresRateLimiter(pool, { keyPrefix: "manage-link-email", points: 3, windowSeconds: 3600 }),
    };
  }
  const byAddress = await limiters.byAddress.consume(hashClientAddress(clientAddress));
  if (!byAddress.allowed) return byAddress.retryAfterSeconds;
  const byEmail = await limiters.byEmail.consume(emailIndexValue);
  return byEmail.allowed ? undefined : byEmail.retryAfterSeconds;
}
