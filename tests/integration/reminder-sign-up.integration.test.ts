// Sign-up, double opt-in and cancellation through the route handlers, with a real SMTP server
// and a real job worker (the request queues the sign-up; the worker stores it and emails).
import { randomBytes } from "node:crypto";
import { createReminder } from "@/tests/helpers/reminder-factory";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { linkIn, rawHeader, startSmtpInbox, unsubscribeUrlIn, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { closeAppDatabase } from "@/tests/helpers/app-database";
import { queuedJobs, startRequestWorker, waitForRequestJobs, type RequestWorker } from "@/tests/helpers/request-jobs";
import { runWhileTablesLocked, WAITED_FOR_TABLE } from "@/tests/helpers/table-lock";

type Routes = {
  signUp: typeof import("@/app/api/reminders/sign-up/route").POST;
  confirm: typeof import("@/app/api/reminders/confirm/route").POST;
  cancel: typeof import("@/app/api/reminders/cancel/route").POST;
  unsubscribe: typeof import("@/app/api/reminders/unsubscribe/route");
  deleteExpired: typeof import("@/lib/reminders/delete-expired-reminder-sign-ups").deleteExpiredReminderSignUps;
  sendDue: typeof import("@/lib/reminders/send-due-reminders").sendDueReminders;
};

const APP_URL = "http://reminders.test";
let db: TestDatabase;
let inbox: SmtpInbox;
let routes: Routes;
let worker: RequestWorker | undefined;
// The worker's clock runs this far ahead of the real one (a reader coming back a day later).
let workerClockAheadMs = 0;
const DAY_MS = 86_400_000;

function formPost(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(`${APP_URL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.7", origin: APP_URL, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

beforeAll(async () => {
  db = await createTestDatabase();
  inbox = await startSmtpInbox();
  Object.assign(process.env, { DATABASE_URL: db.url, SMTP_URL: inbox.url, APP_URL, REMINDER_SIGNUPS_PER_HOUR: "5", LOG_LEVEL: "warn" });
  const { setPiiKeysForProcess } = await import("@/lib/privacy/pii-keys");
  setPiiKeysForProcess({ currentKeyId: "t1", encryptionKeys: new Map([["t1", randomBytes(32)]]), indexKey: randomBytes(32) });
  routes = {
    signUp: (await import("@/app/api/reminders/sign-up/route")).POST,
    confirm: (await import("@/app/api/reminders/confirm/route")).POST,
    cancel: (await import("@/app/api/reminders/cancel/route")).POST,
    unsubscribe: await import("@/app/api/reminders/unsubscribe/route"),
    deleteExpired: (await import("@/lib/reminders/delete-expired-reminder-sign-ups")).deleteExpiredReminderSignUps,
    sendDue: (await import("@/lib/reminders/send-due-reminders")).sendDueReminders,
  };
  worker = await startRequestWorker(db.url, () => new Date(Date.now() + workerClockAheadMs));
});

afterAll(async () => {
  await worker?.stop();
  await (await import("@/lib/security/spend-rate-limit")).closeRateLimiters();
  await closeAppDatabase();
  await inbox.close();
  await db.drop();
});

beforeEach(async () => {
  await waitForRequestJobs(db.url);
  workerClockAheadMs = 0;
  inbox.clear();
  await db.prisma.reminder.deleteMany();
  await db.prisma.$executeRawUnsafe(`DELETE FROM "rate_limit_bucket" WHERE key LIKE 'reminder-sign-up:%'`);
});

const signUpRequest = (email: string, fields: Record<string, string> = {}, address = "203.0.113.7") =>
  formPost("/api/reminders/sign-up", { email, when: "in-3-months", frequency: "monthly", amount: "8", currency: "EUR", ...fields }, { "x-forwarded-for": address });

/** A sign-up, once the worker has done its part. */
async function signUp(email: string, fields: Record<string, string> = {}, address = "203.0.113.7") {
  const response = await routes.signUp(signUpRequest(email, fields, address));
  await waitForRequestJobs(db.url);
  return response;
}

describe("when a reader asks to be emailed later", () => {
  it("stores the address only encrypted, keeps their choice and emails a confirmation link", async () => {
    const response = await signUp("reader.one@example.org");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^http:\/\/reminders\.test\/remind\/check-your-email\?month=\d{4}-\d{2}$/);

    const [mail] = await inbox.waitForMessages(1);
    expect(mail!.to).toMatchObject({ text: "reader.one@example.org" });
    expect(mail!.subject).toMatch(/^Confirm your reminder/);
    expect(linkIn(mail!, `${APP_URL}/remind/confirm?token=`)).toBeTruthy();
    expect(rawHeader(mail!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

    const rows = await db.prisma.reminder.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "PENDING_CONFIRMATION", frequency: "MONTHLY", amount: 800, currency: "eur", source: "appeal" });
    expect(JSON.stringify(rows[0])).not.toContain("reader.one");
    expect(rows[0]!.clientAddressHash).not.toContain("203.0.113.7");
  });

  it("schedules the reminder only once the confirmation link is used, and only once", async () => {
    await signUp("reader.two@example.org");
    const [mail] = await inbox.waitForMessages(1);
    const token = tokenOf(linkIn(mail!, `${APP_URL}/remind/confirm?token=`));
    expect((await db.prisma.reminder.findFirstOrThrow()).status).toBe("PENDING_CONFIRMATION");

    const confirmed = await routes.confirm(formPost("/api/reminders/confirm", { token }));
    expect(confirmed.headers.get("location")).toMatch(/\/remind\/confirm\?confirmed=\d{4}-\d{2}$/);
    const row = await db.prisma.reminder.findFirstOrThrow();
    expect(row.status).toBe("SCHEDULED");
    expect(row.confirmTokenHash).toBeNull();

    const reused = await routes.confirm(formPost("/api/reminders/confirm", { token }, { accept: "application/json" }));
    expect(reused.status).toBe(400);
    expect((await reused.json()).error.code).toBe("invalid_token");
  });

  it("refuses a forged confirmation token and changes nothing", async () => {
    await signUp("reader.three@example.org");
    const forged = await routes.confirm(formPost("/api/reminders/confirm", { token: randomBytes(32).toString("base64url") }));
    expect(forged.headers.get("location")).toMatch(/\/remind\/confirm\?error=invalid_token$/);
    expect((await db.prisma.reminder.findFirstOrThrow()).status).toBe("PENDING_CONFIRMATION");
  });

  it("keeps one reminder when the same address signs up again for a month a day later, and only the newest link works", async () => {
    await signUp("Reader.Four@example.org");
    workerClockAheadMs = DAY_MS + 60_000;
    await signUp("reader.four@example.org ", { frequency: "annual", amount: "60" });
    const mails = await inbox.waitForMessages(2);
    expect(mails).toHaveLength(2);
    const rows = await db.prisma.reminder.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ frequency: "ANNUAL", amount: 6000 });

    const first = await routes.confirm(formPost("/api/reminders/confirm", { token: tokenOf(linkIn(mails[0]!, `${APP_URL}/remind/confirm?token=`)) }));
    expect(first.headers.get("location")).toContain("error=invalid_token");
    const second = await routes.confirm(formPost("/api/reminders/confirm", { token: tokenOf(linkIn(mails[1]!, `${APP_URL}/remind/confirm?token=`)) }));
    expect(second.headers.get("location")).toContain("confirmed=");
  });

  it("a stranger cannot mail-bomb an address through the sign-up form: one confirmation a day, and every repeat answers the same", async () => {
    const answers: string[] = [];
    for (const [when, address] of [
      ["in-3-months", "198.51.100.21"],
      ["in-3-months", "198.51.100.22"],
      ["in-6-months", "198.51.100.23"],
      ["in-3-months", "198.51.100.24"],
    ] as const) {
      const response = await signUp("target@example.org", { when }, address);
      answers.push(`${response.status} ${response.headers.get("location")?.replace(/month=\d{4}-\d{2}/, "month=M")}`);
    }
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toMatch(/^303 .*\/remind\/check-your-email\?month=M$/);
    // One confirmation went out, only one row waits for it, and every request was handled.
    expect(inbox.messages).toHaveLength(1);
    expect(await db.prisma.reminder.count()).toBe(1);
    expect(await queuedJobs(db.url, "reminder-sign-up").then((jobs) => jobs.filter((job) => job.state === "completed").length)).toBeGreaterThanOrEqual(4);
    // The one link sent still works.
    const confirmed = await routes.confirm(formPost("/api/reminders/confirm", { token: tokenOf(linkIn(inbox.messages[0]!, `${APP_URL}/remind/confirm?token=`)) }));
    expect(confirmed.headers.get("location")).toContain("confirmed=");
  });

  it("sends one confirmation when sign-ups for one address arrive together and the worker handles them at once", async () => {
    const answers = await Promise.all(["in-3-months", "in-6-months", "in-3-months", "in-12-months", "next-month"].map((when, i) => routes.signUp(signUpRequest("together@example.org", { when }, `198.51.100.4${i}`))));
    expect(answers.map((answer) => answer.status)).toEqual([303, 303, 303, 303, 303]);
    await waitForRequestJobs(db.url);
    expect(inbox.messages).toHaveLength(1);
    expect(await db.prisma.reminder.count()).toBe(1);
  });

  it("a stranger cannot tell from the sign-up form whether an address already has a reminder: the request only queues the same job", async () => {
    const { computeRemindMonth } = await import("@/lib/reminders/compute-remind-month");
    const month = computeRemindMonth("in-3-months", new Date());
    if (!month.ok) throw new Error(month.message);
    await createReminder(db.prisma, { email: "already@example.org", remindMonth: month.month });
    // Requests that read and write no reminder row answer while those tables are locked.
    const reminderTables = ["Reminder", "FunnelEvent"];
    const known = await runWhileTablesLocked(db.url, reminderTables, () => routes.signUp(signUpRequest("already@example.org", {}, "198.51.100.31")));
    const fresh = await runWhileTablesLocked(db.url, reminderTables, () => routes.signUp(signUpRequest("fresh@example.org", {}, "198.51.100.32")));
    if (known === WAITED_FOR_TABLE || fresh === WAITED_FOR_TABLE) throw new Error("the sign-up request touched the reminders before answering");
    expect([known.status, known.headers.get("location")]).toEqual([fresh.status, fresh.headers.get("location")]);
    expect(inbox.messages).toHaveLength(0);
    const jobs = (await queuedJobs(db.url, "reminder-sign-up")).slice(-2);
    expect(jobs).toHaveLength(2);
    expect(Object.keys(jobs[0]!.data).sort()).toEqual(Object.keys(jobs[1]!.data).sort());
    expect(JSON.stringify(jobs)).not.toMatch(/already@|fresh@/);

    // The worker then emails only the address that has no reminder yet.
    await waitForRequestJobs(db.url);
    expect(inbox.messages.map((mail) => mail.to)).toEqual([expect.objectContaining({ text: "fresh@example.org" })]);
  });

  it.each([
    ["an invalid address", { email: "not an address" }, "invalid_email"],
    ["no address", { email: "" }, "missing_email"],
    ["no time", { email: "reader@example.org", when: "" }, "missing_when"],
    ["a month that has started", { email: "reader@example.org", when: "chosen-month", month: new Date().toISOString().slice(0, 7) }, "invalid_month"],
    ["a month more than 12 months ahead", { email: "reader@example.org", when: "chosen-month", month: `${new Date().getUTCFullYear() + 2}-01` }, "invalid_month"],
  ])("answers %s clearly and stores nothing", async (_case, fields, code) => {
    const json = await routes.signUp(
      new Request(`${APP_URL}/api/reminders/sign-up`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify({ when: "next-month", ...fields }) }),
    );
    expect(json.status).toBe(400);
    expect((await json.json()).error).toMatchObject({ code, message: expect.stringMatching(/\w/) });

    const form = await routes.signUp(formPost("/api/reminders/sign-up", { when: "next-month", frequency: "monthly", ...fields }));
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toContain(`/remind?error=${code}`);
    expect(form.headers.get("location")).toContain("frequency=monthly");
    expect(form.headers.get("location")).not.toContain("reader%40example.org");
    expect(await db.prisma.reminder.count()).toBe(0);
    expect(inbox.messages).toHaveLength(0);
  });

  it("refuses in the reader's language, by its code: Accept-Language, or the form's own lang", async () => {
    const post = (body: object, headers: Record<string, string>) =>
      routes.signUp(new Request(`${APP_URL}/api/reminders/sign-up`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json", ...headers }, body: JSON.stringify(body) }));
    const byHeader = await post({ email: "not-an-address", when: "next-month" }, { "accept-language": "ru-RU,ru;q=0.9" });
    expect((await byHeader.json()).error).toEqual({ code: "invalid_email", field: "email", message: "Этот адрес электронной почты выглядит неверно. Проверьте его и попробуйте ещё раз." });
    const byField = await post({ email: "", when: "next-month", lang: "ru" }, {});
    expect((await byField.json()).error).toMatchObject({ code: "missing_email", message: "Введите адрес электронной почты, на который нам написать." });
    const unknown = await post({ email: "", when: "next-month", lang: "xx" }, { "accept-language": ";;;" });
    expect((await unknown.json()).error).toMatchObject({ code: "missing_email", message: "Enter the email address we should write to." });
    const token = await routes.confirm(
      new Request(`${APP_URL}/api/reminders/confirm`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json", "accept-language": "ru" }, body: JSON.stringify({ token: "nope" }) }),
    );
    expect(token.status).toBe(400);
    expect((await token.json()).error).toMatchObject({ code: "invalid_token", message: expect.stringContaining("больше 7 дней") });
    expect(await db.prisma.reminder.count()).toBe(0);
  });

  it("limits sign-ups per client address, shared through PostgreSQL", async () => {
    for (let i = 0; i < 5; i++) expect((await signUp(`limit${i}@example.org`, {}, "198.51.100.9")).headers.get("location")).toContain("check-your-email");
    const refused = await signUp("limit5@example.org", {}, "198.51.100.9");
    expect(refused.headers.get("location")).toContain("error=rate_limited");
    expect(await db.prisma.reminder.count()).toBe(5);
    expect((await signUp("other@example.org", {}, "198.51.100.10")).headers.get("location")).toContain("check-your-email");
  });

  it("deletes sign-ups left unconfirmed for 7 days, and their link stops working", async () => {
    await signUp("reader.five@example.org");
    const [mail] = await inbox.waitForMessages(1);
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    await db.prisma.reminder.updateMany({ data: { createdAt: eightDaysAgo } });
    const late = await routes.confirm(formPost("/api/reminders/confirm", { token: tokenOf(linkIn(mail!, `${APP_URL}/remind/confirm?token=`)) }));
    expect(late.headers.get("location")).toContain("error=invalid_token");
    expect(await routes.deleteExpired(db.prisma, new Date())).toBe(1);
    expect(await db.prisma.reminder.count()).toBe(0);
  });
});

describe("when a reader no longer wants the reminder", () => {
  async function confirmedSignUp(email: string) {
    await signUp(email);
    const [mail] = await inbox.waitForMessages(1);
    await routes.confirm(formPost("/api/reminders/confirm", { token: tokenOf(linkIn(mail!, `${APP_URL}/remind/confirm?token=`)) }));
    return mail!;
  }

  it("cancels every reminder still to come for the address through the visible link (it leads to a Cancel button)", async () => {
    const mail = await confirmedSignUp("reader.six@example.org");
    await createReminder(db.prisma, { email: "reader.six@example.org", remindMonth: "2099-01" });
    await createReminder(db.prisma, { email: "someone.else@example.org", remindMonth: "2099-01" });
    const cancelLink = linkIn(mail, `${APP_URL}/remind/cancel?token=`);
    const cancelled = await routes.cancel(formPost("/api/reminders/cancel", { token: tokenOf(cancelLink) }));
    expect(cancelled.headers.get("location")).toContain("/remind/cancel?cancelled=1");
    expect(await db.prisma.reminder.count({ where: { status: "CANCELLED", cancelReason: "reader" } })).toBe(2);
    expect(await db.prisma.reminder.count({ where: { status: "SCHEDULED" } })).toBe(1);
  });

  it("asks for confirmation again when a reader who cancelled signs up for the same month", async () => {
    const mail = await confirmedSignUp("reader.back@example.org");
    await routes.cancel(formPost("/api/reminders/cancel", { token: tokenOf(linkIn(mail, `${APP_URL}/remind/cancel?token=`)) }));
    inbox.clear();
    workerClockAheadMs = DAY_MS + 60_000;
    await signUp("reader.back@example.org");
    const [again] = await inbox.waitForMessages(1);
    expect(again!.subject).toMatch(/^Confirm your reminder/);
    expect(await db.prisma.reminder.findFirstOrThrow()).toMatchObject({ status: "PENDING_CONFIRMATION", cancelReason: null });
  });

  it("unsubscribes with RFC 8058 one-click: a cookieless POST to the List-Unsubscribe URL, repeatable", async () => {
    const mail = await confirmedSignUp("reader.seven@example.org");
    const url = unsubscribeUrlIn(mail);
    expect(url.startsWith(`${APP_URL}/api/reminders/unsubscribe?token=`)).toBe(true);

    const oneClick = () => routes.unsubscribe.POST(new Request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }));
    expect((await oneClick()).status).toBe(200);
    expect((await oneClick()).status).toBe(200);
    expect(await db.prisma.reminder.findFirstOrThrow()).toMatchObject({ status: "CANCELLED", cancelReason: "one-click" });

    inbox.clear();
    await routes.sendDue(db.prisma, { now: new Date(Date.now() + 400 * 86_400_000) });
    expect(inbox.messages).toHaveLength(0);
  });

  it("does not unsubscribe on a GET of the List-Unsubscribe URL (link scanners) but leads to the Cancel page", async () => {
    const mail = await confirmedSignUp("reader.eight@example.org");
    const url = unsubscribeUrlIn(mail);
    const response = await routes.unsubscribe.GET(new Request(url));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("/remind/cancel?token=");
    expect((await db.prisma.reminder.findFirstOrThrow()).status).toBe("SCHEDULED");
  });

  it("refuses a forged unsubscribe token", async () => {
    await confirmedSignUp("reader.nine@example.org");
    const response = await routes.unsubscribe.POST(new Request(`${APP_URL}/api/reminders/unsubscribe?token=abc.def`, { method: "POST", body: "List-Unsubscribe=One-Click" }));
    expect(response.status).toBe(400);
    expect((await db.prisma.reminder.findFirstOrThrow()).status).toBe("SCHEDULED");
  });
});
