// Newsletter consent through the route handlers, with a real SMTP server and a real job worker:
// sign-up (the request queues; the worker stores and emails), double opt-in, one-click withdrawal,
// the consented list, erasure. Bad input and forged tokens change nothing.
import { text } from "node:stream/consumers";
import type { TestDatabase } from "@/tests/helpers/test-database";
import { linkIn, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { startMailingApp, type MailingApp } from "@/tests/helpers/mailing-app";
import { queuedJobs, waitForRequestJobs } from "@/tests/helpers/request-jobs";

const APP_URL = "http://newsletter.test";
let db: TestDatabase;
let inbox: SmtpInbox;
let app: MailingApp | undefined;
let routes: {
  signUp: typeof import("@/app/api/newsletter/sign-up/route").POST;
  confirm: typeof import("@/app/api/newsletter/confirm/route").POST;
  unsubscribe: typeof import("@/app/api/newsletter/unsubscribe/route");
};

function formPost(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(`${APP_URL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.9", origin: APP_URL, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const oneClick = (url: string) => new Request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });

async function signUp(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await routes.signUp(formPost("/api/newsletter/sign-up", fields, headers));
  await waitForRequestJobs(db.url);
  return response;
}

async function consentFor(email: string) {
  const { emailIndex } = await import("@/lib/privacy/email-index");
  return db.prisma.newsletterConsent.findUnique({ where: { emailIndex: emailIndex(email) } });
}

beforeAll(async () => {
  app = await startMailingApp({ APP_URL, NEWSLETTER_SIGNUPS_PER_HOUR: "50", LOG_LEVEL: "warn" });
  ({ db, inbox } = app);
  routes = {
    signUp: (await import("@/app/api/newsletter/sign-up/route")).POST,
    confirm: (await import("@/app/api/newsletter/confirm/route")).POST,
    unsubscribe: await import("@/app/api/newsletter/unsubscribe/route"),
  };
});

afterAll(async () => app?.stop());

beforeEach(async () => {
  await waitForRequestJobs(db.url);
  inbox.clear();
  await db.prisma.newsletterConsent.deleteMany();
});

describe("a sign-up without the consent box ticked", () => {
  it("answers a clear error and stores and queues nothing", async () => {
    const before = (await queuedJobs(db.url, "newsletter-sign-up")).length;
    const json = await routes.signUp(formPost("/api/newsletter/sign-up", { email: "no-box@example.org" }, { accept: "application/json" }));
    expect(json.status).toBe(400);
    await expect(json.json()).resolves.toEqual({ error: { code: "missing_consent", field: "consent", message: expect.stringMatching(/Tick .Send me the weekly newsletter/) } });
    const form = await routes.signUp(formPost("/api/newsletter/sign-up", { email: "no-box@example.org", consent: "off" }));
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe(`${APP_URL}/newsletter?newsletter_error=missing_consent#newsletter`);
    expect((await queuedJobs(db.url, "newsletter-sign-up")).length).toBe(before);
    expect(await db.prisma.newsletterConsent.count()).toBe(0);
  });

  it("refuses a bad address in the reader's language", async () => {
    const response = await routes.signUp(formPost("/api/newsletter/sign-up", { email: "not-an-address", consent: "on", lang: "ru" }, { accept: "application/json" }));
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toMatchObject({ error: { code: "invalid_email", message: expect.stringMatching(/адрес/) } });
  });
});

