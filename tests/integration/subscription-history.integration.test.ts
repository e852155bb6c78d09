// A monthly supporter's changes at Stripe (through the real SDK against the emulator, on a test
// clock) reach the recurring donation's history through the webhook route: raised, lowered,
// paused, resumed, set to end with a reason, ended. Replayed and reordered deliveries add nothing
// and change nothing; the reader's comment is kept only encrypted, and erasure clears it.
import type Stripe from "stripe";
import { decryptPii } from "@/lib/privacy/encrypt-pii";
import { eraseSupporter } from "@/lib/privacy/erase-supporter";
import { createdByAppMetadata } from "@/lib/stripe/created-by-app";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { resetLedger } from "@/tests/helpers/ledger-snapshot";
import { recordedEvents, startMonthly } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(120_000);

const secret = "whsec_subscription_history";
const DAY = 86_400;
const comment = "Money is tight this year. I will be back.";

describe("a monthly supporter who changes their gift, then cancels with a reason", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let route: WebhookRoute;
  let events: Stripe.Event[];
  let subscriptionId: string;
  let customerId: string;

  const deliver = async (batch: Stripe.Event[]) => {
    for (const event of batch) expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
  };
  const history = async () =>
    (await db.prisma.subscriptionChange.findMany({ where: { subscription: { stripeSubscriptionId: subscriptionId } }, orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }] })).map((c) => ({
      kind: c.kind,
      currency: c.currency,
      from: c.fromAmount === null ? null : [c.fromAmount, c.fromFrequency],
      to: c.toAmount === null ? null : [c.toAmount, c.toFrequency],
      feedback: c.reasonFeedback,
      comment: c.reasonCommentEncrypted ? decryptPii(c.reasonCommentEncrypted) : null,
      resumesAt: c.resumesAt,
      stripeEventId: c.stripeEventId,
    }));
  // Changes made in the same second keep their order by the events' own order.
  const byKind = (rows: Awaited<ReturnType<typeof history>>) => [...rows].sort((a, b) => String(a.stripeEventId).localeCompare(String(b.stripeEventId)) || a.kind.localeCompare(b.kind));

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
    const started = await startMonthly({ t, prisma: db.prisma }, "4242424242424242", 500);
    subscriptionId = started.subscriptionId;
    customerId = started.customer.id;
    const { clock } = started;
    let now = (await t.stripe.testHelpers.testClocks.retrieve(clock.id)).frozen_time;
    const later = async (days: number) => {
      now += days * DAY;
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: now });
    };
    const setAmount = async (unitAmount: number) => {
      const current = (await t.stripe.subscriptions.retrieve(subscriptionId)).items.data[0]!;
      await t.stripe.subscriptions.update(subscriptionId, {
        items: [{ id: current.id, price_data: { currency: "eur", unit_amount: unitAmount, recurring: { interval: "month" }, product: String(current.price.product) } }],
        proration_behavior: "none",
      });
    };
    await later(2);
    await setAmount(1200);
    await later(2);
    await setAmount(300);
    await later(2);
    await t.stripe.subscriptions.update(subscriptionId, { pause_collection: { behavior: "void", resumes_at: now + 60 * DAY } });
    await later(2);
    await t.stripe.subscriptions.update(subscriptionId, { pause_collection: "" });
    await later(2);
    await t.stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true, cancellation_details: { feedback: "too_expensive", comment } });
    await later(30);
    events = (await recordedEvents(t)).filter((event) => isHandledEventType(event.type));
    expect((await t.stripe.subscriptions.retrieve(subscriptionId)).status).toBe("canceled");
  });
  afterAll(async () => {
    await closeAppDatabase();
    await t.close();
    await db.drop();
  });

  it("records each change Stripe confirmed, once, with the amounts before and after and the reason", async () => {
    await deliver(events);
    const monthly = (amount: number) => [amount, "MONTHLY"];
    expect(await history()).toEqual([
      expect.objectContaining({ kind: "STARTED", currency: "eur", from: null, to: monthly(500) }),
      expect.objectContaining({ kind: "AMOUNT_CHANGED", from: monthly(500), to: monthly(1200) }),
      expect.objectContaining({ kind: "AMOUNT_CHANGED", from: monthly(1200), to: monthly(300) }),
      expect.objectContaining({ kind: "PAUSED", from: monthly(300), resumesAt: expect.any(Date) }),
      expect.objectContaining({ kind: "RESUMED", from: monthly(300) }),
      expect.objectContaining({ kind: "CANCEL_SCHEDULED", from: monthly(300), to: null, feedback: "too_expensive", comment }),
      expect.objectContaining({ kind: "CANCELLED", from: monthly(300), to: null, feedback: "too_expensive", comment }),
    ]);
    expect(await db.prisma.subscription.findFirst({ where: { stripeSubscriptionId: subscriptionId } })).toMatchObject({ status: "CANCELED", amount: 300, paused: false, pauseResumesAt: null });
  });

  it("adds nothing when Stripe delivers the same events again", async () => {
    const before = await history();
    await deliver(events);
    await deliver([...events].reverse());
    expect(await history()).toEqual(before);
  });

  it("records the same history whatever order the events arrive in", async () => {
    const inOrder = byKind(await history());
    await resetLedger(db.prisma);
    await deliver([...events].reverse());
    expect(byKind(await history())).toEqual(inOrder);
  });

  it("keeps the reader's comment only encrypted in the database, and not in the stored events", async () => {
    const stored = await db.prisma.subscriptionChange.findMany({ where: { reasonCommentEncrypted: { not: null } }, select: { reasonCommentEncrypted: true } });
    expect(stored).toHaveLength(2);
    expect(stored.every((row) => !row.reasonCommentEncrypted!.includes("tight"))).toBe(true);
    const payloads = await db.prisma.stripeEvent.findMany({ select: { payload: true } });
    expect(JSON.stringify(payloads)).not.toContain("tight this year");
  });

  it("records the supporter's next recurring donation as a comeback", async () => {
    const session = await t.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customerId,
      line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 700, recurring: { interval: "month" }, product_data: { name: "Monthly donation" } } }],
      success_url: "http://localhost:3000/thank-you?session_id={CHECKOUT_SESSION_ID}",
      metadata: { ...createdByAppMetadata },
      subscription_data: { metadata: { ...createdByAppMetadata } },
    });
    const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
    expect(paid.status).toBe(200);
    const known = new Set(events.map((event) => event.id));
    await deliver((await recordedEvents(t)).filter((event) => isHandledEventType(event.type) && !known.has(event.id)));
    const again = await db.prisma.subscriptionChange.findMany({ where: { subscription: { stripeSubscriptionId: String(paid.body.subscription) } } });
    expect(again).toEqual([expect.objectContaining({ kind: "REACTIVATED", toAmount: 700, toFrequency: "MONTHLY" })]);
  });

  it("forgets the comment when the supporter is erased, and keeps the change and its stated reason", async () => {
    const row = await db.prisma.subscription.findFirstOrThrow({ where: { stripeSubscriptionId: subscriptionId }, select: { supporterId: true } });
    const admin = await db.prisma.user.create({ data: { email: "admin@newsroom.test", role: "ADMIN" } });
    await eraseSupporter(db.prisma, row.supporterId!, { actorUserId: admin.id, atStripe: "keep" });
    const after = await history();
    expect(after.map((c) => c.comment)).toEqual(after.map(() => null));
    expect(
      after
        .filter((c) => c.feedback === "too_expensive")
        .map((c) => c.kind)
        .sort(),
    ).toEqual(["CANCELLED", "CANCEL_SCHEDULED"]);
  });
});
