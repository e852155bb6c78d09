// The signed webhook to the mailing tool, delivered by a real pg-boss worker to a local HTTP
// receiver that verifies the signature as the README tells a mailing tool to: each change of
// consent arrives signed; a receiver that fails gets the same event again, until it answers 2xx or
// the retries run out.
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestDatabase } from "@/tests/helpers/test-database";
import { linkIn, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { startMailingApp, type MailingApp } from "@/tests/helpers/mailing-app";
import { queuedJobs, waitForRequestJobs } from "@/tests/helpers/request-jobs";
import { waitFor } from "@/tests/helpers/wait-for";

const APP_URL = "http://newsletter-webhook.test";
const SECRET = randomBytes(32).toString("base64");

type Delivery = { signature: string | undefined; eventId: string | undefined; body: string; at: number };

let db: TestDatabase;
let inbox: SmtpInbox;
let app: MailingApp | undefined;
let receiver: Server;
let receiverUrl: string;
const deliveries: Delivery[] = [];
/** Statuses the receiver answers with, in turn; 200 once they run out. */
let answers: number[] = [];

const formPost = (path: string, fields: Record<string, string>) =>
  new Request(`${APP_URL}${path}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.21", origin: APP_URL }, body: new URLSearchParams(fields).toString() });

async function lib() {
  return {
    ...(await import("@/lib/newsletter/sign-newsletter-webhook")),
    ...(await import("@/lib/newsletter/queue-newsletter-change")),
    ...(await import("@/lib/newsletter/newsletter-webhook-setting")),
    ...(await import("@/lib/privacy/encrypt-pii")),
  };
}

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      deliveries.push({ signature: request.headers["x-signature"] as string | undefined, eventId: request.headers["x-event-id"] as string | undefined, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      response.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/newsletter`;
  app = await startMailingApp({ APP_URL, NEWSLETTER_WEBHOOK_SECRET: SECRET, LOG_LEVEL: "error" });
  ({ db, inbox } = app);
});

afterAll(async () => {
  await app?.stop();
  await new Promise((resolve) => receiver.close(resolve));
});

beforeEach(async () => {
  await waitForRequestJobs(db.url);
  deliveries.splice(0);
  answers = [];
  inbox.clear();
  const { updateNewsletterWebhookUrl } = await lib();
  const staff = await db.prisma.user.upsert({ where: { email: "admin@newsroom.test" }, update: {}, create: { email: "admin@newsroom.test", role: "ADMIN" } });
  await expect(updateNewsletterWebhookUrl(db.prisma, receiverUrl, staff.id)).resolves.toEqual({ ok: true, url: receiverUrl });
});

it("delivers sign-up, confirmation and withdrawal, each signed so the receiver can verify it", async () => {
  const { verifyNewsletterWebhook } = await lib();
  const signUp = (await import("@/app/api/newsletter/sign-up/route")).POST;
  const confirm = (await import("@/app/api/newsletter/confirm/route")).POST;
  const unsubscribe = (await import("@/app/api/newsletter/unsubscribe/route")).POST;
  await signUp(formPost("/api/newsletter/sign-up", { email: "synced@example.org", consent: "on", lang: "ru" }));
  const [mail] = await inbox.waitForMessages(1, 20_000);
  // Deliveries run in parallel and retries reorder them (receivers order by `created`): a reader takes seconds.
  await waitFor("the sign-up's webhook", () => deliveries.length >= 1, { timeoutMs: 20_000 });
  await confirm(formPost("/api/newsletter/confirm", { token: new URL(linkIn(mail!, `${APP_URL}/newsletter/confirm?token=`)).searchParams.get("token")! }));
  await waitFor("the confirmation's webhook", () => deliveries.length >= 2, { timeoutMs: 20_000 });
  const confirmed = JSON.parse(deliveries[1]!.body);
  await unsubscribe(new Request(confirmed.data.unsubscribeUrl, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }));
  await waitForRequestJobs(db.url);

  expect(deliveries.map((d) => JSON.parse(d.body).type)).toEqual(["newsletter.subscribed", "newsletter.confirmed", "newsletter.withdrawn"]);
  for (const delivery of deliveries) {
    expect(verifyNewsletterWebhook(SECRET, delivery.signature, delivery.body, new Date())).toBe(true);
    expect(verifyNewsletterWebhook(randomBytes(32).toString("base64"), delivery.signature, delivery.body, new Date())).toBe(false);
    expect(verifyNewsletterWebhook(SECRET, delivery.signature, delivery.body.replace("synced@", "attacker@"), new Date())).toBe(false);
    expect(JSON.parse(delivery.body)).toMatchObject({ id: delivery.eventId, data: { email: "synced@example.org", language: "ru", consentVersion: expect.stringMatching(/^ru-/) } });
  }
  expect(confirmed.data.unsubscribeUrl).toMatch(`${APP_URL}/api/newsletter/unsubscribe?token=`);
  expect(JSON.parse(deliveries[2]!.body).data).toMatchObject({ reason: "one-click", unsubscribeUrl: null });
});

