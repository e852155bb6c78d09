// npm run build, second step (npm run build:scripts; npm run dev runs it too): the TypeScript
// entry points that run in production (the start-up check, the worker, the CSV export writer the
// web server spawns, the staff scripts) compiled with esbuild into dist/scripts/*.js, so production runs plain JavaScript: no tsx, nothing from
// devDependencies. Packages stay external (they come from the production install); `server-only`
// is compiled away, as the react-server condition does for these scripts under tsx.
import { build } from "esbuild";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const compiledDir = path.join(root, "dist/scripts");

/** Output name -> source, relative to the project root. The processes production runs on its own
 * are production unless NODE_ENV says otherwise, as next start is: a worker started without it
 * must not fall back to development defaults (emails printed to its log). */
export const productionProcesses = {
  "check-settings": "scripts/start/check-settings.ts",
  worker: "scripts/worker.ts",
  "write-export": "scripts/export/write-export.ts",
};
/** Tools staff run by hand, here and in production: they follow NODE_ENV as the source did. */
export const staffTools = {
  "add-staff": "scripts/staff/add-staff.ts",
  reconcile: "scripts/stripe/reconcile.ts",
  "rotate-pii": "scripts/privacy/rotate-pii.ts",
};

const serverOnlyIsEmpty = {
  name: "server-only-is-empty",
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

function compile(entries, banner) {
  return build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, source]) => [name, path.join(root, source)])),
    outdir: compiledDir,
    bundle: true,
    platform: "node",
    target: "node20",
    // CommonJS, so packages that are CommonJS keep their named exports; the plain .mjs helpers
    // some scripts share (scripts/dev, scripts/db) read import.meta.url, given here. dist/scripts
    // is as deep as scripts/db, so their paths relative to the project root still hold.
    format: "cjs",
    define: { "import.meta.url": "__importMetaUrl" },
    banner: { js: ['const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;', ...banner].join("\n") },
    packages: "external",
    plugins: [serverOnlyIsEmpty],
    sourcemap: "linked",
    logLevel: "warning",
  });
}

export async function compileScripts() {
  await rm(compiledDir, { recursive: true, force: true });
  await compile(productionProcesses, ['process.env.NODE_ENV ??= "production";']);
  await compile(staffTools, []);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await compileScripts();
  console.log(`[build] compiled ${Object.keys({ ...productionProcesses, ...staffTools }).length} scripts into ${path.relative(root, compiledDir)}`);
}
