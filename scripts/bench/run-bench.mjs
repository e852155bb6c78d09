// npm run bench: builds and starts the production server on a throwaway database, then
// measures. Every figure is reported with a ratio to a baseline measured in the same run
// (absolute numbers drift on shared machines); a ratio's baseline is re-measured around its scenario. Prints a table; writes bench/results/latest.json.
// Scenarios live in scripts/bench/scenarios/*.mjs: each exports `name` and `run(context)`.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { cloneTemplate, startTestDatabaseServer } from "../test/test-database.mjs";
import { ensureBuild, startAppServer } from "../test/app-server.mjs";
import { freePort } from "../dev/embedded-postgres.mjs";
import { root } from "../db/schema-engine.mjs";
import { startStripeEmulator } from "../test/stripe-emulator.mjs";
import { startMailbox } from "../test/mailbox.mjs";
import { load } from "./load.mjs";
import { startWorkerProcess, rssMb } from "./worker-process.mjs";

const duration = Number(process.env.BENCH_DURATION || 8);
const only = process.argv.slice(2);

async function main() {
  process.env.FORCE_BUILD = process.env.FORCE_BUILD ?? "1";
  await ensureBuild();
  const database = await startTestDatabaseServer();
  const databaseUrl = await cloneTemplate(database.adminUrl, database.template, `test_bench_${database.template.slice(10)}`);
  const port = await freePort();
  // The article page of the embed scenario, on another port: an origin that may embed the appeal.
  const articlePort = await freePort();
  // The app talks to a local Stripe emulator (no webhooks: the bench measures the app).
  const stripe = await startStripeEmulator({ port: await freePort(), env: { STRIPE_EMULATOR_WEBHOOK_URL: "none" } });
  // Production sends every email over SMTP (it refuses to start without SMTP_URL): a capture server.
  const mailbox = await startMailbox();
  const env = {
    DATABASE_URL: databaseUrl,
    APP_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: "bench-secret-that-is-long-enough-0123456789",
    PII_ENCRYPTION_KEYS: "bench1:YmVuY2gtdGVzdC1rZXktZm9yLXBpaS1lbmNyeXB0MDE=",
    PII_INDEX_KEY: "YmVuY2gtdGVzdC1rZXktZm9yLWJsaW5kLWluZGV4MDE=",
    STRIPE_SECRET_KEY: "sk_test_bench",
    STRIPE_WEBHOOK_SECRET: "whsec_bench_secret",
    LOG_LEVEL: "warn",
    STRIPE_API_BASE: stripe.url,
    SMTP_URL: mailbox.url,
    // One load generator is one client address: lift the checkout rate limit for the run.
    CHECKOUT_RATE_LIMIT_POINTS: "1000000000",
    EMBED_ALLOWED_ORIGINS: `http://127.0.0.1:${articlePort}`,
  };
  const app = await startAppServer({ port, env });
  // The job worker beside it, as production runs it (npm run worker): its memory is reported too.
  const worker = await startWorkerProcess({ ...process.env, NODE_ENV: "production", ...env });
  const rows = [];
  const results = { machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, scenarios: {} };
  try {
    const warm = (url, method = "GET") => load({ url, method, duration: 2, connections: 10 });
    await warm(`${app.baseUrl}/api/ping`);
    await warm(`${app.baseUrl}/privacy`);
    const trivialGet = await load({ url: `${app.baseUrl}/api/ping`, duration });
    const trivialPost = await load({ url: `${app.baseUrl}/api/ping`, method: "POST", body: "{}", duration });
    const staticPage = await load({ url: `${app.baseUrl}/privacy`, duration });
    const baselines = { trivialGet, trivialPost, staticPage };
    // A ratio's baseline is measured again just before and just after its scenario (their mean is
    // the denominator): on a shared machine the run-start baseline can be minutes and a different
    // load away from the figure it is compared with.
    const baselineRequests = {
      trivialGet: { url: `${app.baseUrl}/api/ping` },
      trivialPost: { url: `${app.baseUrl}/api/ping`, method: "POST", body: "{}" },
      staticPage: { url: `${app.baseUrl}/privacy` },
    };
    const aroundBaseline = async (baseline, measure) => {
      const before = await load({ ...baselineRequests[baseline], duration });
      const result = await measure();
      const after = await load({ ...baselineRequests[baseline], duration });
      return { result, baseline: { requestsPerSecond: Math.round((before.requestsPerSecond + after.requestsPerSecond) / 2), before, after } };
    };
    results.baselines = baselines;
    rows.push(["baseline: trivial GET route", `${trivialGet.requestsPerSecond} req/s`, `p99 ${trivialGet.p99Ms} ms`, "1.00"]);
    rows.push(["baseline: trivial POST route", `${trivialPost.requestsPerSecond} req/s`, `p99 ${trivialPost.p99Ms} ms`, "1.00"]);
    rows.push(["baseline: static page", `${staticPage.requestsPerSecond} req/s`, `p99 ${staticPage.p99Ms} ms`, "1.00"]);

    const dir = path.join(root, "scripts/bench/scenarios");
    const files = (await readdir(dir)).filter((f) => f.endsWith(".mjs")).sort();
    for (const file of files) {
      const scenario = await import(path.join(dir, file));
      if (only.length && !only.some((name) => file.includes(name))) continue;
      console.log(`[bench] ${scenario.name}…`);
      const outcome = await scenario.run({ app, env, database, databaseUrl, baselines, aroundBaseline, load, duration, articlePort });
      results.scenarios[scenario.name] = outcome.json;
      rows.push(...outcome.rows);
    }
    // Resident memory of the production processes once every scenario has run (ceiling 300 MB for the web process).
    const memory = { webRssMb: rssMb(app.child.pid), workerRssMb: rssMb(worker.child.pid), ceilingWebRssMb: 300 };
    results.memory = memory;
    rows.push(["memory: web process (next start) after the bench", `${memory.webRssMb} MB`, memory.webRssMb < 300 ? "ok (ceiling 300 MB)" : "ABOVE CEILING (300 MB)", (memory.webRssMb / 300).toFixed(2)]);
    rows.push(["memory: worker process (npm run worker)", `${memory.workerRssMb} MB`, "reported", "-"]);
  } finally {
    await worker.stop();
    await app.stop();
    await stripe.stop();
    await mailbox.stop();
    await database.stop();
  }
  const width = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 8));
  const line = (r) => r.map((c, i) => String(c).padEnd(width[i])).join("  ");
  console.log(`\n${line(["scenario", "figure", "latency / detail", "ratio"])}\n${width.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
  await mkdir(path.join(root, "bench/results"), { recursive: true });
  const file = path.join(root, "bench/results/latest.json");
  await writeFile(file, `${JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2)}\n`);
  console.log(`\nJSON: ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
