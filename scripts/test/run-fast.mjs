// npm run test:fast: the checks every commit gets (type check, ESLint, Prettier, the unit tier)
// side by side rather than one after another. Each is mostly one thread, so on two cores this
// takes about half the time; each one's output is printed when it ends, failures last.
// ESLint and Prettier keep caches (by file content) in the temp folder, one per checkout, so a run
// after a small change rechecks only the changed files. The ESLint cache is sound for the
// architecture rules: a new import cycle or forbidden import is an import in a changed file, and
// that file is relinted. `npm run lint` and `npm test` use no cache. Delete the folder named in
// the output (or set LINT_CACHE=0) to check from scratch.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const bin = (pkg, file) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

const cacheDir = path.join(os.tmpdir(), `donations-lint-cache-${createHash("sha256").update(root).digest("hex").slice(0, 12)}`);
const useCache = process.env.LINT_CACHE !== "0";
const eslintCacheArgs = useCache ? ["--cache", "--cache-strategy", "content", "--cache-location", `${cacheDir}/eslint/`] : [];
const prettierCacheArgs = useCache ? ["--cache", "--cache-strategy", "content", "--cache-location", path.join(cacheDir, "prettier.json")] : [];

const checks = [
  ["type check", bin("typescript", "bin/tsc"), ["--noEmit"]],
  ["ESLint", bin("eslint", "bin/eslint.js"), ["--max-warnings", "0", ...eslintCacheArgs, "."]],
  ["Prettier (npm run format fixes it)", bin("prettier", "bin/prettier.cjs"), ["--check", "--log-level", "warn", ...prettierCacheArgs, "."]],
  ["unit tests", bin("jest", "bin/jest.js"), ["--selectProjects", "unit", ...process.argv.slice(2)]],
];

function run([name, script, args]) {
  const started = Date.now();
  const child = spawn(process.execPath, [script, ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const output = [];
  child.stdout.on("data", (chunk) => output.push(chunk));
  child.stderr.on("data", (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const passed = code === 0;
      process.stdout.write(`\n${passed ? "✓" : "✗"} ${name} (${seconds} s)${passed ? "" : `, exit ${code ?? signal}`}\n`);
      const text = Buffer.concat(output).toString();
      if (!passed) process.stdout.write(text);
      else for (const line of text.split("\n").filter((l) => /^Tests:/.test(l))) process.stdout.write(`  ${line}\n`);
      resolve(passed);
    });
  });
}

const started = Date.now();
if (useCache) console.log(`ESLint and Prettier caches: ${cacheDir}`);
const results = await Promise.all(checks.map(run));
const failed = results.filter((passed) => !passed).length;
console.log(`\n${failed ? `✗ ${failed} of ${checks.length} checks failed` : `✓ all ${checks.length} checks passed`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
