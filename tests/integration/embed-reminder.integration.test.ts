// "Remind me later" inside the embedded appeal (issue 18, item 5), through the route handlers with a
// real PostgreSQL, a real SMTP server and a real job worker: the snooze and the email sign-up answer
// inside the frame, a sign-up is the very sign-up of /remind (queue, double opt-in, rate limit,
// same answer for every address), it is counted per day, placement, variant and article, and a
// forged placement, variant or article is ignored, never counted or kept as given.
import { randomBytes } from "node:crypto";
import { closeAppDatabase } from "@/tests/helpers/app-database";
import { queuedJobs, startRequestWorker, waitForRequestJobs, type RequestWorker } from "@/tests/helpers/request-jobs";
import { linkIn, startSmtpInbox, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

type Routes = {
  embedSignUp: typeof import("@/app/api/embed/reminder/route").POST;
  embedSnooze: typeof import("@/app/api/embed/snooze/route").POST;
  remindSignUp: typeof import("@/app/api/reminders/sign-up/route").POST;
  confirm: typeof import("@/app/api/reminders/confirm/route").POST;
};

const APP_URL = "http://give.test";
const NEWS = "https://news.example.org";
const FRAME = `${APP_URL}/embed/remind/en?placement=footer&variant=b&article=${encodeURIComponent(`${NEWS}/2026/story`)}`;
let db: TestDatabase;
let inbox: SmtpInbox;
let routes: Routes;
let worker: RequestWorker | undefined;

function formPost(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(`${APP_URL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.9", origin: APP_URL, referer: FRAME, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const place = { placement: "footer", variant: "b", article: `${NEWS}/2026/story`, lang: "en" };
const signUpFields = (email: string, fields: Record<string, string> = {}) => ({ ...place, email, when: "in-3-months", ...fields });

async function counters() {
  const rows = await db.prisma.appealCounter.findMany({ select: { placement: true, variant: true, articlePath: true, views: true, clicks: true, reminderSignUps: true } });
  return rows.sort((a, b) => `${a.placement}${a.variant}${a.articlePath}`.localeCompare(`${b.placement}${b.variant}${b.articlePath}`));
}

beforeAll(async () => {
  db = await createTestDatabase();
  inbox = await startSmtpInbox();
  Object.assign(process.env, { DATABASE_URL: db.url, SMTP_URL: inbox.url, APP_URL, EMBED_ALLOWED_ORIGINS: NEWS, REMINDER_SIGNUPS_PER_HOUR: "5", LOG_LEVEL: "error" });
  const { setPiiKeysForProcess } = await import("@/lib/privacy/pii-keys");
  setPiiKeysForProcess({ currentKeyId: "t1", encryptionKeys: new Map([["t1", randomBytes(32)]]), indexKey: randomBytes(32) });
  routes = {
    embedSignUp: (await import("@/app/api/embed/reminder/route")).POST,
    embedSnooze: (await import("@/app/api/embed/snooze/route")).POST,
    remindSignUp: (await import("@/app/api/reminders/sign-up/route")).POST,
    confirm: (await import("@/app/api/reminders/confirm/route")).POST,
  };
  worker = await startRequestWorker(db.url);
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
  inbox.clear();
  await db.prisma.reminder.deleteMany();
  await db.prisma.appealCounter.deleteMany();
  await db.prisma.$executeRawUnsafe(`DELETE FROM "rate_limit_bucket" WHERE key LIKE 'reminder-sign-up:%'`);
});

describe("the email reminder inside the embedded appeal", () => {
  it("answers inside the frame, emails the double opt-in link, and counts the sign-up under its placement, variant and article only", async () => {
    const response = await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("framed.reader@example.org", { lang: "ru" })));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.origin + location.pathname).toBe(`${APP_URL}/embed/remind/ru`);
    expect(Object.fromEntries(location.searchParams)).toEqual({ placement: "footer", variant: "b", article: `${NEWS}/2026/story`, sent: expect.stringMatching(/^\d{4}-\d{2}$/) });
    expect(response.headers.get("location")).not.toContain("framed.reader");

    expect(await counters()).toEqual([{ placement: "footer", variant: "b", articlePath: "/2026/story", views: 0, clicks: 0, reminderSignUps: 1 }]);

    await waitForRequestJobs(db.url);
    const [mail] = await inbox.waitForMessages(1);
    expect(mail!.to).toMatchObject({ text: "framed.reader@example.org" });
    const confirmLink = linkIn(mail!, `${APP_URL}/remind/confirm?token=`);
    // Nothing about where the reader read is kept with their reminder.
    const reminder = await db.prisma.reminder.findFirstOrThrow();
    expect(reminder).toMatchObject({ status: "PENDING_CONFIRMATION", locale: "ru", placement: null, variant: null, articlePath: null });
    const jobs = await queuedJobs(db.url, "reminder-sign-up");
    expect(JSON.stringify(jobs)).not.toMatch(/story|footer/);

    const confirmed = await routes.confirm(formPost("/api/reminders/confirm", { token: new URL(confirmLink).searchParams.get("token")! }));
    expect(confirmed.headers.get("location")).toContain("confirmed=");
    expect((await db.prisma.reminder.findFirstOrThrow()).status).toBe("SCHEDULED");
  });

  it("answers the same for a known and an unknown address", async () => {
    await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("known@example.org"), { "x-forwarded-for": "198.51.100.1" }));
    await waitForRequestJobs(db.url);
    const known = await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("known@example.org"), { "x-forwarded-for": "198.51.100.2" }));
    const unknown = await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("unknown@example.org"), { "x-forwarded-for": "198.51.100.3" }));
    expect([known.status, known.headers.get("location")]).toEqual([unknown.status, unknown.headers.get("location")]);
  });

  it("shares /remind's rate limit: a connection that spent it there is refused inside the frame, with the place kept", async () => {
    for (let i = 0; i < 5; i += 1) {
      const response = await routes.remindSignUp(formPost("/api/reminders/sign-up", { email: `spent${i}@example.org`, when: "in-3-months" }, { referer: `${APP_URL}/remind` }));
      expect(response.status).toBe(303);
    }
    const refused = await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("one.more@example.org")));
    expect(refused.status).toBe(303);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    const location = new URL(refused.headers.get("location")!);
    expect(location.pathname).toBe("/embed/remind/en");
    expect(location.searchParams.get("error")).toBe("rate_limited");
    expect(location.searchParams.get("placement")).toBe("footer");
    expect(await counters()).toEqual([]);
  });

  it("sends a wrong address back to the frame's form with the error and nothing counted", async () => {
    const response = await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("not an address", { when: "chosen-month", month: "2099-01" })));
    const location = new URL(response.headers.get("location")!);
    expect(Object.fromEntries(location.searchParams)).toEqual({ placement: "footer", variant: "b", article: `${NEWS}/2026/story`, error: "invalid_email", when: "chosen-month", month: "2099-01" });
    expect(await counters()).toEqual([]);
    await waitForRequestJobs(db.url);
    expect(await db.prisma.reminder.count()).toBe(0);
  });

  it("ignores a forged placement, variant and article: never counted or sent back as given", async () => {
    const forgedPlacement = await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("a@example.org", { placement: "sidebar", variant: "a", article: "/news/one" }), { "x-forwarded-for": "198.51.100.11" }));
    expect(new URL(forgedPlacement.headers.get("location")!).search).toMatch(/^\?sent=\d{4}-\d{2}$/);
    const forgedVariant = await routes.embedSignUp(
      formPost("/api/embed/reminder", signUpFields("b@example.org", { variant: "z<script>", article: "https://evil.example/phish?id=reader42" }), { "x-forwarded-for": "198.51.100.12" }),
    );
    const kept = new URL(forgedVariant.headers.get("location")!).searchParams;
    expect([kept.get("variant"), kept.get("article")]).toEqual([null, "/phish"]);
    const forgedArticle = await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("c@example.org", { article: "javascript:alert(1)" }), { "x-forwarded-for": "198.51.100.13" }));
    expect(new URL(forgedArticle.headers.get("location")!).searchParams.get("article")).toBeNull();
    const longPath = await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("d@example.org", { article: `/${"x".repeat(600)}` }), { "x-forwarded-for": "198.51.100.14" }));
    expect(longPath.status).toBe(303);

    // A forged variant counts under the appeal's own copy (a), a forged article under no article.
    expect(await counters()).toEqual([
      { placement: "footer", variant: "a", articlePath: "/phish", views: 0, clicks: 0, reminderSignUps: 1 },
      { placement: "footer", variant: "b", articlePath: "", views: 0, clicks: 0, reminderSignUps: 2 },
    ]);
  });

  it("refuses a post from another site's page, and from another sandboxed frame, and changes nothing", async () => {
    const otherSite = await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("x@example.org"), { origin: NEWS, referer: `${NEWS}/2026/story` }));
    const otherFrame = await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("y@example.org"), { origin: "null", referer: `${NEWS}/2026/story` }));
    expect([otherSite.status, otherFrame.status]).toEqual([403, 403]);
    // Our own frame, were it sandboxed without its origin, still passes the narrowed Origin-null rule.
    const ownFrame = await routes.embedSignUp(formPost("/api/embed/reminder", signUpFields("z@example.org"), { origin: "null" }));
    expect(ownFrame.status).toBe(303);
    expect(await counters()).toEqual([{ placement: "footer", variant: "b", articlePath: "/2026/story", views: 0, clicks: 0, reminderSignUps: 1 }]);
  });
});

describe("not now inside the embedded appeal", () => {
  it("sets the snooze cookie for the snooze period and answers inside the frame", async () => {
    const response = await routes.embedSnooze(formPost("/api/embed/snooze", place));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/embed/remind/en");
    const days = Number(location.searchParams.get("snoozed"));
    expect(days).toBeGreaterThan(0);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^appeal_snoozed_until=[^;]+; Max-Age=(\d+); Path=\/; SameSite=Lax; HttpOnly$/);
    expect(Number(/Max-Age=(\d+)/.exec(cookie)![1])).toBe(days * 86_400);
    expect(await db.prisma.funnelEvent.count({ where: { kind: "SNOOZE" } })).toBeGreaterThanOrEqual(1);
  });

  it("refuses a snooze posted from another site", async () => {
    const response = await routes.embedSnooze(formPost("/api/embed/snooze", place, { origin: "https://evil.example", referer: "https://evil.example/" }));
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });
});
