// Imported by instrumentation.ts when a Node.js server starts: a server with missing or
// invalid settings stops at once, naming them, instead of failing on the first request.
import { ConfigError, getConfig } from "./env";

try {
  getConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