describe("a sign-up with consent", () => {
  it("stores the consent encrypted with its time, wording version and language, and mails a discreet confirmation in that language", async () => {
    const email = "reader@example.org";
    const response = await signUp({ email, consent: "on", lang: "ru", source: "newsletter-page" });
    expect(response.headers.get("location")).toBe(`${APP_URL}/newsletter/check-your-email`);
    const consent = await consentFor(email);
    expect(consent).toMatchObject({ status: "PENDING_CONFIRMATION", locale: "ru", source: "newsletter-page", consentVersion: expect.stringMatching(/^ru-[0-9a-f]{12}$/) });
    expect(consent!.consentedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(consent!.emailEncrypted).not.toContain("reader");
    const [mail] = await inbox.waitForMessages(1);
    expect(mail!.subject).toBe("Подтвердите подписку");
    expect(mail!.subject).not.toContain("Independent");
  });

  it("confirms through the emailed link's button once, and refuses a forged or spent token", async () => {
    const email = "confirming@example.org";
    await signUp({ email, consent: "on" });
    const [mail] = await inbox.waitForMessages(1);
    const token = new URL(linkIn(mail!, `${APP_URL}/newsletter/confirm?token=`)).searchParams.get("token")!;
    const forged = await routes.confirm(formPost("/api/newsletter/confirm", { token: `${token}x` }, { accept: "application/json" }));
    expect(forged.status).toBe(400);
    expect((await consentFor(email))!.status).toBe("PENDING_CONFIRMATION");
    const confirmed = await routes.confirm(formPost("/api/newsletter/confirm", { token }));
    expect(confirmed.headers.get("location")).toBe(`${APP_URL}/newsletter/confirm?confirmed=1`);
    expect(await consentFor(email)).toMatchObject({ status: "CONFIRMED", confirmedAt: expect.any(Date), confirmTokenHash: null });
    const again = await routes.confirm(formPost("/api/newsletter/confirm", { token }));
    expect(again.headers.get("location")).toBe(`${APP_URL}/newsletter/confirm?error=invalid_token`);
  });

  it("sends one confirmation a day to an address, however often it is signed up", async () => {
    await signUp({ email: "twice@example.org", consent: "on" });
    await signUp({ email: "Twice@Example.org", consent: "on" });
    expect(await inbox.settled()).toHaveLength(1);
    expect(await db.prisma.newsletterConsent.count()).toBe(1);
  });

  it("uses the gift's address when the thank-you page's field is left empty", async () => {
    const { encryptPii } = await import("@/lib/privacy/encrypt-pii");
    const supporter = await db.prisma.supporter.create({ data: { emailEncrypted: encryptPii("giver@example.org") } });
    await db.prisma.donation.create({ data: { supporterId: supporter.id, amount: 1000, currency: "usd", frequency: "ONCE", status: "SUCCEEDED", stripeCheckoutSessionId: "cs_test_newsletter_gift" } });
    const response = await signUp({ email: "", consent: "on", source: "thank-you", session_id: "cs_test_newsletter_gift" });
    expect(response.headers.get("location")).toBe(`${APP_URL}/newsletter/check-your-email`);
    expect(await consentFor("giver@example.org")).toMatchObject({ status: "PENDING_CONFIRMATION", source: "thank-you" });
    const [mail] = await inbox.waitForMessages(1);
    expect(mail!.to).toMatchObject({ text: "giver@example.org" });
  });

  it("uses a recurring gift's address while its first payment has not settled (no donation yet)", async () => {
    const { encryptPii } = await import("@/lib/privacy/encrypt-pii");
    const supporter = await db.prisma.supporter.create({ data: { emailEncrypted: encryptPii("debit@example.org") } });
    const attempt = await db.prisma.checkoutAttempt.create({ data: { frequency: "MONTHLY", amount: 500, currency: "eur", stripeCheckoutSessionId: "cs_test_newsletter_debit" } });
    await db.prisma.subscription.create({
      data: { stripeSubscriptionId: "sub_newsletter_debit", supporterId: supporter.id, checkoutAttemptId: attempt.id, status: "INCOMPLETE", frequency: "MONTHLY", amount: 500, currency: "eur", startedAt: new Date() },
    });
    await signUp({ consent: "on", source: "thank-you", session_id: "cs_test_newsletter_debit" });
    expect(await consentFor("debit@example.org")).toMatchObject({ status: "PENDING_CONFIRMATION", source: "thank-you" });
  });
});

describe("the box beside a reminder on /remind", () => {
  it("signs the address up for the newsletter only when ticked", async () => {
    const signUpReminder = (await import("@/app/api/reminders/sign-up/route")).POST;
    await signUpReminder(formPost("/api/reminders/sign-up", { email: "reminder-only@example.org", when: "in-3-months" }));
    await signUpReminder(formPost("/api/reminders/sign-up", { email: "both@example.org", when: "in-3-months", newsletter: "on", lang: "ru" }));
    await waitForRequestJobs(db.url);
    expect(await consentFor("reminder-only@example.org")).toBeNull();
    expect(await consentFor("both@example.org")).toMatchObject({ status: "PENDING_CONFIRMATION", source: "remind", locale: "ru" });
  });
});

describe("one-click withdrawal (RFC 8058)", () => {
  async function confirmedConsent(email: string) {
    await signUp({ email, consent: "on" });
    const [mail] = await inbox.waitForMessages(1);
    await routes.confirm(formPost("/api/newsletter/confirm", { token: new URL(linkIn(mail!, `${APP_URL}/newsletter/confirm?token=`)).searchParams.get("token")! }));
    return (await consentFor(email))!;
  }

  it("withdraws on the POST of the signed URL, keeps when and how, and drops the address from the consented list", async () => {
    const consent = await confirmedConsent("leaving@example.org");
    const { newsletterUnsubscribeUrl } = await import("@/lib/newsletter/newsletter-links");
    const { streamNewsletterCsv } = await import("@/lib/newsletter/stream-newsletter-csv");
    const url = newsletterUnsubscribeUrl(consent.id);
    const listed = await text(streamNewsletterCsv(db.prisma));
    expect(listed).toContain(`leaving@example.org,en,`);
    expect(listed).toContain(url);
    // A GET (a link scanner) changes nothing.
    const get = routes.unsubscribe.GET(new Request(url));
    expect(get.headers.get("location")).toMatch(`${APP_URL}/newsletter/unsubscribe?token=`);
    expect((await consentFor("leaving@example.org"))!.status).toBe("CONFIRMED");
    const response = await routes.unsubscribe.POST(oneClick(url));
    expect(response.status).toBe(200);
    expect(await consentFor("leaving@example.org")).toMatchObject({ status: "WITHDRAWN", withdrawnVia: "one-click", withdrawnAt: expect.any(Date) });
    expect((await routes.unsubscribe.POST(oneClick(url))).status).toBe(200);
    expect(await text(streamNewsletterCsv(db.prisma))).not.toContain("leaving@example.org");
  });

  it("refuses a forged token and a POST without the one-click body, changing nothing", async () => {
    const consent = await confirmedConsent("staying@example.org");
    const { newsletterUnsubscribeUrl } = await import("@/lib/newsletter/newsletter-links");
    const forged = `${APP_URL}/api/newsletter/unsubscribe?token=${consent.id}.${"A".repeat(43)}`;
    expect((await routes.unsubscribe.POST(oneClick(forged))).status).toBe(400);
    const otherId = `${APP_URL}/api/newsletter/unsubscribe?token=${encodeURIComponent(new URL(newsletterUnsubscribeUrl("someone-else")).searchParams.get("token")!.replace("someone-else", consent.id))}`;
    expect((await routes.unsubscribe.POST(oneClick(otherId))).status).toBe(400);
    const noBody = await routes.unsubscribe.POST(new Request(newsletterUnsubscribeUrl(consent.id), { method: "POST" }));
    expect(noBody.status).toBe(400);
    expect((await consentFor("staying@example.org"))!.status).toBe("CONFIRMED");
  });
});

describe("csv formula injection through a newsletter address", () => {
  it("exports an address that starts like a formula as text", async () => {
    const { encryptPii } = await import("@/lib/privacy/encrypt-pii");
    const { emailIndex } = await import("@/lib/privacy/email-index");
    const { streamNewsletterCsv } = await import("@/lib/newsletter/stream-newsletter-csv");
    const email = "+1+cmd@example.org";
    const at = new Date();
    await db.prisma.newsletterConsent.create({
      data: { emailIndex: emailIndex(email), emailEncrypted: encryptPii(email), status: "CONFIRMED", source: "newsletter-page", consentVersion: "en-000000000000", locale: "en", consentedAt: at, confirmedAt: at },
    });
    const rows = (await text(streamNewsletterCsv(db.prisma))).split("\n");
    expect(rows).toContainEqual(expect.stringMatching(/^'\+1\+cmd@example\.org,en,/));
  });
});

describe("erasure", () => {
  it("erases the address's newsletter consent with the supporter, and the supporter's export includes it before", async () => {
    const { encryptPii } = await import("@/lib/privacy/encrypt-pii");
    const { emailIndex } = await import("@/lib/privacy/email-index");
    const email = "erase-me@example.org";
    const supporter = await db.prisma.supporter.create({ data: { emailEncrypted: encryptPii(email), emailIndex: emailIndex(email) } });
    const staff = await db.prisma.user.create({ data: { email: "admin@newsroom.test", role: "ADMIN" } });
    await signUp({ email, consent: "on" });
    const { exportSupporter } = await import("@/lib/privacy/export-supporter");
    expect((await exportSupporter(db.prisma, supporter.id, { userId: staff.id }))!.newsletterConsent).toMatchObject({ status: "PENDING_CONFIRMATION", locale: "en" });
    const { eraseSupporter } = await import("@/lib/privacy/erase-supporter");
    await expect(eraseSupporter(db.prisma, supporter.id, { actorUserId: staff.id, atStripe: "keep" })).resolves.toMatchObject({ erased: true, newsletterConsentsDeleted: 1 });
    expect(await consentFor(email)).toBeNull();
  });
});
