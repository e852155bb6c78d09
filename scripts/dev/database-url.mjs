// DATABASE_URL when set; otherwise the embedded cluster under .data/postgres, started for fn's duration.
import path from "node:path";
import { root } from "../db/schema-engine.mjs";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_POSTGRES_PORT || 54329);
export const embeddedDataDir = path.join(root, ".data", "postgres");

export async function withDatabaseUrl(fn) {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  const cluster = await startEmbeddedPostgres({ dataDir: embeddedDataDir, port: EMBEDDED_PORT });
  try {
    return await fn(cluster.url);
  } finally {
    await cluster.stop();
  }
}
