import { ConfigError, parseConfig } from "./env";

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
    const attempt = () =>
      parseConfig({ ...valid, DATABASE_URL: "mysql://x", STRIPE_WEBHOOK_SECRET: "secret", SMTP_URL: "http://mail" });
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

  it("listens on port 3000 of every interface unless told otherwise, and refuses a port that is not one", () => {
    for (const env of [valid, { ...valid, PORT: "", HOST: "" }]) {
      const config = parseConfig(env);
      expect([config.PORT, config.HOST]).toEqual([3000, undefined]);
    }
    expect(parseConfig({ ...valid, PORT: "0", HOST: "127.0.0.1" })).toMatchObject({ PORT: 0, HOST: "127.0.0.1" });
    for (const bad of ["abc", "3000.5", "-1", "70000", "0x10", "1e3", " 80"]) {
      expect(() => parseConfig({ ...valid, PORT: bad })).toThrow(/PORT: must be a whole number from 0 to 65535/);
    }
  });
});
