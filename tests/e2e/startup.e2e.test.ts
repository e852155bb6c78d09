// The production server and the worker at start-up, run exactly as `npm start` and `npm run worker`
// run them (package.json's scripts through sh, as npm does): bad settings stop them, named, before
// the server answers anything.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const root = path.join(__dirname, "../..");
const scripts: Record<string, string> = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Runs an npm script with only env (and PATH); while it runs, asks its port for /api/health every 50 ms. */
async function run(script: "start" | "worker", env: Record<string, string>) {
  const port = await freePort();
  const child = spawn("sh", ["-c", scripts[script]!], {
    cwd: root,
    env: { PATH: `${path.join(root, "node_modules/.bin")}:${process.env.PATH ?? ""}`, HOME: process.env.HOME ?? "/tmp", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env },
  });
  let output = "";
  let answered = false;
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const probe = setInterval(() => {
    fetch(`http://127.0.0.1:${port}/api/health`).then(
      () => (answered = true),
      () => undefined,
    );
  }, 50);
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearInterval(probe);
  clearTimeout(timer);
  return { code, output, answered };
}

// Every required production setting, valid: each test spoils one.
const validSettings = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/x",
  APP_URL: "https://give.example.org",
  NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
  STRIPE_SECRET_KEY: "sk_test_abc",
  STRIPE_WEBHOOK_SECRET: "whsec_abc",
  SMTP_URL: "smtp://127.0.0.1:2525",
  PII_ENCRYPTION_KEYS: "k1:ZTJlLXRlc3Qta2V5LWZvci1waWktZW5jcnlwdGlvbjE=",
  PII_INDEX_KEY: "ZTJlLXRlc3Qta2V5LWZvci10aGUtYmxpbmQtaW5kZXg=",
};

describe("the production server at start-up", () => {
  it("stops with a message naming every missing required setting, without answering a request", async () => {
    const { code, output, answered } = await run("start", {});
    expect(code).toBe(1);
    for (const name of ["DATABASE_URL", "APP_URL", "NEXTAUTH_SECRET", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "SMTP_URL", "PII_ENCRYPTION_KEYS", "PII_INDEX_KEY"]) {
      expect(output).toContain(`${name}: is required`);
    }
    expect(answered).toBe(false);
  });

  it("stops with a message naming an invalid setting", async () => {
    const { code, output, answered } = await run("start", { ...validSettings, NEXTAUTH_SECRET: "short" });
    expect(code).toBe(1);
    expect(output).toContain("NEXTAUTH_SECRET: must be at least 32 characters");
    expect(output).not.toContain("DATABASE_URL");
    expect(answered).toBe(false);
  });

  it("stops with a message when PORT is not a port", async () => {
    const { code, output } = await run("start", { ...validSettings, PORT: "eighty" });
    expect(code).toBe(1);
    expect(output).toContain("PORT: must be a whole number from 0 to 65535");
  });

  it("a production server without SMTP_URL refuses to start rather than print magic links", async () => {
    const { SMTP_URL: _omitted, ...withoutMail } = validSettings;
    const { code, output, answered } = await run("start", withoutMail);
    expect(code).toBe(1);
    expect(output).toContain("SMTP_URL: is required in production");
    expect(answered).toBe(false);
  });

  it("a production server refuses the published development secrets rather than sign sessions and accept webhooks with them", async () => {
    const { code, output, answered } = await run("start", {
      ...validSettings,
      NEXTAUTH_SECRET: "development-only-secret-change-me-0123456789",
      STRIPE_WEBHOOK_SECRET: "whsec_emulator_development_secret",
    });
    expect(code).toBe(1);
    expect(output).toContain("NEXTAUTH_SECRET: is the published development value");
    expect(output).toContain("STRIPE_WEBHOOK_SECRET: is the emulator's published development secret");
    expect(answered).toBe(false);
  });
});

describe("the worker at start-up", () => {
  it("a production worker without SMTP_URL refuses to start rather than print reminder links", async () => {
    const { SMTP_URL: _omitted, ...withoutMail } = validSettings;
    const { code, output } = await run("worker", withoutMail);
    expect(code).toBe(1);
    expect(output).toContain("SMTP_URL: is required in production");
  });
});
