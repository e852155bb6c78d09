// The job worker for the benchmark, started as `npm run worker` starts it (package.json's script
// through sh, the compiled dist/scripts/worker.js), and the resident memory of a process.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { root } from "../db/schema-engine.mjs";
import { collectOutput } from "../test/collect-output.mjs";
import { stopChild } from "../test/stop-child.mjs";

/** Resident memory of one process in MB (Linux /proc), or 0 once it has ended. */
export function rssMb(pid) {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/** Starts `npm run worker` in cwd with env; resolves once it says it runs its jobs. */
export async function startWorkerProcess(env, cwd = root) {
  const script = JSON.parse(readFileSync(path.join(cwd, "package.json"), "utf8")).scripts.worker;
  const child = spawn("sh", ["-c", `exec ${script}`], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const output = collectOutput(child);
  const deadline = Date.now() + 30_000;
  while (!output.join("").includes("running jobs")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the worker did not start:\n${output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output, stop: () => stopChild(child) };
}
