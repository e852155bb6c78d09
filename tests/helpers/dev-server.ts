// `next dev` as `npm run dev` starts it (without the embedded database, emulator and worker around
// it) on a free port and with no APP_URL: what a developer gets from `PORT=3100 npm run dev`.
import { prepareDevCache } from "@/scripts/dev/prepare-dev-cache.mjs";
import path from "node:path";
import { spawnProcess, waitForOk, type ScriptProcess } from "./npm-script-process";

export type DevServer = { port: number; output: string[]; stop: () => Promise<void> };

export async function startDevServer(port: number, env: Record<string, string>): Promise<DevServer> {
  prepareDevCache(process.cwd());
  const { APP_URL: _unset, ...inherited } = process.env;
  const dev: ScriptProcess = spawnProcess(path.join(process.cwd(), "node_modules", ".bin", "next"), ["dev", "--port", String(port)], { ...inherited, NODE_ENV: "development", NEXT_TELEMETRY_DISABLED: "1", ...env });
  try {
    await waitForOk(`http://127.0.0.1:${port}/api/ping`, dev, 90_000);
  } catch (error) {
    await dev.stop();
    throw error;
  }
  return { port, output: dev.output, stop: dev.stop };
}
