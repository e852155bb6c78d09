// Sign-ups per client address per hour, counted in PostgreSQL so every app instance shares the
// count (lib/security/create-postgres-rate-limiter.ts).
import { getConfig } from "@/lib/config/env";
import { createPostgresRateLimiter, rateLimitPool, type RateLimiter } from "@/lib/security/create-postgres-rate-limiter";

const globalForLimiter = globalThis as unknown as { reminderSignUpLimiter?: { url: string; limiter: RateLimiter } };

export type SignUpAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one sign-up for the (already hashed) client address. */
export async function limitReminderSignUps(clientAddressHash: string): Promise<SignUpAllowance> {
  const { DATABASE_URL, REMINDER_SIGNUPS_PER_HOUR } = getConfig();
  if (globalForLimiter.reminderSignUpLimiter?.url !== DATABASE_URL) {
    const limiter = createPostgresRateLimiter(rateLimitPool(DATABASE_URL), { keyPrefix: "reminder-sign-up", points: REMINDER_SIGNUPS_PER_HOUR, windowSeconds: 3600 });
    globalForLimiter.reminderSignUpLimiter = { url: DATABASE_URL, limiter };
  }
  const decision = await globalForLimiter.reminderSignUpLimiter.limiter.consume(clientAddressHash);
  return decision.allowed ? { allowed: true } : decision;
}

/** Tests close the pool between databases. */
export async function closeReminderSignUpLimiter(): Promise<void> {
  globalForLimiter.reminderSignUpLimiter = undefined;
  const shared = (globalThis as unknown as { rateLimitPool?: { pool: { end: () => Promise<void> } } }).rateLimitPool;
  (globalThis as unknown as { rateLimitPool?: unknown }).rateLimitPool = undefined;
  await shared?.pool.end();
}
