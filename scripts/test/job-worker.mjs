// Starts the job worker (what `npm run worker` runs: the compiled dist/scripts/worker.js) for end-to-end tests: emails that requests
// queue (manage links, reminder confirmations) are sent by it, as in production.
import { spawn } from "node:child_process";
import { root } from "../db/schema-engine.mjs";
import { collectOutput } from "./collect-output.mjs";
import { stopChild } from "./stop-child.mjs";

/** Resolves once the worker says it is running its jobs. */
export async function startJobWorker({ env, quiet = true, timeoutMs = 60_000 }) {
  const child = spawn(process.execPath, ["dist/scripts/worker.js"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = collectOutput(child, { quiet });
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the worker did not start within ${timeoutMs} ms`)), timeoutMs);
      child.stdout.on("data", (chunk) => {
        if (!chunk.toString().includes("[worker] running jobs")) return;
        clearTimeout(timer);
        resolve();
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`the worker exited (code ${code}) before starting`));
      });
    });
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${error.message}\n--- worker output ---\n${output.join("")}`);
  }
  return { child, output, stop: () => stopChild(child) };
}
