// Compares the emulator's objects with Stripe's official example objects
// (../shared/reference/stripe-openapi/fixtures3.json, from stripe/openapi): every top-level
// field Stripe's example has, ours has too, apart from the few listed with the reason.
// Where that file is absent (it lives outside this repository), the check has nothing to
// compare against and says so on the console instead of failing.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type Stripe from "stripe";
import { monthlyDonation, oneTimeDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";

// STRIPE_FIXTURES_FILE points at it from a git worktree, where the relative path does not reach it.
const fixturesFile = process.env.STRIPE_FIXTURES_FILE ?? path.resolve(__dirname, "../../../../shared/reference/stripe-openapi/fixtures3.json");

/**
 * Fields Stripe includes only on request (expand), or that API version 2026-10-28 no longer has
 * (the SDK's types have no top-level `subscription` on an invoice: it is under `parent`).
 */
const notEmulated: Record<string, string[]> = {
  "checkout.session": ["line_items"],
  invoice: ["payments", "subscription"],
  charge: ["refunds"],
};

function loadFixtures(): Record<string, Record<string, unknown>> | undefined {
  if (!existsSync(fixturesFile)) return undefined;
  return (JSON.parse(readFileSync(fixturesFile, "utf8")) as { resources: Record<string, Record<string, unknown>> }).resources;
}

describe("the emulator's objects next to Stripe's official examples", () => {
  let t: TestEmulator;
  const objects: Record<string, object> = {};
  beforeAll(async () => {
    t = await startTestEmulator();
    const session = await t.stripe.checkout.sessions.create(monthlyDonation({ customer_email: "fixtures@example.org" }));
    const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
    const subscription = await t.stripe.subscriptions.retrieve(String(paid.body.subscription));
    const invoice = await t.stripe.invoices.retrieve(String(subscription.latest_invoice));
    const payment = (await t.stripe.invoicePayments.list({ invoice: invoice.id })).data[0];
    const paymentIntent = await t.stripe.paymentIntents.retrieve(String(payment?.payment.payment_intent));
    const charge = await t.stripe.charges.retrieve(String(paymentIntent.latest_charge));
    const balanceTransaction = await t.stripe.balanceTransactions.retrieve(String(charge.balance_transaction));
    const refund = await t.stripe.refunds.create({ charge: charge.id, amount: 100 });
    const dispute = (await t.control<Stripe.Dispute>(`charges/${charge.id}/dispute`)).body;
    const oneTime = await t.stripe.checkout.sessions.create(oneTimeDonation());
    const lineItem = (await t.stripe.checkout.sessions.listLineItems(oneTime.id)).data[0];
    const clock = await t.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
    const portal = await t.stripe.billingPortal.sessions.create({ customer: String(paid.body.customer) });
    const event = (await t.stripe.events.list({ limit: 1 })).data[0];
    const customer = await t.stripe.customers.retrieve(String(paid.body.customer));
    const item = subscription.items.data[0];
    const price = await t.stripe.prices.retrieve(String(item?.price.id));
    const product = await t.stripe.products.retrieve(String(price.product));
    const paymentMethod = await t.stripe.paymentMethods.retrieve(String(subscription.default_payment_method));
    const schedule = await t.stripe.subscriptionSchedules.create({ from_subscription: subscription.id });
    const setup = await t.stripe.checkout.sessions.create({ mode: "setup", customer: String(paid.body.customer), success_url: "http://127.0.0.1:3000/manage" });
    await t.control(`checkout/sessions/${setup.id}/pay`, { card: "4242424242424242" });
    const setupIntent = await t.stripe.setupIntents.retrieve(String((await t.stripe.checkout.sessions.retrieve(setup.id)).setup_intent));
    Object.assign(objects, {
      "checkout.session": paid.body,
      customer,
      subscription,
      subscription_item: item,
      invoice,
      line_item: invoice.lines.data[0],
      invoice_payment: payment,
      payment_intent: paymentIntent,
      charge,
      balance_transaction: balanceTransaction,
      refund,
      dispute,
      item: lineItem,
      "test_helpers.test_clock": clock,
      "billing_portal.session": portal,
      event,
      price,
      product,
      payment_method: paymentMethod,
      subscription_schedule: schedule,
      setup_intent: setupIntent,
    });
  });
  afterAll(async () => t.close());

  it("has every top-level field of Stripe's example for each object it emulates", () => {
    const fixtures = loadFixtures();
    if (!fixtures) {
      console.log(`[stripe fixtures] ${fixturesFile} is absent: nothing to compare the emulator's objects with.`);
      return;
    }
    const missing: Record<string, string[]> = {};
    for (const [name, object] of Object.entries(objects)) {
      const example = fixtures[name];
      if (!example) continue;
      const ours = new Set(Object.keys(object));
      const absent = Object.keys(example).filter((key) => !ours.has(key) && !(notEmulated[name] ?? []).includes(key));
      if (absent.length > 0) missing[name] = absent;
    }
    expect(missing).toEqual({});
  });
});
