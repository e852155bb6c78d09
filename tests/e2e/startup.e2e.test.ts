import { spawn } from "node:child_process";
import path from "node:path";

function startWithout(env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    // What `npm start` runs (package.json).
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "server.ts"], {
      cwd: path.join(__dirname, "../.."),
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: "0", ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// Every required production setting, valid: each test spoils one.
const validSettings = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/x",
  APP_URL: "https://give.example.org",
  NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
  STRIPE_SECRET_KEY: "sk_test_abc",
  STRIPE_WEBHOOK_SECRET: "whsec_abc",
  PII_ENCRYPTION_KEYS: "k1:ZTJlLXRlc3Qta2V5LWZvci1waWktZW5jcnlwdGlvbjE=",
  PII_INDEX_KEY: "ZTJlLXRlc3Qta2V5LWZvci10aGUtYmxpbmQtaW5kZXg=",
};

describe("the production server at start-up", () => {
  it("stops with a message naming every missing required setting", async () => {
    const { code, output } = await startWithout({});
    expect(code).toBe(1);
    for (const name of ["DATABASE_URL", "APP_URL", "NEXTAUTH_SECRET", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "PII_ENCRYPTION_KEYS", "PII_INDEX_KEY"]) {
      expect(output).toContain(`${name}: is required`);
    }
  });

  it("stops with a message naming an invalid setting", async () => {
    const { code, output } = await startWithout({
      ...validSettings,
      NEXTAUTH_SECRET: "short",
    });
    expect(code).toBe(1);
    expect(output).toContain("NEXTAUTH_SECRET: must be at least 32 characters");
    expect(output).not.toContain("DATABASE_URL");
  });

  it("stops with a message when PORT is not a port", async () => {
    const { code, output } = await startWithout({
      ...validSettings,
      PORT: "eighty",
    });
    expect(code).toBe(1);
    expect(output).toContain("PORT: must be a whole number from 0 to 65535");
  });
});
