// Builds (when needed) and starts the production server for end-to-end tests and benchmarks.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { root } from "../db/schema-engine.mjs";
import { stopChild } from "./stop-child.mjs";
import { collectOutput } from "./collect-output.mjs";
import { compiledDir, compileScripts } from "../build/compile-scripts.mjs";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** What `npm run build` does (next build, then the compiled scripts), skipping what is already built. */
export async function ensureBuild() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || process.env.FORCE_BUILD) {
    console.log("[app] building the production server (next build)…");
    const result = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error("next build failed");
  }
  if (!existsSync(path.join(compiledDir, "check-settings.js")) || process.env.FORCE_BUILD) await compileScripts();
}

export async function waitFor(url, { timeoutMs = 60_000, expect = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status === expect) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer ${expect} within ${timeoutMs} ms (last: ${last})`);
}

/**
 * `npm start` itself: package.json's start script run by sh, as npm runs it (with node_modules/.bin
 * on PATH and args appended), minus npm. The script ends in `exec next start`, so the child's pid
 * is the server's.
 */
export function spawnNpmStart({ args = [], env, cwd = root }) {
  const script = JSON.parse(readFileSync(path.join(cwd, "package.json"), "utf8")).scripts.start;
  const bin = path.join(cwd, "node_modules", ".bin");
  return spawn("sh", ["-c", `${script} "$@"`, "sh", ...args], {
    cwd,
    env: { ...env, PATH: `${bin}${path.delimiter}${env.PATH ?? process.env.PATH ?? ""}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Starts the production server (npm start) on port with env; resolves once /api/health answers 200. */
export async function startAppServer({ port, env, quiet = true, cwd = root }) {
  const child = spawnNpmStart({
    cwd,
    args: ["--hostname", "127.0.0.1"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port) },
  });
  const output = collectOutput(child, { quiet });
  const baseUrl = `http://127.0.0.1:${port}`;
  // A server that exits (bad settings, port taken) fails the start at once rather than at the deadline.
  const exited = new Promise((_, reject) => child.once("exit", (code) => reject(new Error(`the server exited (code ${code}) before answering /api/health`))));
  exited.catch(() => {});
  try {
    await Promise.race([waitFor(`${baseUrl}/api/health`), exited]);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${error.message}\n--- server output ---\n${output.join("")}`);
  }
  return {
    baseUrl,
    output,
    child,
    stop: () => stopChild(child),
  };
}
