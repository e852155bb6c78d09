// The staff dashboard on a large ledger (1,000,000 donations, 200,000 supporters, seeded with
// npm run seed:load into the bench database): overview render p95, supporter search p95, and the
// donations CSV export's rows per second with the server's peak memory while it streams.
// Authenticates as an admin through a Session row written straight to the database.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import pg from "pg";
import { root } from "../../db/schema-engine.mjs";

export const name = "dashboard";

const DONATIONS = Number(process.env.BENCH_DASHBOARD_DONATIONS || 1_000_000);
const SUPPORTERS = Number(process.env.BENCH_DASHBOARD_SUPPORTERS || 200_000);
const floors = { overviewP95Ms: 300, searchP95Ms: 50, exportRowsPerSecond: 50_000, exportPeakMb: 300 };

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Sends `requests` GETs, `concurrency` at a time; every answer must be 200. Latencies in ms. */
async function measure(urls, { cookie, requests, concurrency }) {
  const latencies = [];
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const url = urls[next++ % urls.length];
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  return { p50Ms: Math.round(percentile(latencies, 50)), p95Ms: Math.round(percentile(latencies, 95)), maxMs: Math.round(latencies.at(-1)), requests: latencies.length };
}

/**
 * Resident memory of the server, in MB (Linux /proc): `largest` is the biggest process in the
 * tree (next start's next-server, which serves the requests), `total` adds the idle launcher.
 */
function treeRssMb(pid) {
  let kb = 0;
  let largestKb = 0;
  const visit = (id) => {
    try {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0);
      kb += rss;
      largestKb = Math.max(largestKb, rss);
      for (const task of readdirSync(`/proc/${id}/task`)) {
        for (const child of readFileSync(`/proc/${id}/task/${task}/children`, "utf8").split(" ").filter(Boolean)) visit(child);
      }
    } catch {
      // The process ended while being read.
    }
  };
  visit(pid);
  return { total: Math.round(kb / 1024), largest: Math.round(largestKb / 1024) };
}

const verdict = (ok) => (ok ? "within floor" : "OVER FLOOR");

export async function run(ctx) {
  const started = Date.now();
  const seeded = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed-load.ts", "--donations", String(DONATIONS), "--supporters", String(SUPPORTERS)], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "development", DATABASE_URL: ctx.databaseUrl, PII_ENCRYPTION_KEYS: ctx.env.PII_ENCRYPTION_KEYS, PII_INDEX_KEY: ctx.env.PII_INDEX_KEY },
  });
  if (seeded.status !== 0) throw new Error("seed:load failed");
  const seedSeconds = (Date.now() - started) / 1000;

  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  const token = randomBytes(32).toString("hex");
  const { rows } = await db.query(`INSERT INTO "User" (id, email, role, "updatedAt") VALUES ($1, 'bench-admin@newsroom.test', 'ADMIN', now()) RETURNING id`, [`bench_${token.slice(0, 12)}`]);
  await db.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [`bs_${token.slice(0, 12)}`, token, rows[0].id]);
  const customers = (await db.query(`SELECT id FROM "StripeCustomer" ORDER BY random() LIMIT 20`)).rows.map((r) => r.id);
  const usdDonations = Number((await db.query(`SELECT count(*) FROM "Donation" WHERE currency = 'usd' AND "paidAt" IS NOT NULL`)).rows[0].count);
  await db.end();
  const cookie = `next-auth.session-token=${token}`;
  const base = ctx.app.baseUrl;

  const overviewUrls = [`${base}/dashboard?period=30d&currency=usd`, `${base}/dashboard?period=90d&currency=eur`, `${base}/dashboard?period=12m&currency=usd`];
  // The first render of each period computes every aggregate; later ones within a minute
  // (ten for the monthly charts and retention) are served from the per-server cache.
  const cold = await measure(overviewUrls, { cookie, requests: 3, concurrency: 1 });
  const overview = await measure(overviewUrls, { cookie, requests: 60, concurrency: 2 });

  const searchUrls = [
    ...Array.from({ length: 20 }, (_, i) => `${base}/dashboard/supporters?q=${encodeURIComponent(`reader${(i * 7919) % SUPPORTERS}@example.org`)}`),
    ...customers.map((id) => `${base}/dashboard/supporters?q=${id}`),
  ];
  await measure(searchUrls, { cookie, requests: 10, concurrency: 1 });
  const search = await measure(searchUrls, { cookie, requests: 300, concurrency: 4 });

  const pid = ctx.app.child.pid;
  const rssBefore = treeRssMb(pid);
  const peak = { ...rssBefore };
  const sampler = setInterval(() => {
    const now = treeRssMb(pid);
    peak.total = Math.max(peak.total, now.total);
    peak.largest = Math.max(peak.largest, now.largest);
  }, 50);
  const exportStarted = performance.now();
  const response = await fetch(`${base}/api/dashboard/exports/donations?currency=usd`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`export answered ${response.status}`);
  let lines = 0;
  for await (const chunk of response.body) for (const byte of chunk) if (byte === 10) lines++;
  const exportSeconds = (performance.now() - exportStarted) / 1000;
  clearInterval(sampler);
  const exportedRows = lines - 1;
  if (exportedRows !== usdDonations) throw new Error(`export wrote ${exportedRows} rows, expected ${usdDonations}`);
  const rowsPerSecond = Math.round(exportedRows / exportSeconds);

  const json = {
    ledger: { donations: DONATIONS, supporters: SUPPORTERS, seedSeconds },
    overview,
    overviewCold: cold,
    search,
    export: { rows: exportedRows, seconds: exportSeconds, rowsPerSecond, rssBeforeMb: rssBefore, peakRssMb: peak },
    floors,
  };
  return {
    json,
    rows: [
      [`dashboard: seed ${DONATIONS.toLocaleString("en")} donations`, `${seedSeconds.toFixed(1)} s`, `${Math.round(DONATIONS / seedSeconds)} donations/s`, "-"],
      ["dashboard: overview first render (cold)", `max ${cold.maxMs} ms`, `p50 ${cold.p50Ms} ms over 3 periods`, "-"],
      ["dashboard: overview render", `p95 ${overview.p95Ms} ms`, `p50 ${overview.p50Ms} ms, ${verdict(overview.p95Ms <= floors.overviewP95Ms)} (300 ms)`, (overview.p95Ms / floors.overviewP95Ms).toFixed(2)],
      ["dashboard: supporter search", `p95 ${search.p95Ms} ms`, `p50 ${search.p50Ms} ms, ${verdict(search.p95Ms <= floors.searchP95Ms)} (50 ms)`, (search.p95Ms / floors.searchP95Ms).toFixed(2)],
      ["dashboard: donations CSV export", `${rowsPerSecond} rows/s`, `${exportedRows} rows, ${verdict(rowsPerSecond >= floors.exportRowsPerSecond)} (50,000/s)`, (floors.exportRowsPerSecond / rowsPerSecond).toFixed(2)],
      ["dashboard: server memory during export", `peak ${peak.largest} MB`, `${rssBefore.largest} MB before (with launcher: ${peak.total} MB), ${verdict(peak.largest < floors.exportPeakMb)} (300 MB)`, (peak.largest / floors.exportPeakMb).toFixed(2)],
    ],
  };
}
