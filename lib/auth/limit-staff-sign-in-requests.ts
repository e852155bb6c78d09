// Staff sign-in links are limited per client address and per email address, in PostgreSQL so that
// every app instance shares the count. Without it anyone could have us mail-bomb a newsroom inbox,
// and time or count answers to learn who is on the staff list. The count is taken before next-auth
// decides anything, so staff and strangers use up the same budget and get the same answers.
import "server-only";
import { getConfig } from "../config/env";
import { createPostgresRateLimiter, rateLimitPool, type RateLimiter } from "../security/create-postgres-rate-limiter";
import { hashClientAddress } from "../security/hash-client-address";
import { emailIndex } from "../privacy/email-index";

export const STAFF_SIGN_IN_LIMITS = {
  perAddress: { points: 10, windowSeconds: 3600 },
  perEmail: { points: 3, windowSeconds: 3600 },
};

let limiters: { byAddress: RateLimiter; byEmail: RateLimiter } | undefined;

/** Resolves to undefined when allowed, or the seconds to wait. */
export async function limitStaffSignInRequests(clientAddress: string, email: string): Promise<number | undefined> {
  if (!limiters) {
    const pool = rateLimitPool(getConfig().DATABASE_URL);
    limiters = {
      byAddress: createPostgresRateLimiter(pool, { keyPrefix: "staff-sign-in-address", ...STAFF_SIGN_IN_LIMITS.perAddress }),
      byEmail: createPostgresRateLimiter(pool, { keyPrefix: "staff-sign-in-email", ...STAFF_SIGN_IN_LIMITS.perEmail }),
    };
  }
  const byAddress = await limiters.byAddress.consume(hashClientAddress(clientAddress));
  if (!byAddress.allowed) return byAddress.retryAfterSeconds;
  const byEmail = await limiters.byEmail.consume(emailIndex(email));
  return byEmail.allowed ? undefined : byEmail.retryAfterSeconds;
}
