// npm run build, second step: the TypeScript entry points that run in production (the start-up
// check, the worker, the CSV export writer the web server spawns, the staff scripts) compiled with
// esbuild into dist/scripts/*.js, so production runs plain JavaScript: no tsx, nothing from
// devDependencies. Packages stay external (they come from the production install); `server-only`
// is compiled away, as the react-server condition does for these scripts under tsx.
import { build } from "esbuild";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const compiledDir = path.join(root, "dist/scripts");

/** Output name -> source, relative to the project root. */
export const entryPoints = {
  "check-settings": "scripts/start/check-settings.ts",
};

const serverOnlyIsEmpty = {
  name: "server-only-is-empty",
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

export async function compileScripts() {
  await rm(compiledDir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entryPoints).map(([name, source]) => [name, path.join(root, source)])),
    outdir: compiledDir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    plugins: [serverOnlyIsEmpty],
    sourcemap: "linked",
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await compileScripts();
  console.log(`[build] compiled ${Object.keys(entryPoints).length} scripts into ${path.relative(root, compiledDir)}`);
}
