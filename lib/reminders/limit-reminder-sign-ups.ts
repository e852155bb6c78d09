// Sign-ups per client address per hour, counted in PostgreSQL so every app instance shares the
// count (rate-limiter-flexible's RateLimiterPostgres creates and owns its table).
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getConfig } from "@/lib/config/env";

type Limiter = { limiter: RateLimiterPostgres; pool: pg.Pool; databaseUrl: string };
const globalForLimiter = globalThis as unknown as { reminderSignUpLimiter?: Promise<Limiter> };

function createLimiter(databaseUrl: string, points: number): Promise<Limiter> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      { storeClient: pool, tableName: "rate_limit_reminder_sign_up", keyPrefix: "reminder-sign-up", points, duration: 3600 },
      (error?: Error) => {
        if (!error) return resolve({ limiter, pool, databaseUrl });
        void pool.end();
        reject(error);
      },
    );
  });
}

async function getLimiter(): Promise<Limiter> {
  const { DATABASE_URL, REMINDER_SIGNUPS_PER_HOUR } = getConfig();
  // A failed start (database down) is not cached: the next sign-up tries again.
  globalForLimiter.reminderSignUpLimiter ??= createLimiter(DATABASE_URL, REMINDER_SIGNUPS_PER_HOUR).catch((error: unknown) => {
    globalForLimiter.reminderSignUpLimiter = undefined;
    throw error;
  });
  return globalForLimiter.reminderSignUpLimiter;
}

export type SignUpAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one sign-up for the (already hashed) client address. */
export async function limitReminderSignUps(clientAddressHash: string): Promise<SignUpAllowance> {
  const { limiter } = await getLimiter();
  try {
    await limiter.consume(clientAddressHash);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
    throw rejection;
  }
}

/** Tests close the pool between databases. */
export async function closeReminderSignUpLimiter(): Promise<void> {
  const current = globalForLimiter.reminderSignUpLimiter;
  globalForLimiter.reminderSignUpLimiter = undefined;
  if (current) await (await current).pool.end();
}
