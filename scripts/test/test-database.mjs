// A PostgreSQL server for one test run: the server at TEST_DATABASE_URL when given (the
// machine's service in CI), otherwise a throwaway embedded cluster in the temp directory.
// Each run gets a fresh template database built from the migrations; each test file
// clones it (CREATE DATABASE ... TEMPLATE), so files and runs never see each other's data.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ensureDatabase, root } from "../db/schema-engine.mjs";
import { freePort, startEmbeddedPostgres } from "../dev/embedded-postgres.mjs";

export async function startTestDatabaseServer() {
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopCluster = async () => {};
  let dataDir;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "donations-test-pg-"));
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "data"),
      port: await freePort(),
      database: "postgres",
      durable: false,
    });
    adminUrl = cluster.url;
    stopCluster = cluster.stop;
  }
  const template = `test_tmpl_${runId}`;
  const templateUrl = withDatabase(adminUrl, template);
  await ensureDatabase(templateUrl);
  // In a child process: the wasm engine, once loaded, keeps a test runner's process alive.
  await promisify(execFile)(process.execPath, [path.join(root, "scripts/db/migrate.mjs")], {
    env: { ...process.env, DATABASE_URL: templateUrl },
  });
  return {
    adminUrl,
    template,
    templateUrl,
    async stop() {
      const client = new pg.Client({ connectionString: withDatabase(adminUrl, "postgres") });
      await client.connect();
      const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [`test_%${runId}%`]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await client.end();
      await stopCluster();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh database cloned from the run's template. */
export async function cloneTemplate(adminUrl, template, name) {
  const client = new pg.Client({ connectionString: withDatabase(adminUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}
