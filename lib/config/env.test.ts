import { ConfigError, parseConfig } from "./env";
import { DEVELOPMENT_NEXTAUTH_SECRET, DEVELOPMENT_PII_KEY_ID, DEVELOPMENT_WEBHOOK_SECRET } from "./refuse-development-secrets";

const valid = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/donations",
  APP_URL: "https://give.example.org",
  NEXTAUTH_SECRET: "x".repeat(40),
  STRIPE_SECRET_KEY: "sk_test_123",
  STRIPE_WEBHOOK_SECRET: "whsec_one, whsec_two",
};

describe("parseConfig", () => {
  it("accepts a complete environment and splits rotating webhook secrets", () => {
    const config = parseConfig(valid);
    expect(config.stripeWebhookSecrets).toEqual(["whsec_one", "whsec_two"]);
    expect(config.APP_URL).toBe("https://give.example.org");
  });

  it("names the missing database setting and says what it must be", () => {
    const { DATABASE_URL: _omitted, ...rest } = valid;
    expect(() => parseConfig(rest)).toThrow(ConfigError);
    expect(() => parseConfig(rest)).toThrow(/DATABASE_URL: is required: a postgresql:\/\/ connection URL/);
  });

  it("names every invalid setting at once", () => {
    const attempt = () => parseConfig({ ...valid, DATABASE_URL: "mysql://x", STRIPE_WEBHOOK_SECRET: "secret", SMTP_URL: "http://mail" });
    expect(attempt).toThrow(/DATABASE_URL: must be a postgresql/);
    expect(attempt).toThrow(/STRIPE_WEBHOOK_SECRET: must be one or more whsec_/);
    expect(attempt).toThrow(/SMTP_URL: must be an smtp/);
  });

  it("fills development defaults outside production", () => {
    const config = parseConfig({ DATABASE_URL: valid.DATABASE_URL });
    expect(config.APP_URL).toBe("http://localhost:3000");
    expect(config.STRIPE_SECRET_KEY).toBe("sk_test_emulator");
    expect(config.isProduction).toBe(false);
  });

  it("listens on port 3000 unless told otherwise, and refuses a port that is not one", () => {
    for (const env of [valid, { ...valid, PORT: "" }]) expect(parseConfig(env).PORT).toBe(3000);
    expect(parseConfig({ ...valid, PORT: "0" }).PORT).toBe(0);
    for (const bad of ["abc", "3000.5", "-1", "70000", "0x10", "1e3", " 80"]) {
      expect(() => parseConfig({ ...valid, PORT: bad })).toThrow(/PORT: must be a whole number from 0 to 65535/);
    }
  });
});

describe("parseConfig in production", () => {
  const production = {
    ...valid,
    NODE_ENV: "production",
    SMTP_URL: "smtp://mail.example.org:587",
    PII_ENCRYPTION_KEYS: "k1:ZTJlLXRlc3Qta2V5LWZvci1waWktZW5jcnlwdGlvbjE=",
    PII_INDEX_KEY: "ZTJlLXRlc3Qta2V5LWZvci10aGUtYmxpbmQtaW5kZXg=",
  };

  it("accepts a complete production environment", () => {
    expect(parseConfig(production).isProduction).toBe(true);
  });

  it("a production server without SMTP_URL refuses to start rather than print magic links", () => {
    const { SMTP_URL: _omitted, ...rest } = production;
    expect(() => parseConfig(rest)).toThrow(/SMTP_URL: is required in production/);
    expect(() => parseConfig({ ...rest, SMTP_URL: "" })).toThrow(/SMTP_URL: is required in production/);
  });

  it("prints emails to the console only when the development defaults are asked for", () => {
    const { SMTP_URL: _omitted, ...rest } = production;
    expect(parseConfig({ ...rest, APP_ENV: "development" }).SMTP_URL).toBeUndefined();
  });

  it("a production server refuses the published development session secret, so nobody can forge staff sessions", () => {
    expect(() => parseConfig({ ...production, NEXTAUTH_SECRET: DEVELOPMENT_NEXTAUTH_SECRET })).toThrow(/NEXTAUTH_SECRET: is the published development value/);
  });

  it("a production server refuses the emulator's published webhook secret, so nobody can sign fake Stripe events", () => {
    for (const secrets of [DEVELOPMENT_WEBHOOK_SECRET, `whsec_real_one, ${DEVELOPMENT_WEBHOOK_SECRET}`]) {
      expect(() => parseConfig({ ...production, STRIPE_WEBHOOK_SECRET: secrets })).toThrow(/STRIPE_WEBHOOK_SECRET: is the emulator's published development secret/);
    }
  });

  it("a production server refuses development PII keys, so supporters' identities are not encrypted with a key kept in .data", () => {
    const developmentKeys = `${DEVELOPMENT_PII_KEY_ID}:ZTJlLXRlc3Qta2V5LWZvci1waWktZW5jcnlwdGlvbjE=`;
    expect(() => parseConfig({ ...production, PII_ENCRYPTION_KEYS: developmentKeys })).toThrow(/PII_ENCRYPTION_KEYS: key "dev1" is a development key/);
    expect(() => parseConfig({ ...production, PII_ENCRYPTION_KEYS: "REPLACE_WITH_openssl_rand_-base64_32" })).toThrow(/PII_ENCRYPTION_KEYS: must be keyId:base64key/);
  });
});