it("retries a delivery the receiver refused, with the same event and a fresh valid signature, until it is taken", async () => {
  const { queueNewsletterChange, encryptPii, verifyNewsletterWebhook } = await lib();
  answers = [503, 500];
  const change = { type: "confirmed" as const, consentId: "consent_retry", emailEncrypted: encryptPii("retry@example.org"), locale: "en", consentVersion: "en-000000000000" };
  await expect(queueNewsletterChange(db.prisma, change, new Date(), { limit: 3, delaySeconds: 1, backoff: false })).resolves.toBe("queued");
  await waitForRequestJobs(db.url, 30_000);
  expect(deliveries).toHaveLength(3);
  expect(new Set(deliveries.map((d) => d.eventId)).size).toBe(1);
  expect(new Set(deliveries.map((d) => d.body)).size).toBe(1);
  for (const delivery of deliveries) expect(verifyNewsletterWebhook(SECRET, delivery.signature, delivery.body, new Date())).toBe(true);
  expect(deliveries[1]!.at - deliveries[0]!.at).toBeGreaterThanOrEqual(900);
  expect((await queuedJobs(db.url, "newsletter-webhook")).at(-1)!.state).toBe("completed");
});

it("gives a delivery up once its retries are spent", async () => {
  const { queueNewsletterChange, encryptPii } = await lib();
  answers = [500, 500, 500];
  const change = { type: "withdrawn" as const, consentId: "consent_down", emailEncrypted: encryptPii("down@example.org"), locale: "en", consentVersion: "en-000000000000" };
  await queueNewsletterChange(db.prisma, change, new Date(), { limit: 1, delaySeconds: 1, backoff: false });
  await waitForRequestJobs(db.url, 30_000);
  expect(deliveries).toHaveLength(2);
  expect((await queuedJobs(db.url, "newsletter-webhook")).at(-1)!.state).toBe("failed");
});

it("queues nothing while no URL is set, and refuses a URL that is not http(s)", async () => {
  const { queueNewsletterChange, updateNewsletterWebhookUrl, getNewsletterWebhookUrl, encryptPii } = await lib();
  const staff = await db.prisma.user.findUniqueOrThrow({ where: { email: "admin@newsroom.test" } });
  await expect(updateNewsletterWebhookUrl(db.prisma, "javascript:alert(1)", staff.id)).resolves.toMatchObject({ ok: false });
  expect(await getNewsletterWebhookUrl(db.prisma)).toBe(receiverUrl);
  await updateNewsletterWebhookUrl(db.prisma, "", staff.id);
  const change = { type: "subscribed" as const, consentId: "consent_none", emailEncrypted: encryptPii("none@example.org"), locale: "en", consentVersion: "en-000000000000" };
  await expect(queueNewsletterChange(db.prisma, change, new Date())).resolves.toBe("no webhook");
  expect(await db.prisma.auditLog.count({ where: { action: "settings.updated", targetId: "newsletter-webhook" } })).toBeGreaterThanOrEqual(2);
});
