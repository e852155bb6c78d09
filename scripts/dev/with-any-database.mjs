// Like withDatabaseUrl, but first joins the embedded development cluster when `npm run dev`
// already runs it (a second start on the same data directory would fail).
import pg from "pg";
import { EMBEDDED_PORT, withDatabaseUrl } from "./database-url.mjs";

export async function withAnyDatabase(fn) {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  const runningUrl = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/donations`;
  const probe = new pg.Client({ connectionString: runningUrl, connectionTimeoutMillis: 1_000 });
  try {
    await probe.connect();
    await probe.end();
    return fn(runningUrl);
  } catch {
    return withDatabaseUrl(fn);
  }
}
