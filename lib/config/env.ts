// The one place that reads and validates the environment. Everything else imports
// getConfig() and gets typed, checked settings. Secrets here never reach client components.
import "server-only";
import { z } from "zod";
import { isSupportedCurrency } from "@/lib/money/supported-currencies";

import { DEVELOPMENT_NEXTAUTH_SECRET, DEVELOPMENT_WEBHOOK_SECRET, EMULATOR_SECRET_KEY, refusedInProduction } from "./refuse-development-secrets";

type Env = Record<string, string | undefined>;

/** Production unless NODE_ENV says otherwise, or APP_ENV=development asks for the development defaults. */
export const isProductionEnv = (env: Env) => env.NODE_ENV === "production" && env.APP_ENV !== "development";

const optionalUrl = z.preprocess((value) => (value === "" ? undefined : value), z.string().url().optional());

const envSchema = (isProduction: boolean) => {
  const devDefault = <T extends z.ZodTypeAny>(schema: T, fallback: string) => (isProduction ? schema : z.preprocess((value) => (value === undefined || value === "" ? fallback : value), schema));
  return z.object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string({ error: "is required: a postgresql:// connection URL" }).regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL"),
    APP_URL: devDefault(z.string({ error: "is required: the public base URL, e.g. https://give.example.org" }).url("must be a URL such as https://give.example.org"), "http://localhost:3000"),
    NEXTAUTH_SECRET: devDefault(
      z.string({ error: "is required: at least 32 random characters (openssl rand -base64 32)" }).min(32, "must be at least 32 characters (openssl rand -base64 32)"),
      DEVELOPMENT_NEXTAUTH_SECRET,
    ),
    STRIPE_SECRET_KEY: devDefault(
      z.string({ error: "is required: your Stripe secret key (sk_live_... or sk_test_...)" }).regex(/^(sk|rk)_(test|live)_/, "must be a Stripe secret or restricted key (sk_test_..., sk_live_...)"),
      EMULATOR_SECRET_KEY,
    ),
    STRIPE_WEBHOOK_SECRET: devDefault(
      z
        .string({ error: "is required: the webhook signing secret(s), whsec_..., comma-separated while rotating" })
        .refine((value) => value.split(",").every((s) => s.trim().startsWith("whsec_")), "must be one or more whsec_... secrets, comma-separated"),
      DEVELOPMENT_WEBHOOK_SECRET,
    ),
    STRIPE_API_BASE: optionalUrl,
    // Unset outside production: emails are printed and written under .data/emails (the newcomer's
    // inbox). Production has no such inbox: magic links and manage links must not reach a log.
    SMTP_URL: z.preprocess(
      (value) => (value === "" ? undefined : value),
      isProduction
        ? z.string({ error: "is required in production: an smtp:// or smtps:// URL (emails are never printed in production)" }).regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
        : z
            .string()
            .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
            .optional(),
    ),
    EMAIL_FROM: z.string().min(3).default("Reader Support <support@localhost>"),
    NEWSROOM_NAME: z.string().min(1).default("The Independent Ledger"),
    // How long "Snooze" hides the appeal (days), and how many reminder sign-ups one client address
    // may make per hour.
    REMINDER_SNOOZE_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    REMINDER_SIGNUPS_PER_HOUR: z.coerce.number().int().min(1).default(10),
    // The newsletter (lib/newsletter): sign-ups one client address may make per hour, and the HMAC
    // secret of the webhook to the mailing tool (its URL is set in Settings). Unset: no webhook is sent.
    NEWSLETTER_SIGNUPS_PER_HOUR: z.coerce.number().int().min(1).default(10),
    NEWSLETTER_WEBHOOK_SECRET: z.preprocess((value) => (value === "" ? undefined : value), z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional()),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    // The port the production server (next start) listens on; 0: any free port. Checked here so a
    // bad one is named before Next reads it (the address is next start's --hostname).
    PORT: z.preprocess(
      (value) => (value === undefined || value === "" ? undefined : /^\d{1,5}$/.test(String(value)) ? Number(value) : Number.NaN),
      z
        .number({ error: "must be a whole number from 0 to 65535" })
        .int("must be a whole number from 0 to 65535")
        .min(0, "must be a whole number from 0 to 65535")
        .max(65535, "must be a whole number from 0 to 65535")
        .default(3000),
    ),
    // Appeal and checkout (lib/donations, lib/security). Amounts are decimal strings in major units.
    CHECKOUT_CURRENCIES: z
      .string()
      .default("usd,eur,gbp")
      .transform((value) =>
        value
          .split(",")
          .map((c) => c.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().refine(isSupportedCurrency, "must be supported ISO 4217 codes, comma-separated (usd,eur,gbp; see lib/money/supported-currencies.ts)")).min(1)),
    // The currency the Stripe account settles in (Stripe's balance transactions are in it): money
    // raised in every currency is added up in it, and a campaign's money goal is set in it.
    SETTLEMENT_CURRENCY: z
      .string()
      .default("usd")
      .transform((value) => value.trim().toLowerCase())
      .pipe(z.string().refine(isSupportedCurrency, "must be a supported ISO 4217 code such as usd or eur (see lib/money/supported-currencies.ts), the currency your Stripe account settles in")),
    CHECKOUT_DEFAULT_FREQUENCY: z.enum(["once", "monthly", "annual"]).default("monthly"),
    CHECKOUT_MIN_AMOUNT: z
      .string()
      .regex(/^\d+(\.\d{1,2})?$/, "must be a decimal amount such as 2 or 2.50")
      .default("2"),
    CHECKOUT_MAX_AMOUNT: z
      .string()
      .regex(/^\d+(\.\d{1,2})?$/, "must be a decimal amount such as 10000")
      .default("10000"),
    // Checkout creations allowed per client address per window, counted in PostgreSQL.
    CHECKOUT_RATE_LIMIT_POINTS: z.coerce.number().int().positive().default(10),
    CHECKOUT_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(600),
    // Thank-you pages read from Stripe (not from the cache) per client address per window.
    THANK_YOU_RATE_LIMIT_POINTS: z.coerce.number().int().positive().default(30),
    THANK_YOU_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
    // Which X-Forwarded-For entry, counted from the right, is the reader's address (1: the one the
    // nearest proxy appended). The app must sit behind a proxy that sets the header.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
    // Key of the client-address HMAC; unset: derived from NEXTAUTH_SECRET.
    CLIENT_ADDRESS_HASH_KEY: z.preprocess((value) => (value === "" ? undefined : value), z.string().min(32).optional()),
    CAPTCHA_PROVIDER: z.enum(["none", "turnstile", "hcaptcha"]).default("none"),
    CAPTCHA_SITE_KEY: z.string().optional(),
    CAPTCHA_SECRET_KEY: z.string().optional(),
    // Staff dashboard: this address may sign in as admin while there is no admin at all (the first
    // admin of a fresh install); once there is one, only the staff list decides.
    STAFF_ADMIN_EMAIL: z.preprocess((value) => (value === "" ? undefined : value), z.string().email("must be an email address").optional()),
    // Optional OpenID Connect sign-in for staff (e.g. Google Workspace: https://accounts.google.com).
    // Switched on when all three are set; the staff allowlist still decides who gets in.
    STAFF_OIDC_ISSUER: optionalUrl,
    STAFF_OIDC_CLIENT_ID: z.preprocess((value) => (value === "" ? undefined : value), z.string().optional()),
    STAFF_OIDC_CLIENT_SECRET: z.preprocess((value) => (value === "" ? undefined : value), z.string().optional()),
    STAFF_OIDC_NAME: z.string().min(1).default("Google Workspace"),
    // How long a "manage my support" link works, in minutes.
    MANAGE_LINK_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(30),
    // "keyId:base64key,..." (32-byte AES-256 keys); the first encrypts, all decrypt. Unset outside
    // production: development keys are generated into .data/pii-keys.json (lib/privacy/pii-keys.ts).
    PII_ENCRYPTION_KEYS: isProduction
      ? z
          .string({ error: "is required: keyId:base64key pairs for AES-256-GCM (see .env.example)" })
          .regex(/^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]{43,44})*$/, "must be keyId:base64key pairs of 32-byte keys, comma-separated")
      : z.string().optional(),
    // Retention (days), enforced daily by applyRetention (lib/privacy/apply-retention.ts).
    RETENTION_WEBHOOK_PAYLOAD_DAYS: z.coerce.number().int().positive().default(30),
    RETENTION_REMINDER_DAYS: z.coerce.number().int().positive().default(30),
    RETENTION_UNCONFIRMED_REMINDER_DAYS: z.coerce.number().int().positive().default(7),
    RETENTION_ADDRESS_HASH_DAYS: z.coerce.number().int().positive().default(30),
    // After it, checkout attempts and reminders lose their appeal placement, variant and article path.
    RETENTION_ATTRIBUTION_DAYS: z.coerce.number().int().positive().default(90),
    // Origins allowed to embed the embeddable routes (/embed/*) in a frame, space- or comma-separated.
    EMBED_ALLOWED_ORIGINS: z
      .string()
      .default("")
      .refine(
        (value) =>
          value
            .split(/[\s,]+/)
            .filter(Boolean)
            .every((origin) => /^https?:\/\/[^/\s]+$/.test(origin)),
        "must be origins such as https://news.example.org, space- or comma-separated",
      ),
    // base64 32-byte key for the email blind index (HMAC-SHA256).
    PII_INDEX_KEY: isProduction
      ? z.string({ error: "is required: a base64 32-byte key (openssl rand -base64 32)" }).regex(/^[A-Za-z0-9+/=]{43,44}$/, "must be a base64 32-byte key (openssl rand -base64 32)")
      : z.string().optional(),
  });
};

