// Jest globalSetup for the integration tier: one database server and migrated template per run.
import { startTestDatabaseServer } from "../../scripts/test/test-database.mjs";

export default async function setup() {
  const server = await startTestDatabaseServer();
  globalThis.__testDatabaseServer = server;
  process.env.TEST_ADMIN_DATABASE_URL = server.adminUrl;
  process.env.TEST_TEMPLATE_DATABASE = server.template;
  process.env.TEST_RUN_ID = server.template.replace(/^test_tmpl_/, "");
}
