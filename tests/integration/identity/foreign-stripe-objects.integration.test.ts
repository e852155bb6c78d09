// Issue 16, item 6: the newsroom's Stripe account also sells other things. Their checkout
// sessions, subscriptions, invoices, payments, refunds and disputes reach the same webhook (and
// the Events API): each event is recorded, never applied. What this app creates carries its mark.
import type Stripe from "stripe";
import { createCheckoutSession } from "@/lib/donations/create-checkout-session";
import { getPgPool } from "@/lib/db/pg-pool";
import { isCreatedByApp, NOT_CREATED_BY_APP } from "@/lib/stripe/created-by-app";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { reconcileEvents } from "@/lib/stripe/reconcile-events";
import { advanceMonths, recordedEvents } from "@/tests/helpers/ledger-scenarios";
import { resetLedger } from "@/tests/helpers/ledger-snapshot";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { oneTimeDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(120_000);

const secret = "whsec_foreign_objects";
const card = "4242424242424242";
const shopper = () => ({ email: `shopper.${Date.now()}.${Math.random().toString(36).slice(2)}@example.org`, name: "Shop Customer" });

describe("Stripe objects this app did not create", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let route: WebhookRoute;

  async function pay(sessionId: string, who = shopper()) {
    const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${sessionId}/pay`, { card, ...who });
    expect(paid.status).toBe(200);
    return paid.body;
  }

  /** Another product of the same account: a one-time sale refunded then disputed, and a membership that renews. */
  async function sellOtherThings() {
    const sale = await t.stripe.checkout.sessions.create({ ...oneTimeDonation(), customer_creation: "always", payment_intent_data: { metadata: { order: "tote-bag" } } });
    const paidSale = await pay(sale.id);
    await t.stripe.refunds.create({ payment_intent: String(paidSale.payment_intent), amount: 300 });
    await t.control(`charges/${String(paidSale.payment_intent)}/dispute`, { reason: "fraudulent" });
    const clock = await t.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
    const member = await t.stripe.customers.create({ ...shopper(), test_clock: clock.id });
    const membership = await t.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: member.id,
      success_url: "https://shop.example/ok",
      cancel_url: "https://shop.example/no",
      line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 900, recurring: { interval: "month" }, product_data: { name: "Print edition" } } }],
      subscription_data: { metadata: { plan: "print" } },
    });
    await pay(membership.id);
    await advanceMonths({ t, prisma: db.prisma }, clock, 1);
  }

  async function expectNothingApplied() {
    expect(await db.prisma.supporter.count()).toBe(0);
    expect(await db.prisma.stripeCustomer.count()).toBe(0);
    expect(await db.prisma.donation.count()).toBe(0);
    expect(await db.prisma.subscription.count()).toBe(0);
    const rows = await db.prisma.stripeEvent.findMany({ select: { type: true, status: true, outcome: true } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.status).toBe("SKIPPED");
    const typesIgnored = new Set(rows.filter((r) => r.outcome?.startsWith("ignored")).map((r) => r.type));
    for (const type of ["checkout.session.completed", "customer.subscription.created", "invoice.paid", "charge.refunded", "charge.dispute.created"]) expect(typesIgnored).toContain(type);
    expect(rows.find((r) => r.type === "checkout.session.completed")?.outcome).toBe(NOT_CREATED_BY_APP);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    process.env.APP_URL = "https://give.example.org";
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
  });
  afterAll(async () => {
    await closeAppDatabase();
    await t.close();
    await db.drop();
  });
  beforeEach(async () => {
    t.emulator.reset();
    await resetLedger(db.prisma);
  });

  it("another product's sales, memberships, renewals, refunds and disputes never enter the ledger through the webhook", async () => {
    await sellOtherThings();
    for (const event of (await recordedEvents(t)).filter((e) => isHandledEventType(e.type))) {
      expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
    }
    await expectNothingApplied();
  });

  it("another product's events recovered from the Events API are recorded and never applied", async () => {
    await sellOtherThings();
    await t.emulator.idle();
    const progress = await reconcileEvents({ since: new Date(Date.now() - 3_600_000) });
    expect(progress.failed).toBe(0);
    await expectNothingApplied();
  });

  it("marks what this app creates, and Stripe carries the mark onto the subscription it makes", async () => {
    const context = { stripe: t.stripe, pool: getPgPool(), appUrl: "https://give.example.org", newsroomName: "Newsroom", locale: "en", clientAddressHash: "test" };
    const created = await createCheckoutSession({ frequency: "monthly", amountMinor: 800, feeCoverMinor: 0, currency: "eur", source: null, attemptKey: null }, context);
    const session = await t.stripe.checkout.sessions.retrieve(created.sessionId);
    expect(isCreatedByApp(session.metadata)).toBe(true);
    const paid = await pay(session.id);
    expect(isCreatedByApp((await t.stripe.subscriptions.retrieve(String(paid.subscription))).metadata)).toBe(true);
    // The mark alone is enough: even without its checkout attempt, the gift is ours.
    await db.prisma.checkoutAttempt.deleteMany({ where: { id: created.attemptId } });
    for (const event of (await recordedEvents(t)).filter((e) => isHandledEventType(e.type))) {
      expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
    }
    expect(await db.prisma.subscription.count()).toBe(1);
    expect(await db.prisma.donation.findMany({ select: { amount: true } })).toEqual([{ amount: 800 }]);
    expect(await db.prisma.supporter.count()).toBe(1);

    const once = await createCheckoutSession({ frequency: "once", amountMinor: 1200, feeCoverMinor: 0, currency: "eur", source: null, attemptKey: null }, context);
    const paidOnce = await pay(once.sessionId);
    expect(isCreatedByApp((await t.stripe.paymentIntents.retrieve(String(paidOnce.payment_intent))).metadata)).toBe(true);
  });

  it("keeps applying a recurring gift made before the mark existed: already in the ledger, it stays ours", async () => {
    const clock = await t.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
    const reader = await t.stripe.customers.create({ ...shopper(), test_clock: clock.id });
    const old = await t.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: reader.id,
      success_url: "https://give.example.org/thank-you",
      cancel_url: "https://give.example.org/",
      line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 500, recurring: { interval: "month" }, product_data: { name: "Monthly support" } } }],
    });
    const paid = await pay(old.id);
    const subscriptionId = String(paid.subscription);
    await db.prisma.subscription.create({ data: { stripeSubscriptionId: subscriptionId, status: "ACTIVE", frequency: "MONTHLY", amount: 500, currency: "eur", startedAt: new Date() } });
    await advanceMonths({ t, prisma: db.prisma }, clock, 1);
    for (const event of (await recordedEvents(t)).filter((e) => isHandledEventType(e.type))) {
      expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
    }
    const row = await db.prisma.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscriptionId }, include: { donations: true } });
    expect(row.donations.map((d) => d.amount)).toEqual([500, 500]);
    expect(row.supporterId).not.toBeNull();
  });
});