export type AppConfig = Omit<z.infer<ReturnType<typeof envSchema>>, "STRIPE_WEBHOOK_SECRET"> & {
  STRIPE_WEBHOOK_SECRET: string;
  stripeWebhookSecrets: string[];
  embedAllowedOrigins: string[];
  isProduction: boolean;
};

export class ConfigError extends Error {}

/** Validates an environment; throws a ConfigError naming every bad setting. */
export function parseConfig(env: Env): AppConfig {
  const isProduction = isProductionEnv(env);
  const result = envSchema(isProduction).safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid settings (see .env.example):\n${lines.join("\n")}`);
  }
  const data = result.data;
  if (data.CAPTCHA_PROVIDER !== "none" && (!data.CAPTCHA_SITE_KEY || !data.CAPTCHA_SECRET_KEY)) {
    throw new ConfigError("Invalid settings (see .env.example):\n  CAPTCHA_SITE_KEY, CAPTCHA_SECRET_KEY: are required when CAPTCHA_PROVIDER is set");
  }
  const refused = isProduction ? refusedInProduction(data) : [];
  if (refused.length) throw new ConfigError(`Invalid settings (see .env.example):\n${refused.map((line) => `  ${line}`).join("\n")}`);
  return {
    ...data,
    stripeWebhookSecrets: data.STRIPE_WEBHOOK_SECRET.split(",").map((s) => s.trim()),
    embedAllowedOrigins: data.EMBED_ALLOWED_ORIGINS.split(/[\s,]+/).filter(Boolean),
    isProduction,
  };
}

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
