// Jest globalSetup for the integration tier: one database server and migrated template per run.
// Nothing a test runs writes into the checkout: the app's PII keys come from the environment (so
// no development key file is generated under .data/), and its email goes to an SMTP mailbox that
// keeps messages in a temporary directory (not .data/emails/). A test file may still set its own.
import { randomBytes } from "node:crypto";
import { startTestDatabaseServer } from "../../scripts/test/test-database.mjs";
import { startMailbox } from "../../scripts/test/mailbox.mjs";

export default async function setup() {
  const server = await startTestDatabaseServer();
  globalThis.__testDatabaseServer = server;
  process.env.TEST_ADMIN_DATABASE_URL = server.adminUrl;
  process.env.TEST_TEMPLATE_DATABASE = server.template;
  process.env.TEST_RUN_ID = server.template.replace(/^test_tmpl_/, "");
  process.env.PII_ENCRYPTION_KEYS = `test:${randomBytes(32).toString("base64")}`;
  process.env.PII_INDEX_KEY = randomBytes(32).toString("base64");
  const mailbox = await startMailbox();
  globalThis.__testMailbox = mailbox;
  process.env.SMTP_URL = mailbox.url;
}
