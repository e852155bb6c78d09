// npm test: every tier in order — type check, lint and formatting, the production build (npm run build), then Jest's
// unit, integration and end-to-end projects. Stops at the first failing step.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import { root } from "../db/schema-engine.mjs";

import path from "node:path";

// Resolve each tool's package.json (always exported), then its bin file beside it.
const require = createRequire(import.meta.url);
const bin = (pkg, file) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const resultsFile = path.join(os.tmpdir(), `donations-jest-${process.pid}.json`);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", FORCE_BUILD: "" };

const steps = [
  ["type check", bin("typescript", "bin/tsc"), ["--noEmit"]],
  ["lint", bin("eslint", "bin/eslint.js"), ["--max-warnings", "0", "."]],
  ["formatting (npm run lint's second step; npm run format fixes it)", bin("prettier", "bin/prettier.cjs"), ["--check", "."]],
  ["production build", bin("next", "dist/bin/next"), ["build"]],
  ["production scripts (npm run build's second step)", path.join(root, "scripts/build/compile-scripts.mjs"), []],
  ["unit, integration and end-to-end tests", bin("jest", "bin/jest.js"), ["--selectProjects", "unit", "integration", "e2e", "--json", `--outputFile=${resultsFile}`, ...process.argv.slice(2)]],
];

for (const [name, script, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// The closing line CI reads: counts from Jest's own report.
if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, "utf8"));
  console.log(`\n${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
