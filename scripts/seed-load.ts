// npm run seed:load -- --donations 1000000 [--supporters 200000]: a large synthetic ledger for
// benchmarks, into DATABASE_URL (or the embedded development database). Progress bar on stderr.
// Runs with the react-server condition so lib/ modules marked server-only load outside Next.
import "dotenv/config";
import { SingleBar, Presets } from "cli-progress";
import pg from "pg";
import { loadLedger } from "../lib/dev/load-ledger";
import { withAnyDatabase } from "./dev/with-any-database.mjs";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

async function main() {
  const donations = option("donations", 1_000_000);
  const supporters = option("supporters", Math.max(1, Math.round(donations / 5)));
  if (supporters > donations) throw new Error("--supporters cannot exceed --donations: every supporter has at least one donation");
  await withAnyDatabase(async (url: string) => {
    process.env.DATABASE_URL ??= url;
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const bar = new SingleBar({ format: "[seed:load] {bar} {percentage}% | {value}/{total} donations | {duration}s", hideCursor: true }, Presets.shades_classic);
    const started = Date.now();
    bar.start(donations, 0);
    try {
      const summary = await loadLedger(pool, { supporters, donations }, (done) => bar.update(done));
      bar.stop();
      const seconds = (Date.now() - started) / 1000;
      console.log(`[seed:load] ${summary.supporters} supporters, ${summary.donations} donations, ${summary.subscriptions} recurring in ${seconds.toFixed(1)} s (${Math.round(summary.donations / seconds)} donations/s)`);
    } finally {
      bar.stop();
      await pool.end();
    }
  });
}

main().catch((error) => {
  console.error("[seed:load]", error instanceof Error ? error.message : error);
  process.exit(1);
});
