// Scale-out on one machine: two production web instances and two workers on one PostgreSQL.
// Whatever one instance counts, records or saves, the other sees: rate limits, webhook claims and
// reminder claims live in the database; the settings cache is per instance and follows the
// database within STORED_SETTINGS_TTL_MS (README, "Appeal and checkout").
import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import Stripe from "stripe";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { STORED_SETTINGS_TTL_MS } from "@/lib/settings/load-stored-appeal-settings";
import { launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { messagesTo } from "@/tests/helpers/mailbox";
import { waitForJobsToDrain } from "@/tests/helpers/request-jobs";
import { createStaffSession } from "@/tests/helpers/staff-session";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { e2eAppEnv, startWebInstance, startWorkerProcess, type Running, type WebInstance } from "@/tests/helpers/scale-processes";
import { waitFor } from "@/tests/helpers/wait-for";

const CHECKOUT_POINTS = 4;

describe("two web instances and two workers on one database", () => {
  let prisma: PrismaClient;
  let a: WebInstance;
  let b: WebInstance;
  const running: Running[] = [];
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    const env = e2eAppEnv();
    Object.assign(process.env, env);
    const { parseEncryptionKeys, setPiiKeysForProcess } = await import("@/lib/privacy/pii-keys");
    const keys = parseEncryptionKeys(env.PII_ENCRYPTION_KEYS!);
    setPiiKeysForProcess({ currentKeyId: [...keys.keys()][0]!, encryptionKeys: keys, indexKey: Buffer.from(env.PII_INDEX_KEY!, "base64") });
    prisma = createPrismaClient(env.DATABASE_URL!, 4);
    const limits = { CHECKOUT_RATE_LIMIT_POINTS: String(CHECKOUT_POINTS) };
    [a, b] = await Promise.all([startWebInstance(limits), startWebInstance(limits)]);
    running.push(a, b);
    running.push(...(await Promise.all([startWorkerProcess(), startWorkerProcess()])));
  });
  afterAll(async () => {
    await session?.close();
    await Promise.all(running.map((process) => process.stop()));
    await prisma?.$disconnect();
  });

  it("counts one client's checkouts against one budget, whichever instance takes them and whatever X-Forwarded-For prefix it forges", async () => {
    const client = "192.0.2.77";
    const statuses: number[] = [];
    for (let i = 0; i <= CHECKOUT_POINTS; i += 1) {
      const instance = i % 2 === 0 ? a : b;
      const response = await fetch(`${instance.baseUrl}/api/checkout`, {
        method: "POST",
        // As the load balancer passes it on: the client's forged entries, then the address it saw.
        headers: { "content-type": "application/json", accept: "application/json", "x-forwarded-for": `10.${i}.0.1, 198.51.100.${i}, ${client}` },
        body: JSON.stringify({ frequency: "once", amount: "10", currency: "usd" }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array<number>(CHECKOUT_POINTS).fill(200), 429]);
  });

  it("applies a webhook delivered to both instances at once exactly once", async () => {
    const stripe = new Stripe("sk_test_e2e", { host: new URL(e2eAppEnv().STRIPE_API_BASE!).hostname, port: Number(new URL(e2eAppEnv().STRIPE_API_BASE!).port), protocol: "http", telemetry: false });
    const email = `twice-${randomUUID().slice(0, 8)}@example.org`;
    const customer = await stripe.customers.create({ email, name: "Renamed At Stripe" });
    const { emailIndex } = await import("@/lib/privacy/email-index");
    const { decryptPii, encryptPii } = await import("@/lib/privacy/encrypt-pii");
    // A supporter the ledger already knows, under this customer, with the name before the edit.
    const supporter = await prisma.supporter.create({ data: { emailIndex: emailIndex(email), emailEncrypted: encryptPii(email), nameEncrypted: encryptPii("Before Edit") } });
    await prisma.stripeCustomer.create({ data: { id: customer.id, supporterId: supporter.id, createdAt: new Date(customer.created * 1000) } });
    const event = {
      id: `evt_scale_${randomUUID().replace(/-/g, "")}`,
      object: "event",
      api_version: "2026-11-18.endive",
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type: "customer.updated",
      data: { object: customer },
    };
    const deliver = (instance: WebInstance) => fetch(signedWebhookRequest(event, { secret: e2eAppEnv().STRIPE_WEBHOOK_SECRET!, url: `${instance.baseUrl}/api/stripe/webhook` }));
    const first = await Promise.all([deliver(a), deliver(b)]);
    // One applies it; the other answers "duplicate" (200) or "busy" (5xx, so Stripe would retry and then find it applied).
    expect(first.map((response) => response.status).some((status) => status === 200)).toBe(true);
    const retried = await Promise.all(first.map((response, i) => (response.status === 200 ? response : deliver(i === 0 ? a : b))));
    expect(retried.map((response) => response.status)).toEqual([200, 200]);
    const row = await prisma.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    // One application (attempts counts the deliveries that claimed it), and its effect is there.
    expect({ status: row.status, outcome: row.outcome, attempts: row.attempts }).toEqual({ status: "PROCESSED", outcome: "supporter updated", attempts: 1 });
    const after = await prisma.supporter.findUniqueOrThrow({ where: { id: supporter.id }, select: { nameEncrypted: true } });
    expect(decryptPii(after.nameEncrypted!)).toBe("Renamed At Stripe");
    expect(await prisma.supporter.count({ where: { emailIndex: emailIndex(email) } })).toBe(1);
  });

  it("sends each due reminder once while two workers take the batches", async () => {
    const { createReminder } = await import("@/tests/helpers/reminder-factory");
    const month = new Date().toISOString().slice(0, 7);
    const addresses = Array.from({ length: 40 }, (_, i) => `scale-reminder-${i}-${randomUUID().slice(0, 6)}@example.org`);
    for (const email of addresses) await createReminder(prisma, { email, remindMonth: month, createdAt: new Date(Date.now() - 86_400_000) });
    const boss = new PgBoss({ connectionString: e2eAppEnv().DATABASE_URL!, schema: "pgboss", max: 2 });
    await boss.start();
    try {
      // Several runs queued while others are active: each worker may take one.
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && (await prisma.reminder.count({ where: { emailIndex: { in: await indexes(addresses) }, status: "SENT" } })) < addresses.length) {
        await boss.send("reminders-send-due", {});
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    } finally {
      await boss.stop({ graceful: false });
    }
    // Runs still queued or running may yet send: once none is left, every message sent is in the mailbox.
    await waitForJobsToDrain(e2eAppEnv().DATABASE_URL!, ["reminders-send-due"], 60_000);
    expect(addresses.map((email) => messagesTo(email).length)).toEqual(addresses.map(() => 1));
  });

  it(`shows another instance's saved settings within ${STORED_SETTINGS_TTL_MS / 1000} s, and the saving instance's at once`, async () => {
    const admin = await createStaffSession(prisma, "scale-admin@newsroom.test", "ADMIN");
    session = await launchBrowser();
    await session.context.addCookies([{ name: "next-auth.session-token", value: admin.cookie.split("=")[1]!, url: a.baseUrl }]);
    const page = await session.context.newPage();
    const heading = `Scale heading ${randomUUID().slice(0, 8)}`;
    const appealOn = async (instance: WebInstance) => (await (await fetch(`${instance.baseUrl}/?currency=usd&amount=10&frequency=once`)).text()).includes(heading);
    await appealOn(b); // B now holds the settings as they were
    await page.goto(`${a.baseUrl}/dashboard/settings`);
    await page.getByLabel("Heading", { exact: true }).fill(heading);
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.waitForURL(/saved=1/);
    const savedAt = Date.now();
    await expect(appealOn(a)).resolves.toBe(true);
    // B follows once its copy is older than the TTL (plus a request's time on busy cores).
    await waitFor("instance B to show the saved heading", () => appealOn(b), { timeoutMs: STORED_SETTINGS_TTL_MS + 2_000, intervalMs: 250 });
    expect(Date.now() - savedAt).toBeLessThan(STORED_SETTINGS_TTL_MS + 2_000);
  });
});

async function indexes(addresses: string[]): Promise<string[]> {
  const { emailIndex } = await import("@/lib/privacy/email-index");
  return addresses.map((email) => emailIndex(email));
}
