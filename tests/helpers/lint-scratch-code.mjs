// Lints scratch code with ESLint's Node API as if it sat at the given paths, in its own process:
// eslint.config.mjs is an ES module, which Jest's module sandbox cannot import. Nothing is written;
// lintText needs no file. Input on stdin: [{ filePath, code }]; output: each file's messages.
import { ESLint } from "eslint";
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const cases = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: root });
const results = [];
for (const { filePath, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  results.push((result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(results));
