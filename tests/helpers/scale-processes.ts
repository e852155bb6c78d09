// Production processes for the scale-out test: web instances as `npm start` runs them and workers
// as `npm run worker` runs them, all on the e2e tier's one database and settings.
import { freePort, spawnNpmScript, waitForOk, waitForOutput } from "./npm-script-process";

export type Running = { stop: () => Promise<void> };
export type WebInstance = Running & { baseUrl: string };

export function e2eAppEnv(): Record<string, string> {
  const raw = process.env.E2E_APP_ENV;
  if (!raw) throw new Error("E2E_APP_ENV is not set: run end-to-end tests through jest's e2e project");
  return JSON.parse(raw) as Record<string, string>;
}

export async function startWebInstance(env: Record<string, string>): Promise<WebInstance> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const web = spawnNpmScript("start", { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...e2eAppEnv(), APP_URL: baseUrl, NEXTAUTH_URL: baseUrl, PORT: String(port), HOST: "127.0.0.1", ...env }, [
    "--hostname",
    "127.0.0.1",
  ]);
  try {
    await waitForOk(`${baseUrl}/api/health`, web, 60_000);
  } catch (error) {
    await web.stop();
    throw error;
  }
  return { baseUrl, stop: web.stop };
}

/** A worker as `npm run worker` starts it, once it says it has started its jobs. */
export async function startWorkerProcess(): Promise<Running> {
  const worker = spawnNpmScript("worker", { ...process.env, NODE_ENV: "production", ...e2eAppEnv(), LOG_LEVEL: "info" });
  try {
    await waitForOutput(worker, "job worker started", 60_000);
  } catch (error) {
    await worker.stop();
    throw error;
  }
  return { stop: worker.stop };
}
