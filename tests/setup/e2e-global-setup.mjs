// Jest globalSetup for the end-to-end tier: a database, the production server, and what it talks to.
import { cloneTemplate, startTestDatabaseServer } from "../../scripts/test/test-database.mjs";
import { ensureBuild, startAppServer } from "../../scripts/test/app-server.mjs";
import { freePort } from "../../scripts/dev/embedded-postgres.mjs";
import { startStripeEmulator } from "../../scripts/test/stripe-emulator.mjs";
import { startMailbox } from "../../scripts/test/mailbox.mjs";
import { startJobWorker } from "../../scripts/test/job-worker.mjs";

export default async function setup() {
  await ensureBuild();
  const database = await startTestDatabaseServer();
  globalThis.__e2e = { database };
  const runId = database.template.replace(/^test_tmpl_/, "");
  const databaseUrl = await cloneTemplate(database.adminUrl, database.template, `test_e2e_${runId}`);
  // Emails (magic links) go to an in-process SMTP server; tests read them from mailbox.dir.
  const mailbox = await startMailbox();
  globalThis.__e2e.mailbox = mailbox;
  const port = await freePort();
  // The article server of tests/e2e/embed.e2e.test.ts, whose pages may embed the appeal (on two names: same site and another site).
  const articlePort = await freePort();
  process.env.E2E_ARTICLE_PORT = String(articlePort);
  // The article server of tests/e2e/embed-reminder.e2e.test.ts (its own port: specs may run at once).
  const reminderArticlePort = await freePort();
  process.env.E2E_REMINDER_ARTICLE_PORT = String(reminderArticlePort);
  // The Stripe emulator, its webhooks pointed at the app under test.
  const stripe = await startStripeEmulator({
    port: await freePort(),
    // SEPA debits settle 15 s after payment: time for a spec to see them pending (tests/e2e/sepa-debit).
    env: { STRIPE_EMULATOR_WEBHOOK_URL: `http://127.0.0.1:${port}/api/stripe/webhook`, STRIPE_WEBHOOK_SECRET: "whsec_e2e_secret", STRIPE_EMULATOR_DEBIT_DELAY_MS: "15000" },
  });
  globalThis.__e2e.stripe = stripe;
  process.env.E2E_STRIPE_API_BASE = stripe.url;
  const env = {
    DATABASE_URL: databaseUrl,
    APP_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
    STRIPE_SECRET_KEY: "sk_test_e2e",
    STRIPE_WEBHOOK_SECRET: "whsec_e2e_secret",
    STRIPE_API_BASE: stripe.url,
    SMTP_URL: mailbox.url,
    // Fixed test keys, so specs can compute blind indexes and read ciphertexts the app wrote.
    PII_ENCRYPTION_KEYS: "e2e1:ZTJlLXRlc3Qta2V5LWZvci1waWktZW5jcnlwdGlvbjE=",
    PII_INDEX_KEY: "ZTJlLXRlc3Qta2V5LWZvci10aGUtYmxpbmQtaW5kZXg=",
    // Every browser in the suite is one client address; the limit itself has integration tests.
    CHECKOUT_RATE_LIMIT_POINTS: "1000",
    THANK_YOU_RATE_LIMIT_POINTS: "1000",
    EMBED_ALLOWED_ORIGINS: `http://127.0.0.1:${articlePort},http://localhost:${articlePort},http://127.0.0.1:${reminderArticlePort}`,
  };
  const app = await startAppServer({ port, env });
  globalThis.__e2e.app = app;
  // Manage links and reminder confirmations are sent by the worker from jobs the requests queue.
  globalThis.__e2e.worker = await startJobWorker({ env });
  process.env.E2E_BASE_URL = app.baseUrl;
  process.env.E2E_DATABASE_URL = databaseUrl;
  process.env.E2E_MAILBOX_DIR = mailbox.dir;
  // Specs that run app code in-process (e.g. a job with a moved clock) need the server's settings.
  process.env.E2E_APP_ENV = JSON.stringify(env);
  process.env.E2E_PII_ENCRYPTION_KEYS = env.PII_ENCRYPTION_KEYS;
  process.env.E2E_PII_INDEX_KEY = env.PII_INDEX_KEY;
}
