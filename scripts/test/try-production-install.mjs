// Proves the built app runs from a production install: copies the built tree to a temporary
// directory, removes every devDependency there (npm prune --omit=dev), then starts the web app
// (npm start) and the worker (npm run worker) from the copy and gives once through the Stripe
// emulator (a development tool, so it runs from the source tree). Prints one JSON line with what
// it saw; tests/e2e/production-install.e2e.test.ts asserts on it. Needs `npm run build` first.
// Usage: node scripts/test/try-production-install.mjs <DATABASE_URL> <SMTP_URL>
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { root } from "../db/schema-engine.mjs";
import { freePort } from "../dev/embedded-postgres.mjs";
import { startAppServer, waitFor } from "./app-server.mjs";
import { startStripeEmulator } from "./stripe-emulator.mjs";
import { startWorkerProcess } from "../bench/worker-process.mjs";

const [databaseUrl, smtpUrl] = process.argv.slice(2);
// typescript is not listed: prisma declares it a peer, so npm keeps it in a production install (nothing runs it).
const DEV_ONLY = ["tsx", "esbuild", "jest", "eslint", "autocannon", "smtp-server", "playwright-core"];

/** The project as a production host has it after `npm ci && npm run build`, minus devDependencies. */
function productionCopy() {
  const dir = mkdtempSync(path.join(tmpdir(), "production-install-"));
  const skip = new Set([".git", ".data", "node_modules", "tests", "coverage", "bench"].map((name) => path.join(root, name)));
  cpSync(root, dir, { recursive: true, filter: (source) => !skip.has(source) && !source.startsWith(path.join(root, ".next", "cache")) });
  // Hard links: a copy of node_modules in a second, and prune only unlinks the copy's entries.
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  execFileSync("npm", ["prune", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--offline"], { cwd: dir, stdio: "ignore" });
  return dir;
}

async function donateOnce(appUrl, emulatorUrl) {
  const response = await fetch(`${appUrl}/api/checkout`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ frequency: "once", amount: "12.50", currency: "eur" }),
  });
  const { url } = await response.json();
  const sessionId = /cs_[A-Za-z0-9_]+/.exec(String(url))?.[0];
  if (!sessionId) throw new Error(`checkout answered ${response.status} without a session: ${url}`);
  const paid = await fetch(`${emulatorUrl}/_emulator/checkout/sessions/${sessionId}/pay`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "production-install@example.org", name: "Pruned Reader" }),
  });
  if (!paid.ok) throw new Error(`the emulator did not take the payment: ${paid.status}`);
  return sessionId;
}

async function recordedDonation(sessionId) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let i = 0; i < 150; i++) {
      const { rows } = await client.query(`SELECT amount, currency, status FROM "Donation" WHERE "stripeCheckoutSessionId" = $1`, [sessionId]);
      if (rows[0]?.status === "SUCCEEDED") return rows[0];
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return null;
  } finally {
    await client.end();
  }
}

async function main() {
  const dir = productionCopy();
  const stops = [];
  try {
    const devPackagesLeft = DEV_ONLY.filter((name) => existsSync(path.join(dir, "node_modules", name)));
    const port = await freePort();
    const secret = "whsec_production_install";
    const emulator = await startStripeEmulator({ port: await freePort(), env: { STRIPE_EMULATOR_WEBHOOK_URL: `http://127.0.0.1:${port}/api/stripe/webhook`, STRIPE_WEBHOOK_SECRET: secret } });
    stops.push(emulator.stop);
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      APP_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: "production-install-secret-0123456789abcdef",
      STRIPE_SECRET_KEY: "sk_test_production_install",
      STRIPE_WEBHOOK_SECRET: secret,
      STRIPE_API_BASE: emulator.url,
      SMTP_URL: smtpUrl,
      PII_ENCRYPTION_KEYS: "e2e1:ZTJlLXRlc3Qta2V5LWZvci1waWktZW5jcnlwdGlvbjE=",
      PII_INDEX_KEY: "ZTJlLXRlc3Qta2V5LWZvci10aGUtYmxpbmQtaW5kZXg=",
      CHECKOUT_RATE_LIMIT_POINTS: "1000",
      LOG_LEVEL: "warn",
    };
    const app = await startAppServer({ port, env, cwd: dir });
    stops.push(app.stop);
    const worker = await startWorkerProcess(env, dir);
    stops.push(worker.stop);
    await waitFor(`${app.baseUrl}/api/health`);
    const sessionId = await donateOnce(app.baseUrl, emulator.url);
    const donation = await recordedDonation(sessionId);
    console.log(JSON.stringify({ devPackagesLeft, webStarted: true, workerStarted: true, donation }));
  } finally {
    for (const stop of stops.reverse()) await stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
