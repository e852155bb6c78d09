// npm run dev: the whole system on embedded defaults where settings are absent.
//  - DATABASE_URL unset: embedded PostgreSQL with its data under .data/postgres
//  - migrations applied, demo data seeded once
//  - STRIPE_SECRET_KEY unset or the emulator's and STRIPE_API_BASE unset: the Stripe emulator
//    on STRIPE_EMULATOR_PORT (12111), state under .data/stripe-emulator.json
//  - Next.js dev server on PORT (3000)
//  - the job worker (npm run worker: reminders and other recurring jobs)
// Ctrl-C stops every child and the database cleanly; the next run reuses the data.
import "dotenv/config";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { applyMigrations, ensureDatabase, root } from "../db/schema-engine.mjs";
import { EMBEDDED_PORT, embeddedDataDir } from "./database-url.mjs";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { startStripeEmulator } from "../test/stripe-emulator.mjs";
import { prepareDevCache } from "./prepare-dev-cache.mjs";
import { compileScripts } from "../build/compile-scripts.mjs";

const require_ = (id) => createRequire(import.meta.url).resolve(id);
const children = [];
let cluster;
let stopping = false;

function run(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`[dev] ${name} exited (${signal ?? code}); stopping everything`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log("\n[dev] stopping…");
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", resolve);
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
        }),
    ),
  );
  if (cluster) await cluster.stop();
  console.log("[dev] stopped");
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function main() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
  if (!env.DATABASE_URL) {
    cluster = await startEmbeddedPostgres({ dataDir: embeddedDataDir, port: EMBEDDED_PORT });
    env.DATABASE_URL = cluster.url;
    console.log(`[dev] embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PORT} (data in .data/postgres)`);
  } else {
    await ensureDatabase(env.DATABASE_URL);
    console.log("[dev] using DATABASE_URL");
  }
  const { appliedMigrationNames } = await applyMigrations(env.DATABASE_URL);
  console.log(`[dev] migrations: ${appliedMigrationNames.length ? appliedMigrationNames.join(", ") : "up to date"}`);
  await compileScripts(); // npm run staff:add and the other staff tools run the compiled scripts
  const seed = spawn(process.execPath, ["--import", "tsx", "prisma/seed.ts"], { cwd: root, env, stdio: "inherit" });
  const seedCode = await new Promise((resolve) => seed.on("exit", resolve));
  if (seedCode !== 0) throw new Error("seeding failed");
  const port = env.PORT || "3000";
  // Links in emails, next-auth's URLs and the emulator's webhooks follow the port we listen on.
  env.APP_URL ||= `http://localhost:${port}`;
  const emulatorKey = !env.STRIPE_SECRET_KEY || env.STRIPE_SECRET_KEY === "sk_test_emulator";
  if (emulatorKey && !env.STRIPE_API_BASE) {
    const emulatorPort = Number(env.STRIPE_EMULATOR_PORT || 12111);
    const emulator = await startStripeEmulator({
      port: emulatorPort,
      quiet: false,
      env: { STRIPE_EMULATOR_STATE_FILE: env.STRIPE_EMULATOR_STATE_FILE || ".data/stripe-emulator.json", APP_URL: env.APP_URL },
    });
    children.push(emulator.child);
    emulator.child.on("exit", (code, signal) => {
      if (!stopping) {
        console.error(`[dev] stripe emulator exited (${signal ?? code}); stopping everything`);
        void shutdown(1);
      }
    });
    env.STRIPE_API_BASE = emulator.url;
    console.log(`[dev] Stripe emulator on ${emulator.url} (no real Stripe key set)`);
  }
  prepareDevCache(root);
  run("next", process.execPath, [require_("next/dist/bin/next"), "dev", "--port", port], env);
  console.log(`[dev] app on ${env.APP_URL} (also at http://127.0.0.1:${port})`);
  run("worker", process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], env);
}

main().catch(async (error) => {
  console.error(`[dev] ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
});
