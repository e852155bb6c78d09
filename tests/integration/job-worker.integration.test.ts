// The pg-boss worker end to end: two worker instances, each with its own pools, on one database.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { createReminder } from "@/tests/helpers/reminder-factory";
import { startSmtpInbox, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { waitFor } from "@/tests/helpers/wait-for";

let db: TestDatabase;
let inbox: SmtpInbox;

beforeAll(async () => {
  db = await createTestDatabase();
  inbox = await startSmtpInbox();
  Object.assign(process.env, { DATABASE_URL: db.url, SMTP_URL: inbox.url, APP_URL: "http://reminders.test", LOG_LEVEL: "error" });
  const { setPiiKeysForProcess } = await import("@/lib/privacy/pii-keys");
  setPiiKeysForProcess({ currentKeyId: "t1", encryptionKeys: new Map([["t1", randomBytes(32)]]), indexKey: randomBytes(32) });
});

afterAll(async () => {
  await inbox.close();
  await db.drop();
});

describe("the job worker", () => {
  it("runs the registered jobs it is asked to, and two instances send each due reminder once", async () => {
    const { startWorker } = await import("@/lib/jobs/start-worker");
    const { jobRegistry } = await import("@/lib/jobs/job-registry");
    const count = 40;
    for (let i = 0; i < count; i++) await createReminder(db.prisma, { email: `worker${i}@example.org`, remindMonth: "2027-03" });
    await createReminder(db.prisma, { email: "unconfirmed@example.org", remindMonth: "2027-03", status: "PENDING_CONFIRMATION", createdAt: new Date("2027-02-01T00:00:00Z") });
    const now = () => new Date("2027-03-01T00:05:00Z");
    const clients: PrismaClient[] = [createPrismaClient(db.url, 3), createPrismaClient(db.url, 3)];
    const workers = await Promise.all(clients.map((prisma) => startWorker({ databaseUrl: db.url, prisma, now, pollingIntervalSeconds: 0.5 })));
    try {
      expect(jobRegistry.map((job) => job.name)).toEqual(["reminders-send-due", "annual-renewal-notices", "reminders-delete-expired-sign-ups", "privacy-retention", "stripe-reconcile"]);
      await workers[0]!.boss.send("reminders-send-due", {});
      await workers[1]!.boss.send("reminders-delete-expired-sign-ups", {});
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && ((await db.prisma.reminder.count({ where: { status: "SENT" } })) < count || (await db.prisma.reminder.count({ where: { status: "PENDING_CONFIRMATION" } })) > 0)) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // A second run after everything went out finds nothing to send.
      const secondRun = await workers[1]!.boss.send("reminders-send-due", {});
      if (!secondRun) throw new Error("pg-boss did not queue the second run");
      const finished = await waitFor(
        "the second run to finish",
        async () => {
          const job = await workers[1]!.boss.getJobById("reminders-send-due", secondRun);
          return job?.state === "completed" || job?.state === "failed" ? job.state : undefined;
        },
        { timeoutMs: 30_000 },
      );
      expect(finished).toBe("completed");
      await inbox.settled();
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
      await Promise.all(clients.map((prisma) => prisma.$disconnect()));
    }
    const received = inbox.messages.map((m) => (Array.isArray(m.to) ? m.to[0]!.text : m.to!.text));
    expect(received).toHaveLength(count);
    expect(new Set(received).size).toBe(count);
    expect(await db.prisma.reminder.count({ where: { status: "PENDING_CONFIRMATION" } })).toBe(0);
  });
});
