// Sending due reminders: content, headers, the click redirect, who gets nothing, and exactly
// once with two workers or a worker that dies mid-batch. A real SMTP server receives them.
import { randomBytes } from "node:crypto";
import type { ParsedMail } from "mailparser";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { createDonationBy, createReminder } from "@/tests/helpers/reminder-factory";
import { linkIn, rawHeader, startSmtpInbox, unsubscribeUrlIn, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { closeAppDatabase } from "@/tests/helpers/app-database";
import { waitFor } from "@/tests/helpers/wait-for";

const APP_URL = "http://reminders.test";
const march = new Date("2027-03-01T00:03:00Z");
let db: TestDatabase;
let inbox: SmtpInbox;
let sendDueReminders: typeof import("@/lib/reminders/send-due-reminders").sendDueReminders;
let sendEmail: typeof import("@/lib/email/send-email").sendEmail;
let clickRoute: typeof import("@/app/r/[token]/route").GET;
let unsubscribe: typeof import("@/app/api/reminders/unsubscribe/route").POST;
let countReminderFunnel: typeof import("@/lib/reminders/count-reminder-funnel").countReminderFunnel;

const recipients = (messages: ParsedMail[]) => messages.map((m) => (Array.isArray(m.to) ? m.to[0]!.text : m.to!.text));

beforeAll(async () => {
  db = await createTestDatabase();
  inbox = await startSmtpInbox({ reject: (to) => (to.startsWith("busy") ? 451 : to.startsWith("gone") ? 550 : undefined) });
  Object.assign(process.env, { DATABASE_URL: db.url, SMTP_URL: inbox.url, APP_URL, LOG_LEVEL: "error" });
  const { setPiiKeysForProcess } = await import("@/lib/privacy/pii-keys");
  setPiiKeysForProcess({ currentKeyId: "t1", encryptionKeys: new Map([["t1", randomBytes(32)]]), indexKey: randomBytes(32) });
  sendDueReminders = (await import("@/lib/reminders/send-due-reminders")).sendDueReminders;
  sendEmail = (await import("@/lib/email/send-email")).sendEmail;
  clickRoute = (await import("@/app/r/[token]/route")).GET;
  unsubscribe = (await import("@/app/api/reminders/unsubscribe/route")).POST;
  countReminderFunnel = (await import("@/lib/reminders/count-reminder-funnel")).countReminderFunnel;
});

afterAll(async () => {
  await closeAppDatabase();
  await inbox.close();
  await db.drop();
});

beforeEach(async () => {
  inbox.clear();
  await db.prisma.funnelEvent.deleteMany();
  await db.prisma.reminder.deleteMany();
  await db.prisma.donation.deleteMany();
  await db.prisma.supporter.deleteMany();
});

describe("when a confirmed reminder falls due", () => {
  it("sends one email that links back to the appeal with the saved choice, a cancel link and one-click headers", async () => {
    await createReminder(db.prisma, { email: "due@example.org", remindMonth: "2027-03", frequency: "MONTHLY", amount: 1250, currency: "eur" });
    const outcome = await sendDueReminders(db.prisma, { now: march });
    expect(outcome.sent).toBe(1);

    const [mail] = await inbox.waitForMessages(1);
    expect(recipients([mail!])).toEqual(["due@example.org"]);
    expect(mail!.subject).toMatch(/^The reminder you asked for/);
    expect(mail!.text).toContain("€12.50 a month");
    expect(linkIn(mail!, `${APP_URL}/remind/cancel?token=`)).toBeTruthy();
    expect(unsubscribeUrlIn(mail!)).toMatch(new RegExp(`^${APP_URL}/api/reminders/unsubscribe\\?token=`));
    expect(rawHeader(mail!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(await db.prisma.reminder.findFirstOrThrow()).toMatchObject({ status: "SENT", sentAt: march });

    const give = linkIn(mail!, `${APP_URL}/r/`);
    const token = give.slice(`${APP_URL}/r/`.length);
    const response = await clickRoute(new Request(give), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${APP_URL}/?frequency=monthly&amount=12.50&currency=eur&source=reminder`);
    await clickRoute(new Request(give), { params: Promise.resolve({ token }) });
    expect((await db.prisma.reminder.findFirstOrThrow()).clickedAt).not.toBeNull();

    const funnel = await countReminderFunnel(db.prisma, { from: new Date("2026-01-01"), to: new Date("2099-01-01") });
    expect(funnel).toMatchObject({ sends: 1, clicks: 1 });
  });

  it('sends a reminder link that arrives as /r/%25 (Next hands the route "%") to the appeal, not a server error from decoding it twice', async () => {
    const response = await clickRoute(new Request(`${APP_URL}/r/%25`), { params: Promise.resolve({ token: "%" }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${APP_URL}/`);
  });

  it("answers a one-click unsubscribe from the reminder email with 200", async () => {
    await createReminder(db.prisma, { email: "after@example.org", remindMonth: "2027-03" });
    await sendDueReminders(db.prisma, { now: march });
    const [mail] = await inbox.waitForMessages(1);
    const response = await unsubscribe(new Request(unsubscribeUrlIn(mail!), { method: "POST", body: "List-Unsubscribe=One-Click" }));
    expect(response.status).toBe(200);
  });

  it("sends nothing before the month, for unconfirmed sign-ups, or twice on a later run", async () => {
    await createReminder(db.prisma, { email: "april@example.org", remindMonth: "2027-04" });
    await createReminder(db.prisma, { email: "pending@example.org", remindMonth: "2027-03", status: "PENDING_CONFIRMATION" });
    await createReminder(db.prisma, { email: "march@example.org", remindMonth: "2027-03" });
    await sendDueReminders(db.prisma, { now: march });
    await sendDueReminders(db.prisma, { now: new Date("2027-03-02T00:00:00Z") });
    await inbox.waitForMessages(2, 500);
    expect(recipients(inbox.messages)).toEqual(["march@example.org"]);
  });

  it("cancels, with the reason, the reminder of a reader who has given since signing up", async () => {
    await createReminder(db.prisma, { email: "gave@example.org", remindMonth: "2027-03", createdAt: new Date("2027-01-05T00:00:00Z") });
    await createReminder(db.prisma, { email: "gave-before@example.org", remindMonth: "2027-03", createdAt: new Date("2027-01-05T00:00:00Z") });
    await createDonationBy(db.prisma, "gave@example.org", new Date("2027-02-10T00:00:00Z"));
    await createDonationBy(db.prisma, "gave-before@example.org", new Date("2026-12-10T00:00:00Z"));
    const outcome = await sendDueReminders(db.prisma, { now: march });
    expect(outcome).toMatchObject({ donated: 1, sent: 1 });
    await inbox.waitForMessages(1);
    expect(recipients(inbox.messages)).toEqual(["gave-before@example.org"]);
    const cancelled = await db.prisma.reminder.findFirstOrThrow({ where: { status: "CANCELLED" } });
    expect(cancelled.cancelReason).toBe("donated");
  });

  it("sends at most one reminder per address per month, even when an earlier one is overdue", async () => {
    await createReminder(db.prisma, { email: "twice@example.org", remindMonth: "2027-02" });
    await createReminder(db.prisma, { email: "twice@example.org", remindMonth: "2027-03" });
    await sendDueReminders(db.prisma, { now: march });
    await inbox.waitForMessages(2, 500);
    expect(recipients(inbox.messages)).toEqual(["twice@example.org"]);
    expect(await db.prisma.reminder.findFirstOrThrow({ where: { remindMonth: "2027-02" } })).toMatchObject({ status: "CANCELLED", cancelReason: "already reminded this month" });
  });

  it("retries on a later run when the mail server says try later, and gives up when it refuses the address", async () => {
    await createReminder(db.prisma, { email: "busy@example.org", remindMonth: "2027-03" });
    await createReminder(db.prisma, { email: "gone@example.org", remindMonth: "2027-03" });
    expect(await sendDueReminders(db.prisma, { now: march })).toMatchObject({ retryLater: 1, undeliverable: 1, sent: 0 });
    expect(await db.prisma.reminder.findFirstOrThrow({ where: { status: "SCHEDULED" } })).toMatchObject({ sendClaimedAt: null });
    expect(await db.prisma.reminder.findFirstOrThrow({ where: { status: "CANCELLED" } })).toMatchObject({ cancelReason: "undeliverable" });
  });

  it("keeps every reminder for the next run when the mail server cannot be reached at all", async () => {
    await createReminder(db.prisma, { email: "outage1@example.org", remindMonth: "2027-03" });
    await createReminder(db.prisma, { email: "outage2@example.org", remindMonth: "2027-03" });
    const nodemailer = (await import("nodemailer")).default;
    const down = nodemailer.createTransport("smtp://127.0.0.1:1");
    const outcome = await sendDueReminders(db.prisma, { now: march, send: (email) => down.sendMail({ from: "a@example.org", ...email }) });
    expect(outcome).toMatchObject({ sent: 0, retryLater: 2 });
    expect(await db.prisma.reminder.count({ where: { status: "SCHEDULED", sendClaimedAt: null } })).toBe(2);
    expect(await sendDueReminders(db.prisma, { now: new Date(march.getTime() + 60 * 60_000) })).toMatchObject({ sent: 2, interrupted: 0 });
  });
  it("skips a reminder whose address was encrypted under a key no longer configured, and still sends the ones around it", async () => {
    const { getPiiKeys, setPiiKeysForProcess } = await import("@/lib/privacy/pii-keys");
    const { encryptPii } = await import("@/lib/privacy/encrypt-pii");
    const configured = getPiiKeys();
    setPiiKeysForProcess({ ...configured, currentKeyId: "retired", encryptionKeys: new Map([["retired", randomBytes(32)]]) });
    const unreadable = encryptPii("lost@example.org");
    setPiiKeysForProcess(configured);
    // Claimed in order of month, one at a time: the unreadable row comes between the good ones.
    await createReminder(db.prisma, { email: "first@example.org", remindMonth: "2027-01" });
    const lostId = await createReminder(db.prisma, { email: "lost@example.org", remindMonth: "2027-02", emailEncrypted: unreadable });
    await createReminder(db.prisma, { email: "last@example.org", remindMonth: "2027-03" });
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await sendDueReminders(db.prisma, { now: march, concurrency: 1 })).toMatchObject({ sent: 2, skipped: 1 });
      const lines = logged.mock.calls.map((call) => call.join(" ")).join("\n");
      expect(lines).toContain(lostId);
      expect(lines).not.toContain("lost@");
    } finally {
      logged.mockRestore();
    }
    expect(recipients(await inbox.waitForMessages(2)).sort()).toEqual(["first@example.org", "last@example.org"]);
    // Left as it was, to be sent once the key is configured again.
    expect(await db.prisma.reminder.findUniqueOrThrow({ where: { id: lostId } })).toMatchObject({ status: "SCHEDULED", sendClaimedAt: null });
  });
});

describe("with more than one worker", () => {
  it("sends each due reminder exactly once when two workers with their own pools run together", async () => {
    const count = 120;
    for (let i = 0; i < count; i++) await createReminder(db.prisma, { email: `reader${i}@example.org`, remindMonth: "2027-03" });
    const workerA = createPrismaClient(db.url, 4);
    const workerB = createPrismaClient(db.url, 4);
    try {
      const [a, b] = await Promise.all([sendDueReminders(workerA, { now: march, batchSize: 7, concurrency: 3 }), sendDueReminders(workerB, { now: march, batchSize: 7, concurrency: 3 })]);
      expect(a.sent + b.sent).toBe(count);
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
    } finally {
      await workerA.$disconnect();
      await workerB.$disconnect();
    }
    // Both runs resolved, so every message they sent was acknowledged, and is in the inbox.
    const received = recipients(await inbox.settled());
    expect(received).toHaveLength(count);
    expect(new Set(received).size).toBe(count);
    expect(await db.prisma.reminder.count({ where: { status: "SENT" } })).toBe(count);
    expect(await db.prisma.funnelEvent.count({ where: { kind: "REMINDER_SENT" } })).toBe(count);
  });

  it("never sends twice after a worker dies mid-batch: its claimed, unmarked rows lapse into 'send interrupted'", async () => {
    const count = 20;
    for (let i = 0; i < count; i++) await createReminder(db.prisma, { email: `crash${String(i).padStart(2, "0")}@example.org`, remindMonth: "2027-03" });
    const dying = createPrismaClient(db.url, 2);
    let sentByDying = 0;
    // The dying worker sends three messages, then hangs forever as a killed process would.
    void sendDueReminders(dying, {
      now: march,
      batchSize: 8,
      concurrency: 1,
      send: (email) => (sentByDying++ < 3 ? sendEmail(email) : new Promise<never>(() => {})),
    });
    await inbox.waitForMessages(3);
    // Its fourth send has begun (and hangs): what it did between sends is done.
    await waitFor("the dying worker to start its fourth send", () => sentByDying > 3);

    const survivor = await sendDueReminders(db.prisma, { now: march });
    expect(survivor.sent).toBe(count - 8);
    const later = await sendDueReminders(db.prisma, { now: new Date(march.getTime() + 20 * 60_000) });
    // Its whole batch of 8 was claimed; the 3 it sent were not yet marked SENT when it died.
    expect(later).toMatchObject({ sent: 0, interrupted: 8 });

    const received = recipients(await inbox.settled());
    expect(received).toHaveLength(count - 5);
    expect(new Set(received).size).toBe(received.length);
    expect(await db.prisma.reminder.count({ where: { status: "CANCELLED", cancelReason: "send interrupted" } })).toBe(8);
    await dying.$disconnect().catch(() => undefined);
  });
});

describe("the reminder funnel for the dashboard", () => {
  it("counts each step within the range, and donations paid within 30 days of a reminder click", async () => {
    const inRange = new Date("2027-03-10T00:00:00Z");
    await db.prisma.funnelEvent.createMany({
      data: [
        { kind: "SNOOZE", createdAt: inRange },
        { kind: "SNOOZE", createdAt: inRange },
        { kind: "REMINDER_SIGNUP", createdAt: inRange },
        { kind: "REMINDER_CONFIRMED", createdAt: inRange },
        { kind: "REMINDER_SENT", createdAt: inRange },
        { kind: "REMINDER_CLICKED", createdAt: inRange },
        { kind: "SNOOZE", createdAt: new Date("2027-05-01T00:00:00Z") },
      ],
    });
    const attempt = (source: string | null, createdAt: Date) => db.prisma.checkoutAttempt.create({ data: { frequency: "ONCE", amount: 1000, currency: "eur", source, createdAt }, select: { id: true } });
    const donation = async (source: string | null, clickedAt: Date, paidAt: Date, amount: number) =>
      db.prisma.donation.create({ data: { amount, currency: "eur", frequency: "ONCE", status: "SUCCEEDED", paidAt, checkoutAttemptId: (await attempt(source, clickedAt)).id } });
    await donation("reminder", new Date("2027-03-02T00:00:00Z"), new Date("2027-03-02T00:10:00Z"), 1000);
    await donation("reminder", new Date("2027-02-20T00:00:00Z"), new Date("2027-03-15T00:00:00Z"), 2500);
    await donation("reminder", new Date("2027-01-20T00:00:00Z"), new Date("2027-03-05T00:00:00Z"), 9900);
    await donation(null, new Date("2027-03-02T00:00:00Z"), new Date("2027-03-02T00:10:00Z"), 700);

    const funnel = await countReminderFunnel(db.prisma, { from: new Date("2027-03-01T00:00:00Z"), to: new Date("2027-04-01T00:00:00Z") });
    expect(funnel).toEqual({ snoozes: 2, signUps: 1, confirmations: 1, sends: 1, clicks: 1, donations: 2, donatedByCurrency: [{ currency: "eur", amount: 3500 }] });
  });
});
