// The staff dashboard on a large ledger (1,000,000 donations, 200,000 supporters, seeded with
// npm run seed:load into the bench database): overview render p95, supporter search p95, and the
// donations CSV export's rows per second with the peak memory of the process that writes it
// (lib/exports/stream-export.ts), and the web server's memory beside it.
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

/** Resident memory of one process in MB (Linux /proc), or 0 once it has ended. */
function rssMb(pid) {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/** The ids of the export processes the server has started (lib/exports/stream-export.ts). */
function exportProcesses(serverPid) {
  const ids = [];
  try {
    for (const task of readdirSync(`/proc/${serverPid}/task`)) {
      for (const child of readFileSync(`/proc/${serverPid}/task/${task}/children`, "utf8").split(" ").filter(Boolean)) {
        if (readFileSync(`/proc/${child}/cmdline`, "utf8").includes("write-export")) ids.push(child);
      }
    }
  } catch {
    // A process ended while being read.
  }
  return ids;
}

/** Saved searches for `terms` by the bench's admin, as the search form's POST stores them. */
async function saveSearches(ctx, staffUserId, terms) {
  const encrypted = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/encrypt-search-terms.ts"], {
    cwd: root,
    input: JSON.stringify(terms),
    env: { ...process.env, NODE_ENV: "development", DATABASE_URL: ctx.databaseUrl, PII_ENCRYPTION_KEYS: ctx.env.PII_ENCRYPTION_KEYS, PII_INDEX_KEY: ctx.env.PII_INDEX_KEY },
  });
  if (encrypted.status !== 0) throw new Error(`encrypting the search terms failed: ${encrypted.stderr}`);
  const ciphertexts = JSON.parse(encrypted.stdout.toString());
  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  const handles = ciphertexts.map(() => randomBytes(16).toString("base64url"));
  for (const [i, handle] of handles.entries()) {
    await db.query(`INSERT INTO "SupporterSearch" (id, "staffUserId", "queryEncrypted", filter, sort, "expiresAt") VALUES ($1, $2, $3, 'all', 'newest', now() + interval '1 hour')`, [handle, staffUserId, ciphertexts[i]]);
  }
  await db.end();
  return handles;
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

  // Staff search by POST, and the results page opens the search by its handle (the term is never in
  // a URL): the handles are made here as saveSupporterSearch makes them, so the figure is the results
  // page a search leads to, for email addresses and Stripe customer ids.
  const terms = [...Array.from({ length: 20 }, (_, i) => `reader${(i * 7919) % SUPPORTERS}@example.org`), ...customers];
  const handles = await saveSearches(ctx, rows[0].id, terms);
  const searchUrls = handles.map((handle) => `${base}/dashboard/supporters?search=${handle}`);
  await measure(searchUrls, { cookie, requests: 10, concurrency: 1 });
  const search = await measure(searchUrls, { cookie, requests: 300, concurrency: 4 });

  // The export runs in a process of its own: its peak is the export's memory. The server's own
  // memory is sampled too, to show the export does not grow it.
  const pid = ctx.app.child.pid;
  const serverBefore = rssMb(pid);
  const peak = { exportProcess: 0, server: serverBefore, exportProcesses: 0 };
  const seen = new Set();
  const sampler = setInterval(() => {
    peak.server = Math.max(peak.server, rssMb(pid));
    for (const child of exportProcesses(pid)) {
      seen.add(child);
      peak.exportProcess = Math.max(peak.exportProcess, rssMb(child));
    }
    peak.exportProcesses = seen.size;
  }, 25);
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
    export: { rows: exportedRows, seconds: exportSeconds, rowsPerSecond, serverRssBeforeMb: serverBefore, peakRssMb: peak },
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
      [
        "dashboard: export process peak memory",
        `peak ${peak.exportProcess} MB`,
        `${verdict(peak.exportProcess > 0 && peak.exportProcess < floors.exportPeakMb)} (300 MB); web server ${serverBefore} MB before, ${peak.server} MB at most during the export`,
        (peak.exportProcess / floors.exportPeakMb).toFixed(2),
      ],
    ],
  };
}
