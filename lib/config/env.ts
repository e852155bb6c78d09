// The one place that reads and validates the environment. Everything else imports
// getConfig() and gets typed, checked settings. Secrets here never reach client components.
import "server-only";
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production" && process.env.APP_ENV !== "development";

const devDefault = <T extends z.ZodTypeAny>(schema: T, fallback: string) =>
  isProduction ? schema : z.preprocess((value) => (value === undefined || value === "" ? fallback : value), schema);

const optionalUrl = z.preprocess((value) => (value === "" ? undefined : value), z.string().url().optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({ error: "is required: a postgresql:// connection URL" })
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL"),
  APP_URL: devDefault(z.string({ error: "is required: the public base URL, e.g. https://give.example.org" }).url("must be a URL such as https://give.example.org"), "http://localhost:3000"),
  NEXTAUTH_SECRET: devDefault(
    z.string({ error: "is required: at least 32 random characters (openssl rand -base64 32)" }).min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    "development-only-secret-change-me-0123456789",
  ),
  STRIPE_SECRET_KEY: devDefault(
    z.string({ error: "is required: your Stripe secret key (sk_live_... or sk_test_...)" }).regex(/^(sk|rk)_(test|live)_/, "must be a Stripe secret or restricted key (sk_test_..., sk_live_...)"),
    "sk_test_emulator",
  ),
  STRIPE_WEBHOOK_SECRET: devDefault(
    z
      .string({ error: "is required: the webhook signing secret(s), whsec_..., comma-separated while rotating" })
      .refine((value) => value.split(",").every((s) => s.trim().startsWith("whsec_")), "must be one or more whsec_... secrets, comma-separated"),
    "whsec_emulator_development_secret",
  ),
  STRIPE_API_BASE: optionalUrl,
  SMTP_URL: z.preprocess((value) => (value === "" ? undefined : value), z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional()),
  EMAIL_FROM: z.string().min(3).default("Reader Support <support@localhost>"),
  NEWSROOM_NAME: z.string().min(1).default("The Independent Ledger"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // How long a "manage my support" link works, in minutes.
  MANAGE_LINK_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  // "keyId:base64key,..." (32-byte AES-256 keys); the first encrypts, all decrypt. Unset outside
  // production: development keys are generated into .data/pii-keys.json (lib/privacy/pii-keys.ts).
  PII_ENCRYPTION_KEYS: isProduction
    ? z
        .string({ error: "is required: keyId:base64key pairs for AES-256-GCM (see .env.example)" })
        .regex(/^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]{43,44})*$/, "must be keyId:base64key pairs of 32-byte keys, comma-separated")
    : z.string().optional(),
  // base64 32-byte key for the email blind index (HMAC-SHA256).
  PII_INDEX_KEY: isProduction
    ? z.string({ error: "is required: a base64 32-byte key (openssl rand -base64 32)" }).regex(/^[A-Za-z0-9+/=]{43,44}$/, "must be a base64 32-byte key (openssl rand -base64 32)")
    : z.string().optional(),
});

export type AppConfig = Omit<z.infer<typeof envSchema>, "STRIPE_WEBHOOK_SECRET"> & {
  STRIPE_WEBHOOK_SECRET: string;
  stripeWebhookSecrets: string[];
  isProduction: boolean;
};

export class ConfigError extends Error {}

/** Validates an environment; throws a ConfigError naming every bad setting. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid settings (see .env.example):\n${lines.join("\n")}`);
  }
  const data = result.data;
  if (isProduction && data.STRIPE_API_BASE === undefined && data.STRIPE_SECRET_KEY === "sk_test_emulator") {
    throw new ConfigError("Invalid settings (see .env.example):\n  STRIPE_SECRET_KEY: is the emulator's key; set a real key or STRIPE_API_BASE");
  }
  return {
    ...data,
    stripeWebhookSecrets: data.STRIPE_WEBHOOK_SECRET.split(",").map((s) => s.trim()),
    isProduction,
  };
}

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
