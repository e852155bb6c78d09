// Monthly donations: the subscription Checkout creates, its invoices, updates, cancellation,
// and renewals driven by a test clock (including 4000 0000 0000 0341 failing on renewal).
import type Stripe from "stripe";
import { monthlyDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";

const DAY = 86_400;

describe("subscriptions in the emulator", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => t.close());
  afterEach(() => expect(t.receiver.rejected).toEqual([]));

  const mark = async () => {
    await t.emulator.idle();
    return t.receiver.events.length;
  };
  const since = async (start: number) => {
    await t.emulator.idle();
    return t.receiver.events.slice(start);
  };

  /** A customer on a fresh test clock with a paid monthly donation. */
  async function subscribeOnClock(card = "4242424242424242", unitAmount = 500) {
    const frozenTime = Math.floor(Date.UTC(2026, 0, 15, 12) / 1000);
    const clock = await t.stripe.testHelpers.testClocks.create({ frozen_time: frozenTime, name: "renewals" });
    const customer = await t.stripe.customers.create({ email: "clock@example.org", test_clock: clock.id });
    const session = await t.stripe.checkout.sessions.create(monthlyDonation({ customer: customer.id, subscription_data: { metadata: { frequency: "monthly" } } }, unitAmount));
    const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card });
    expect(paid.status).toBe(200);
    const subscription = await t.stripe.subscriptions.retrieve(String(paid.body.subscription));
    return { clock, customer, session: paid.body, subscription, frozenTime };
  }

  describe("when a monthly donation is paid", () => {
    it("creates an active subscription with its first paid invoice, in Stripe's event order", async () => {
      const start = await mark();
      const session = await t.stripe.checkout.sessions.create(monthlyDonation({ customer_email: "monthly@example.org", metadata: { frequency: "monthly" } }));
      await t.control(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
      expect((await since(start)).map((event) => event.type)).toEqual([
        "customer.created",
        "payment_method.attached",
        "customer.updated",
        "customer.subscription.created",
        "invoice.created",
        "invoice.finalized",
        "payment_intent.created",
        "charge.succeeded",
        "payment_intent.succeeded",
        "invoice.paid",
        "invoice.payment_succeeded",
        "customer.subscription.updated",
        "checkout.session.completed",
      ]);
      const completed = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ["subscription", "invoice.payments"] });
      const subscription = completed.subscription;
      if (typeof subscription !== "object" || subscription === null) throw new Error("subscription was not expanded");
      const item = subscription.items.data[0];
      expect(subscription).toMatchObject({ status: "active", currency: "eur", cancel_at_period_end: false, customer: completed.customer });
      expect(item).toMatchObject({ price: { unit_amount: 500, recurring: { interval: "month" } }, quantity: 1 });
      expect((item?.current_period_end ?? 0) - (item?.current_period_start ?? 0)).toBeGreaterThanOrEqual(28 * DAY);
      const invoice = completed.invoice;
      if (typeof invoice !== "object" || invoice === null) throw new Error("invoice was not expanded");
      expect(invoice).toMatchObject({ status: "paid", amount_paid: 500, billing_reason: "subscription_create", parent: { subscription_details: { subscription: subscription.id } } });
      const payment = invoice.payments?.data[0];
      expect(payment).toMatchObject({ status: "paid", amount_paid: 500, payment: { type: "payment_intent" } });
      await expect(t.stripe.paymentIntents.retrieve(String(payment?.payment.payment_intent))).resolves.toMatchObject({ status: "succeeded", amount: 500 });
      const invoices = await t.stripe.invoices.list({ subscription: subscription.id });
      expect(invoices.data.map((candidate) => candidate.id)).toEqual([invoice.id]);
      await expect(t.stripe.invoices.retrieve(invoice.id)).resolves.toMatchObject({ id: invoice.id, number: expect.any(String) });
      await expect(t.stripe.subscriptions.list({ customer: String(completed.customer) })).resolves.toMatchObject({ data: [{ id: subscription.id }] });
    });

    it("carries subscription_data metadata onto the subscription", async () => {
      const { subscription } = await subscribeOnClock();
      expect(subscription.metadata).toEqual({ frequency: "monthly" });
    });
  });

  describe("when the reader changes the subscription", () => {
    it("sets cancel_at_period_end and reports what changed", async () => {
      const { subscription } = await subscribeOnClock();
      const start = await mark();
      const updated = await t.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
      expect(updated).toMatchObject({ cancel_at_period_end: true, cancel_at: subscription.items.data[0]?.current_period_end, status: "active" });
      const [event] = await since(start);
      if (event?.type !== "customer.subscription.updated") throw new Error(`expected customer.subscription.updated, got ${event?.type}`);
      expect(event.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });
    });

    it("changes the amount through items[0][price_data]", async () => {
      const { subscription } = await subscribeOnClock();
      const item = subscription.items.data[0];
      const updated = await t.stripe.subscriptions.update(subscription.id, {
        items: [{ id: item?.id, price_data: { currency: "eur", unit_amount: 1500, recurring: { interval: "month" }, product: String(item?.price.product) } }],
      });
      expect(updated.items.data[0]).toMatchObject({ id: item?.id, price: { unit_amount: 1500 } });
      await expect(
        t.stripe.subscriptions.update(subscription.id, { items: [{ id: item?.id, price_data: { currency: "usd", unit_amount: 1500, recurring: { interval: "month" }, product: String(item?.price.product) } }] }),
      ).rejects.toMatchObject({ statusCode: 400 });
    });

    it("cancels at once with customer.subscription.deleted", async () => {
      const { subscription } = await subscribeOnClock();
      const start = await mark();
      const canceled = await t.stripe.subscriptions.cancel(subscription.id);
      expect(canceled).toMatchObject({ status: "canceled", ended_at: expect.any(Number) });
      expect((await since(start)).map((event) => event.type)).toEqual(["customer.subscription.deleted"]);
      await expect(t.stripe.subscriptions.cancel(subscription.id)).rejects.toMatchObject({ statusCode: 400 });
      const active = await t.stripe.subscriptions.list({ customer: String(subscription.customer) });
      expect(active.data).toEqual([]);
      const all = await t.stripe.subscriptions.list({ customer: String(subscription.customer), status: "all" });
      expect(all.data.map((candidate) => candidate.id)).toEqual([subscription.id]);
    });
  });

  describe("when the test clock passes the end of the period", () => {
    it("renews: a new period, a paid subscription_cycle invoice and a new charge", async () => {
      const { clock, subscription, frozenTime } = await subscribeOnClock();
      const periodEnd = subscription.items.data[0]?.current_period_end ?? 0;
      const start = await mark();
      const advanced = await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 32 * DAY });
      expect(advanced).toMatchObject({ status: "ready", frozen_time: frozenTime + 32 * DAY });
      expect((await since(start)).map((event) => event.type)).toEqual([
        "test_helpers.test_clock.advancing",
        "invoice.upcoming",
        "customer.subscription.updated",
        "invoice.created",
        "invoice.finalized",
        "payment_intent.created",
        "charge.succeeded",
        "payment_intent.succeeded",
        "invoice.paid",
        "invoice.payment_succeeded",
        "test_helpers.test_clock.ready",
      ]);
      const renewed = await t.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
      expect(renewed.items.data[0]?.current_period_start).toBe(periodEnd);
      expect(renewed.latest_invoice).toMatchObject({ billing_reason: "subscription_cycle", status: "paid", amount_paid: 500, period_start: periodEnd });
      const charges = await t.stripe.charges.list({ customer: String(subscription.customer) });
      expect(charges.data).toHaveLength(2);
      await expect(t.stripe.testHelpers.testClocks.retrieve(clock.id)).resolves.toMatchObject({ frozen_time: frozenTime + 32 * DAY });
    });

    it("renews once per period passed", async () => {
      const { clock, subscription, frozenTime } = await subscribeOnClock();
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 95 * DAY });
      const invoices = await t.stripe.invoices.list({ subscription: subscription.id });
      expect(invoices.data.map((invoice) => invoice.billing_reason)).toEqual(["subscription_cycle", "subscription_cycle", "subscription_cycle", "subscription_create"]);
    });

    it("fails the renewal of 4000 0000 0000 0341 and marks the subscription past due", async () => {
      const { clock, subscription, frozenTime } = await subscribeOnClock("4000000000000341");
      expect(subscription.status).toBe("active");
      const start = await mark();
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 31 * DAY });
      const types = (await since(start)).map((event) => event.type);
      expect(types).toEqual(expect.arrayContaining(["invoice.created", "invoice.finalized", "charge.failed", "payment_intent.payment_failed", "invoice.payment_failed"]));
      expect(types.indexOf("invoice.payment_failed")).toBeLessThan(types.lastIndexOf("customer.subscription.updated"));
      const pastDue = await t.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
      expect(pastDue.status).toBe("past_due");
      expect(pastDue.latest_invoice).toMatchObject({ status: "open", attempt_count: 1, next_payment_attempt: expect.any(Number) });
    });

    it("ends a subscription set to cancel at period end", async () => {
      const { clock, subscription, frozenTime } = await subscribeOnClock();
      await t.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
      const start = await mark();
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 40 * DAY });
      expect((await since(start)).map((event) => event.type)).toContain("customer.subscription.deleted");
      await expect(t.stripe.subscriptions.retrieve(subscription.id)).resolves.toMatchObject({ status: "canceled" });
      await expect(t.stripe.invoices.list({ subscription: subscription.id })).resolves.toMatchObject({ data: [{ billing_reason: "subscription_create" }] });
    });

    it("refuses to go back in time", async () => {
      const { clock, frozenTime } = await subscribeOnClock();
      await expect(t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime - DAY })).rejects.toMatchObject({ statusCode: 400, raw: { param: "frozen_time" } });
      await expect(t.stripe.testHelpers.testClocks.list()).resolves.toMatchObject({ object: "list" });
      await expect(t.stripe.testHelpers.testClocks.del(clock.id)).resolves.toMatchObject({ deleted: true });
    });
  });

  describe("when the control API renews a subscription without a test clock", () => {
    it("bills the next period at once", async () => {
      const session = await t.stripe.checkout.sessions.create(monthlyDonation({ customer_email: "renew@example.org" }));
      const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
      const renewed = await t.control<Stripe.Subscription>(`subscriptions/${paid.body.subscription}/renew`);
      expect(renewed.status).toBe(200);
      const invoices = await t.stripe.invoices.list({ subscription: String(paid.body.subscription) });
      expect(invoices.data[0]).toMatchObject({ billing_reason: "subscription_cycle", status: "paid" });
    });
  });
});
