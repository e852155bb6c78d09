// A real worker process killed (SIGKILL) in the middle of sending: nobody gets a reminder twice.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { ParsedMail } from "mailparser";
import { startSmtpInbox, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { closeAppDatabase } from "@/tests/helpers/app-database";

let db: TestDatabase;
let inbox: SmtpInbox;
const root = path.join(__dirname, "../..");
const keys = { PII_ENCRYPTION_KEYS: `t1:${randomBytes(32).toString("base64")}`, PII_INDEX_KEY: randomBytes(32).toString("base64") };
const recipients = (messages: ParsedMail[]) => messages.map((m) => (Array.isArray(m.to) ? m.to[0]!.text : m.to!.text));

function runChild(args: string[]) {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/send-reminders-child.ts", ...args], {
    cwd: root,
    env: { ...process.env, ...keys, DATABASE_URL: db.url, SMTP_URL: inbox.url, NODE_ENV: "development", LOG_LEVEL: "error" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited };
}

beforeAll(async () => {
  db = await createTestDatabase();
  inbox = await startSmtpInbox();
  Object.assign(process.env, keys, { DATABASE_URL: db.url, SMTP_URL: inbox.url, LOG_LEVEL: "error" });
});

afterAll(async () => {
  await closeAppDatabase();
  await inbox.close();
  await db.drop();
});

describe("when a worker process is killed mid-batch", () => {
  it("sends no reminder twice: what it claimed and did not mark is never retried", async () => {
    const count = 400;
    const seed = runChild(["seed", String(count)]);
    expect(await seed.exited).toBe(0);

    const worker = runChild(["send"]);
    await inbox.waitForMessages(60, 60_000);
    worker.child.kill("SIGKILL");
    await worker.exited;
    expect(inbox.messages.length).toBeLessThan(count);

    const { sendDueReminders } = await import("@/lib/reminders/send-due-reminders");
    const now = new Date();
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 0, 5));
    const survivor = await sendDueReminders(db.prisma, { now: month });
    // Only the killed worker's last batch (100 rows at most) is lost; the rest is sent.
    expect(survivor.sent).toBeGreaterThan(0);
    const afterLease = await sendDueReminders(db.prisma, { now: new Date(month.getTime() + 20 * 60_000) });
    // A message the killed worker had sent in full may still be parsing; a half-sent one is dropped.
    await inbox.settled();

    const received = recipients(inbox.messages);
    expect(new Set(received).size).toBe(received.length);
    const sent = await db.prisma.reminder.count({ where: { status: "SENT" } });
    const interrupted = await db.prisma.reminder.count({ where: { status: "CANCELLED", cancelReason: "send interrupted" } });
    expect(sent + interrupted).toBe(count);
    expect(afterLease.interrupted).toBe(interrupted);
    expect(interrupted).toBeLessThanOrEqual(100);
    expect(received.length).toBeGreaterThanOrEqual(sent);
    expect(received.length).toBeLessThanOrEqual(count);
  }, 120_000); // two child processes (TypeScript loader start-up each) on a 2-core machine that may be busy
});
