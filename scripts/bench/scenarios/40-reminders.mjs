// 10,000 due reminders sent to an in-process SMTP server by one run of the due-reminder job
// (in a child process, so its peak RSS is the sender's). Floor: under 60 s.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { SMTPServer } from "smtp-server";
import { cloneTemplate } from "../../test/test-database.mjs";
import { root } from "../../db/schema-engine.mjs";

export const name = "reminders";
const COUNT = Number(process.env.BENCH_REMINDERS || 10_000);
const FLOOR_SECONDS = 60;

function runChild(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/send-reminders-child.ts", ...args], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop())) : reject(new Error(`reminder bench child exited ${code}`))));
  });
}

export async function run(ctx) {
  let received = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received++;
        callback();
      });
    },
  });
  await new Promise((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const databaseUrl = await cloneTemplate(ctx.database.adminUrl, ctx.database.template, `test_bench_reminders_${randomBytes(3).toString("hex")}`);
  const env = {
    ...process.env,
    ...ctx.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    SMTP_URL: `smtp://127.0.0.1:${smtp.server.address().port}`,
    LOG_LEVEL: "warn",
  };
  try {
    await runChild(["seed", String(COUNT)], env);
    const result = await runChild(["send"], env);
    const perSecond = Math.round(result.sent / result.seconds);
    return {
      rows: [
        [
          `reminders: ${COUNT.toLocaleString("en")} due, sent over SMTP`,
          `${result.seconds.toFixed(1)} s`,
          `${perSecond} msg/s, peak RSS ${Math.round(result.maxRssMb)} MB, ${received} received`,
          `${(result.seconds / FLOOR_SECONDS).toFixed(2)} of 60 s floor`,
        ],
      ],
      json: { count: COUNT, sent: result.sent, received, seconds: result.seconds, messagesPerSecond: perSecond, maxRssMb: result.maxRssMb, floorSeconds: FLOOR_SECONDS, withinFloor: result.seconds < FLOOR_SECONDS },
    };
  } finally {
    await new Promise((resolve) => smtp.close(resolve));
  }
}
