// What the webhook route refuses before reading a body, and how many deliveries it takes at once.
// A stranger's flood must neither make the server read and hash megabytes nor crowd out Stripe:
// requests that cannot be Stripe's are refused on their headers, and beyond the cap the route
// answers 503 with Retry-After (Stripe retries) instead of queueing without end.
import Stripe from "stripe";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { WEBHOOK_CONCURRENCY } from "@/lib/stripe/limit-webhook-deliveries";

const secret = "whsec_admission";
const signer = new Stripe("sk_test_signer", { telemetry: false });
const now = () => Math.floor(Date.now() / 1000);
const fakeSignature = "a".repeat(64);

let sequence = 0;
function customerUpdatedEvent() {
  sequence += 1;
  return {
    id: `evt_admission_${sequence}_${Date.now()}`,
    object: "event",
    api_version: "2026-11-18.endive",
    created: now(),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: "customer.updated",
    data: { object: { id: `cus_admission_${sequence}`, object: "customer", livemode: false } },
  };
}

/** A delivery whose body is only produced when someone reads it (highWaterMark 0: nothing is pulled ahead). */
function deliveryWatchingItsBody(signature: string | null) {
  const watch = { read: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        watch.read = true;
        controller.enqueue(new TextEncoder().encode(JSON.stringify(customerUpdatedEvent())));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (signature !== null) headers["Stripe-Signature"] = signature;
  const request = new Request("http://localhost/api/stripe/webhook", { method: "POST", headers, body, duplex: "half" } as RequestInit);
  return { request, watch };
}

/** A correctly signed delivery whose body arrives only when release() is called: it holds its slot until then. */
function heldDelivery() {
  const payload = JSON.stringify(customerUpdatedEvent());
  const signature = signer.webhooks.generateTestHeaderString({ payload, secret });
  let release = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      release = () => {
        controller.enqueue(new TextEncoder().encode(payload));
        controller.close();
      };
    },
  });
  const request = new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: { "Content-Type": "application/json", "Stripe-Signature": signature }, body, duplex: "half" } as RequestInit);
  return { request, release: () => release() };
}

describe("POST /api/stripe/webhook before it reads a body", () => {
  let db: TestDatabase;
  let route: WebhookRoute;

  beforeAll(async () => {
    db = await createTestDatabase();
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret });
  });
  afterAll(async () => {
    await closeAppDatabase();
    await db.drop();
  });

  it.each([
    ["no Stripe-Signature header", null],
    ["an empty one", ""],
    ["one without a timestamp", `v1=${fakeSignature}`],
    ["one without a v1 signature", `t=${now()}`],
    ["one whose signature is not 64 hex digits", `t=${now()},v1=zz`],
    ["one whose timestamp is not a number", `t=abc,v1=${fakeSignature}`],
    ["an oversized one", `t=${now()},${`v1=${fakeSignature},`.repeat(40)}`],
    ["one stamped ten minutes ago (a replay)", `t=${now() - 600},v1=${fakeSignature}`],
    ["one stamped ten minutes ahead", `t=${now() + 600},v1=${fakeSignature}`],
  ])("refuses a stranger's delivery with %s, without reading its body", async (_what, signature) => {
    const { request, watch } = deliveryWatchingItsBody(signature);
    const response = await route(request);
    expect(response.status).toBe(400);
    expect(watch.read).toBe(false);
    expect(await db.prisma.stripeEvent.count()).toBe(0);
  });

  it("still reads, verifies and records a delivery signed now", async () => {
    expect((await route(signedWebhookRequest(customerUpdatedEvent(), { secret }))).status).toBe(200);
  });

  it(`answers 503 with Retry-After to a flood beyond ${WEBHOOK_CONCURRENCY} deliveries at once, then takes deliveries again`, async () => {
    await db.prisma.stripeEvent.deleteMany();
    const held = Array.from({ length: WEBHOOK_CONCURRENCY }, heldDelivery);
    const pending = held.map((delivery) => route(delivery.request));

    const refusedEvent = customerUpdatedEvent();
    const refused = await route(signedWebhookRequest(refusedEvent, { secret }));
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("10");

    for (const delivery of held) delivery.release();
    expect((await Promise.all(pending)).map((response) => response.status)).toEqual(held.map(() => 200));
    expect(await db.prisma.stripeEvent.count({ where: { id: refusedEvent.id } })).toBe(0);
    // Every slot is free again: Stripe's retry of the refused event is taken.
    expect((await route(signedWebhookRequest(refusedEvent, { secret }))).status).toBe(200);
  });
});
