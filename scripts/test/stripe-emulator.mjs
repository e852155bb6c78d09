// Starts the Stripe emulator (emulator/main.ts) as a child process for npm run dev, the
// end-to-end tests and benchmarks; resolves once it answers.
import { spawn } from "node:child_process";
import { root } from "../db/schema-engine.mjs";
import { waitFor } from "./app-server.mjs";
import { stopChild } from "./stop-child.mjs";
import { collectOutput } from "./collect-output.mjs";

/** env: STRIPE_EMULATOR_PORT, STRIPE_EMULATOR_WEBHOOK_URL, STRIPE_WEBHOOK_SECRET, STRIPE_EMULATOR_STATE_FILE, ... */
export async function startStripeEmulator({ port, env = {}, quiet = true }) {
  const child = spawn(process.execPath, ["--import", "tsx", "emulator/main.ts"], {
    cwd: root,
    env: { ...process.env, STRIPE_EMULATOR_STATE_FILE: "none", ...env, STRIPE_EMULATOR_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = collectOutput(child, { quiet });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/_emulator/health`, { timeoutMs: 30_000 });
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${error.message}\n--- emulator output ---\n${output.join("")}`);
  }
  return {
    url,
    output,
    child,
    stop: () => stopChild(child),
  };
}
