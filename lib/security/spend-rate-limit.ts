// Every per-client budget of the app, by name, and the one way to spend from one. Each is counted
// in PostgreSQL (create-postgres-rate-limiter.ts) so every app instance shares the count; keys
// are hashes (of a client address, of an email address), never the values themselves. The name
// is also the key prefix in rate_limit_bucket.
import "server-only";
import { getConfig, type AppConfig } from "@/lib/config/env";
import { closeRateLimitPool, createPostgresRateLimiter, rateLimitPool, type RateDecision, type RateLimiter } from "./create-postgres-rate-limiter";

export type { RateDecision };

type Budget = { points: number; windowSeconds: number };

const budgets = {
  // Card-testing bots send thousands of checkout attempts from one address; a reader needs a handful.
  checkout: (config) => ({ points: config.CHECKOUT_RATE_LIMIT_POINTS, windowSeconds: config.CHECKOUT_RATE_LIMIT_WINDOW_SECONDS }),
  // Thank-you pages that must ask Stripe (about five calls each): a script trying made-up session
  // ids would otherwise spend the Stripe account's own rate limit, which checkout needs.
  "thank-you": (config) => ({ points: config.THANK_YOU_RATE_LIMIT_POINTS, windowSeconds: config.THANK_YOU_RATE_LIMIT_WINDOW_SECONDS }),
  "reminder-sign-up": (config) => ({ points: config.REMINDER_SIGNUPS_PER_HOUR, windowSeconds: 3600 }),
  "newsletter-sign-up": (config) => ({ points: config.NEWSLETTER_SIGNUPS_PER_HOUR, windowSeconds: 3600 }),
  // Emailed links, per client and per address: without them anyone could have us mail-bomb an
  // inbox, or count answers to learn who gives or who is on the staff list.
  "manage-link-address": () => ({ points: 10, windowSeconds: 3600 }),
  "manage-link-email": () => ({ points: 3, windowSeconds: 3600 }),
  // Supporter account actions (each a few Stripe calls): generous for a person, a wall for a script.
  "manage-account": () => ({ points: 60, windowSeconds: 3600 }),
  "staff-sign-in-address": () => ({ points: 10, windowSeconds: 3600 }),
  "staff-sign-in-email": () => ({ points: 3, windowSeconds: 3600 }),
} satisfies Record<string, (config: AppConfig) => Budget>;

export type RateLimitName = keyof typeof budgets;

const globalForLimiters = globalThis as unknown as { rateLimiters?: Map<RateLimitName, { settings: string; limiter: RateLimiter }> };

/** Spends one point of the named budget for key (a hash). Throws when the count cannot be reached. */
export function spendRateLimit(name: RateLimitName, key: string): Promise<RateDecision> {
  const config = getConfig();
  const budget = budgets[name](config);
  // Made again when the database or the budget changes (tests load the app with other settings).
  const settings = `${config.DATABASE_URL} ${budget.points}/${budget.windowSeconds}`;
  const limiters = (globalForLimiters.rateLimiters ??= new Map());
  let entry = limiters.get(name);
  if (entry?.settings !== settings) {
    entry = { settings, limiter: createPostgresRateLimiter(rateLimitPool(config.DATABASE_URL), { keyPrefix: name, ...budget }) };
    limiters.set(name, entry);
  }
  return entry.limiter.consume(key);
}

export type RateLimitSpend = { name: RateLimitName; key: string };

/** Spends from each budget in order, stopping at the first that is spent (its decision is the answer). */
export async function spendRateLimits(spends: RateLimitSpend[]): Promise<RateDecision> {
  let decision: RateDecision = { allowed: true, remaining: Infinity };
  for (const { name, key } of spends) {
    decision = await spendRateLimit(name, key);
    if (!decision.allowed) return decision;
  }
  return decision;
}

/** Tests close the shared pool between databases. */
export async function closeRateLimiters(): Promise<void> {
  globalForLimiters.rateLimiters = undefined;
  await closeRateLimitPool();
}
