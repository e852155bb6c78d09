// The webhook intake's refusals and its exactly-once recording, without Stripe: a
// customer.updated for a customer the ledger does not know is handled without any Stripe call.
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { closeAppDatabase, loadWebhookRoute, pointAppAtDatabase, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";

const secret = "whsec_intake_current";
const previousSecret = "whsec_intake_previous";

let sequence = 0;
function customerUpdatedEvent(overrides: { livemode?: boolean; type?: string } = {}) {
  sequence += 1;
  return {
    id: `evt_intake_${sequence}_${Date.now()}`,
    object: "event",
    api_version: "2026-11-18.endive",
    created: Math.floor(Date.now() / 1000),
    livemode: overrides.livemode ?? false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: overrides.type ?? "customer.updated",
    data: { object: { id: `cus_unknown_${sequence}`, object: "customer", email: "reader@example.org", name: "A Reader", livemode: false } },
  };
}

describe("POST /api/stripe/webhook", () => {
  let db: TestDatabase;
  let route: WebhookRoute;
  const storedEvents = () => db.prisma.stripeEvent.count();

  beforeAll(async () => {
    db = await createTestDatabase();
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: `${secret},${previousSecret}` });
  });
  afterAll(async () => {
    await closeAppDatabase();
    await db.drop();
  });
  beforeEach(async () => {
    await db.prisma.stripeEvent.deleteMany();
  });

  it("records a signed handled event once and answers 200", async () => {
    const event = customerUpdatedEvent();
    const response = await route(signedWebhookRequest(event, { secret }));
    expect(response.status).toBe(200);
    const row = await db.prisma.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(row).toMatchObject({ type: "customer.updated", status: "SKIPPED", attempts: 1, objectId: event.data.object.id, lockedUntil: null });
  });

  it("accepts events signed with the previous secret while the secret rotates", async () => {
    const response = await route(signedWebhookRequest(customerUpdatedEvent(), { secret: previousSecret }));
    expect(response.status).toBe(200);
    expect(await storedEvents()).toBe(1);
  });

  it("keeps no email or name from the payload", async () => {
    const event = customerUpdatedEvent();
    await route(signedWebhookRequest(event, { secret }));
    const row = await db.prisma.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(JSON.stringify(row.payload)).not.toMatch(/reader@example\.org|A Reader/);
  });

  it("keeps no trace of a reader's non-ASCII email address, wherever the payload carries it", async () => {
    const address = "иван.петров@пример.рф";
    const event = customerUpdatedEvent();
    const customer = { ...event.data.object, email: address, description: `Supporter ${address}`, metadata: { contact: address }, invoice_settings: { footer: `Receipts to ${address}` } };
    await route(signedWebhookRequest({ ...event, data: { object: customer, previous_attributes: { email: address } } }, { secret }));
    const row = await db.prisma.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    const stored = JSON.stringify(row.payload);
    expect(stored).toContain("[email]");
    for (const trace of [address, "иван", "пример"]) expect(stored).not.toContain(trace);
  });

  it("applies a duplicate delivered again, or concurrently, only once", async () => {
    const event = customerUpdatedEvent();
    const responses = await Promise.all(Array.from({ length: 8 }, () => route(signedWebhookRequest(event, { secret }))));
    // One delivery applies it; a concurrent one answers 503 (retry later) or, once it is done, 200.
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
    const rows = await db.prisma.stripeEvent.findMany({ where: { id: event.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.attempts).toBe(1);
  });

  describe("when the request is not from Stripe", () => {
    it("refuses a body signed with another secret", async () => {
      const response = await route(signedWebhookRequest(customerUpdatedEvent(), { secret: "whsec_forged" }));
      expect(response.status).toBe(400);
    });

    it("refuses an unsigned request", async () => {
      const response = await route(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: JSON.stringify(customerUpdatedEvent()) }));
      expect(response.status).toBe(400);
    });

    it("refuses a malformed signature header", async () => {
      const request = new Request("http://localhost/api/stripe/webhook", { method: "POST", body: JSON.stringify(customerUpdatedEvent()), headers: { "Stripe-Signature": "t=abc,v1=" } });
      expect((await route(request)).status).toBe(400);
    });

    it("refuses a signature older than the tolerance (a replay)", async () => {
      const response = await route(signedWebhookRequest(customerUpdatedEvent(), { secret, timestamp: Math.floor(Date.now() / 1000) - 600 }));
      expect(response.status).toBe(400);
    });

    it("refuses a body altered after signing", async () => {
      const signed = signedWebhookRequest(customerUpdatedEvent(), { secret });
      const tampered = new Request(signed.url, { method: "POST", headers: signed.headers, body: (await signed.text()).replace("customer.updated", "invoice.paid") });
      expect((await route(tampered)).status).toBe(400);
    });

    afterEach(async () => {
      expect(await storedEvents()).toBe(0);
    });
  });

  describe("when the body is over 1 MB", () => {
    const big = () => ({ ...customerUpdatedEvent(), padding: "x".repeat(1024 * 1024) });

    it("answers 413 from the declared length", async () => {
      const request = signedWebhookRequest(big(), { secret });
      const declared = new Request(request.url, { method: "POST", headers: { ...Object.fromEntries(request.headers), "Content-Length": String(1024 * 1024 + 200) }, body: await request.text() });
      expect((await route(declared)).status).toBe(413);
    });

    it("answers 413 from the bytes actually read when no length is declared", async () => {
      const request = signedWebhookRequest(big(), { secret });
      const body = new TextEncoder().encode(await request.text());
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < body.length; i += 64 * 1024) controller.enqueue(body.slice(i, i + 64 * 1024));
          controller.close();
        },
      });
      const streamed = new Request(request.url, { method: "POST", headers: { "Stripe-Signature": request.headers.get("stripe-signature")! }, body: stream, duplex: "half" } as RequestInit);
      expect((await route(streamed)).status).toBe(413);
    });

    afterEach(async () => {
      expect(await storedEvents()).toBe(0);
    });
  });

  it("ignores a live-mode event on a test-mode server with 200 and stores nothing", async () => {
    const response = await route(signedWebhookRequest(customerUpdatedEvent({ livemode: true }), { secret }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ignored: "livemode mismatch" });
    expect(await storedEvents()).toBe(0);
  });

  describe("when the event's type has no handler", () => {
    it("records it as IGNORED and answers 200, and a replay stores nothing more", async () => {
      const event = customerUpdatedEvent({ type: "payout.paid" });
      const response = await route(signedWebhookRequest(event, { secret }));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ received: true, ignored: "not handled" });
      const replay = await route(signedWebhookRequest(event, { secret }));
      expect(replay.status).toBe(200);
      const rows = await db.prisma.stripeEvent.findMany({ where: { id: event.id } });
      expect(rows).toEqual([expect.objectContaining({ type: "payout.paid", status: "IGNORED", attempts: 0, processedAt: null, lockedUntil: null })]);
      expect(await storedEvents()).toBe(1);
    });

    it("applies it, once, when it comes again after a handler for its type was added", async () => {
      // As recorded by an earlier version of the app that had no customer.updated handler.
      const event = customerUpdatedEvent();
      await db.prisma.stripeEvent.create({ data: { id: event.id, type: event.type, livemode: false, stripeCreatedAt: new Date(event.created * 1000), status: "IGNORED" } });
      const response = await route(signedWebhookRequest(event, { secret }));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ outcome: "skipped: customer not in the ledger" });
      expect(await db.prisma.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "SKIPPED", attempts: 1, outcome: "skipped: customer not in the ledger" });
      expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
      expect(await db.prisma.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ attempts: 1 });
    });
  });

  it("answers 500 when the database is unreachable, so Stripe retries", async () => {
    await pointAppAtDatabase("postgresql://postgres@127.0.0.1:1/nowhere");
    const response = await route(signedWebhookRequest(customerUpdatedEvent(), { secret }));
    expect(response.status).toBe(500);
    await pointAppAtDatabase(db.url);
  });
});
