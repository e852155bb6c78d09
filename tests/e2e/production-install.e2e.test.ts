// A production install runs without devDependencies: scripts/test/try-production-install.mjs
// copies the built tree, prunes the devDependencies from the copy, starts the web app (npm start)
// and the worker (npm run worker) there, and gives once through the Stripe emulator.
import { spawn } from "node:child_process";
import path from "node:path";
import { z } from "zod";

const appEnv = z.object({ DATABASE_URL: z.string(), SMTP_URL: z.string() });
const seen = z.object({
  devPackagesLeft: z.array(z.string()),
  webStarted: z.boolean(),
  workerStarted: z.boolean(),
  donation: z.object({ amount: z.number(), currency: z.string(), status: z.string() }).nullable(),
});

function tryProductionInstall(databaseUrl: string, smtpUrl: string): Promise<z.infer<typeof seen>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/test/try-production-install.mjs", databaseUrl, smtpUrl], { cwd: path.join(__dirname, "../.."), env: process.env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`try-production-install exited ${code}:\n${output}`));
      resolve(seen.parse(JSON.parse(output.trim().split("\n").at(-1) ?? "")));
    });
  });
}

describe("the app installed without devDependencies", () => {
  it("serves the web app and runs the worker with no tsx, esbuild or test tool installed, and records a donation", async () => {
    const settings = appEnv.parse(JSON.parse(process.env.E2E_APP_ENV ?? "{}"));
    const result = await tryProductionInstall(settings.DATABASE_URL, settings.SMTP_URL);
    expect(result.devPackagesLeft).toEqual([]);
    expect(result.webStarted && result.workerStarted).toBe(true);
    expect(result.donation).toEqual({ amount: 1250, currency: "eur", status: "SUCCEEDED" });
  }, 240_000);
});
