// The secrets this repository publishes for development (the defaults in env.ts and .env.example,
// the emulator's signing secret, the id development PII keys are generated under): anyone can read
// them, so a production server holding one would sign sessions, accept webhooks or encrypt
// supporters' identities with a key its attacker already has. Production refuses to start with them.
export const DEVELOPMENT_NEXTAUTH_SECRET = "development-only-secret-change-me-0123456789";
export const DEVELOPMENT_WEBHOOK_SECRET = "whsec_emulator_development_secret";
export const EMULATOR_SECRET_KEY = "sk_test_emulator";
/** lib/privacy/pii-keys.ts generates development keys under this id into .data/pii-keys.json. */
export const DEVELOPMENT_PII_KEY_ID = "dev1";

type Settings = {
  NEXTAUTH_SECRET: string;
  STRIPE_WEBHOOK_SECRET: string;
  STRIPE_SECRET_KEY: string;
  STRIPE_API_BASE?: string;
  PII_ENCRYPTION_KEYS?: string;
};

/** One "NAME: why" line per published development secret in production settings. */
export function refusedInProduction(settings: Settings): string[] {
  const refused: string[] = [];
  if (settings.NEXTAUTH_SECRET === DEVELOPMENT_NEXTAUTH_SECRET) {
    refused.push("NEXTAUTH_SECRET: is the published development value; set your own (openssl rand -base64 32)");
  }
  if (settings.STRIPE_WEBHOOK_SECRET.split(",").some((secret) => secret.trim() === DEVELOPMENT_WEBHOOK_SECRET)) {
    refused.push("STRIPE_WEBHOOK_SECRET: is the emulator's published development secret; set the whsec_... of your Stripe endpoint");
  }
  if (settings.STRIPE_API_BASE === undefined && settings.STRIPE_SECRET_KEY === EMULATOR_SECRET_KEY) {
    refused.push("STRIPE_SECRET_KEY: is the emulator's key; set a real key or STRIPE_API_BASE");
  }
  const keyIds = (settings.PII_ENCRYPTION_KEYS ?? "").split(",").map((pair) => pair.trim().split(":")[0]);
  if (keyIds.includes(DEVELOPMENT_PII_KEY_ID)) {
    refused.push(`PII_ENCRYPTION_KEYS: key "${DEVELOPMENT_PII_KEY_ID}" is a development key (.data/pii-keys.json); generate production keys (openssl rand -base64 32)`);
  }
  return refused;
}
