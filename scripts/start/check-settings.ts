// npm start, first step: every setting checked before `next start` runs. next start binds its port
// before it loads the app, so a bad setting found by the app itself (instrumentation.ts) would stop
// a server that already accepts connections; here the server never starts. Compiled at build time
// (scripts/build/compile-scripts.mjs) to dist/scripts/check-settings.js: no TypeScript loader in production.
import { loadEnvConfig } from "@next/env";

// The same .env files next start reads (the compiled script is production unless NODE_ENV says
// otherwise, as next start is: compile-scripts.mjs).
loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error });

async function main() {
  await import("../../lib/config/check-config-at-start");
}

void main();
