// Renewals that need the supporter: the 3-D Secure card (4000 0027 6000 3184) on a renewal waits
// for them on the hosted invoice page; a past-due renewal is paid again after a new card is saved
// through setup-mode Checkout; annual supporters get invoice.upcoming before the renewal.
import type Stripe from "stripe";
import { startTestEmulator, subscribeOnTestClock, type TestEmulator } from "@/tests/helpers/stripe-emulator";

const DAY = 86_400;
const THREE_D_SECURE = "4000002760003184";

describe("payments that need the reader, in the emulator", () => {
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
  const postForm = (url: string, form: Record<string, string>) =>
    fetch(url, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form).toString() });

  async function renewalAwaitingAuthentication() {
    const subscribed = await subscribeOnTestClock(t, { card: THREE_D_SECURE });
    expect(subscribed.subscription.status).toBe("active");
    const start = await mark();
    await t.stripe.testHelpers.testClocks.advance(subscribed.clock.id, { frozen_time: subscribed.frozenTime + 32 * DAY });
    const events = await since(start);
    const subscription = await t.stripe.subscriptions.retrieve(subscribed.subscription.id, { expand: ["latest_invoice"] });
    return { ...subscribed, events, subscription, invoice: subscription.latest_invoice as Stripe.Invoice };
  }

  describe("when a renewal needs 3-D Secure", () => {
    it("waits for the reader: requires_action, invoice.payment_action_required, the subscription past due", async () => {
      const { events, subscription, invoice } = await renewalAwaitingAuthentication();
      const types = events.map((event) => event.type);
      expect(types.slice(types.indexOf("invoice.finalized"))).toEqual([
        "invoice.finalized",
        "payment_intent.created",
        "payment_intent.requires_action",
        "invoice.payment_failed",
        "invoice.payment_action_required",
        "customer.subscription.updated",
        "test_helpers.test_clock.ready",
      ]);
      expect(types).not.toContain("charge.succeeded");
      expect(subscription.status).toBe("past_due");
      expect(invoice).toMatchObject({ status: "open", billing_reason: "subscription_cycle", hosted_invoice_url: expect.stringContaining(`/invoices/${invoice.id}`) });
      const payment = (await t.stripe.invoicePayments.list({ invoice: invoice.id })).data[0];
      await expect(t.stripe.paymentIntents.retrieve(String(payment?.payment.payment_intent))).resolves.toMatchObject({ status: "requires_action", next_action: { type: "use_stripe_sdk" } });
    });

    it("is paid once the reader completes authentication on the hosted invoice page", async () => {
      const { subscription, invoice } = await renewalAwaitingAuthentication();
      const page = await fetch(String(invoice.hosted_invoice_url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Complete authentication");
      const start = await mark();
      const confirmed = await postForm(String(invoice.hosted_invoice_url), { action: "authenticate" });
      expect(confirmed.status).toBe(303);
      expect((await since(start)).map((event) => event.type)).toEqual(["charge.succeeded", "payment_intent.succeeded", "invoice.paid", "invoice.payment_succeeded", "customer.subscription.updated"]);
      await expect(t.stripe.invoices.retrieve(invoice.id)).resolves.toMatchObject({ status: "paid", amount_paid: 500 });
      await expect(t.stripe.subscriptions.retrieve(subscription.id)).resolves.toMatchObject({ status: "active" });
      expect(await (await fetch(String(invoice.hosted_invoice_url))).text()).not.toContain("Complete authentication");
    });

    it("stays unpaid when the reader fails authentication", async () => {
      const { invoice } = await renewalAwaitingAuthentication();
      const start = await mark();
      expect((await postForm(String(invoice.hosted_invoice_url), { action: "fail" })).status).toBe(303);
      expect((await since(start)).map((event) => event.type)).toEqual(["payment_intent.payment_failed"]);
      await expect(t.stripe.invoices.retrieve(invoice.id)).resolves.toMatchObject({ status: "open" });
    });
  });

  describe("when a past-due supporter saves a new card with setup-mode Checkout", () => {
    it("saves the card through a SetupIntent, and POST /v1/invoices/:id/pay retries the renewal with it", async () => {
      const { clock, customer, subscription, frozenTime } = await subscribeOnTestClock(t, { card: "4000000000000341" });
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: frozenTime + 32 * DAY });
      const pastDue = await t.stripe.subscriptions.retrieve(subscription.id);
      expect(pastDue.status).toBe("past_due");
      const openInvoice = String(pastDue.latest_invoice);
      await expect(t.stripe.invoices.pay(openInvoice)).rejects.toMatchObject({ statusCode: 402, type: "StripeCardError", raw: { code: "card_declined" } });

      const session = await t.stripe.checkout.sessions.create({
        mode: "setup",
        customer: customer.id,
        currency: "eur",
        setup_intent_data: { metadata: { subscription_id: subscription.id } },
        success_url: "http://127.0.0.1:3000/manage?card=saved",
        cancel_url: "http://127.0.0.1:3000/manage",
      });
      expect(session).toMatchObject({ mode: "setup", status: "open", amount_total: null, payment_status: "no_payment_required", setup_intent: null });
      expect(await (await fetch(String(session.url))).text()).toContain("Save card");
      const start = await mark();
      const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
      expect(paid.status).toBe(200);
      expect((await since(start)).map((event) => event.type)).toEqual(["payment_method.attached", "setup_intent.created", "setup_intent.succeeded", "checkout.session.completed"]);
      const completed = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ["setup_intent"] });
      const setupIntent = completed.setup_intent as Stripe.SetupIntent;
      expect(setupIntent).toMatchObject({ object: "setup_intent", status: "succeeded", customer: customer.id, usage: "off_session", metadata: { subscription_id: subscription.id } });
      expect((await t.stripe.setupIntents.list({ customer: customer.id })).data.map((intent) => intent.id)).toEqual([setupIntent.id]);

      const newCard = String(setupIntent.payment_method);
      await t.stripe.subscriptions.update(subscription.id, { default_payment_method: newCard });
      const retried = await t.stripe.invoices.pay(openInvoice);
      expect(retried).toMatchObject({ status: "paid", amount_paid: 500 });
      await expect(t.stripe.subscriptions.retrieve(subscription.id)).resolves.toMatchObject({ status: "active", default_payment_method: newCard });
      await expect(t.stripe.invoices.pay(openInvoice)).rejects.toMatchObject({ statusCode: 400, raw: { type: "invalid_request_error", message: "Invoice is already paid" } });
    });

    it("refuses line items in setup mode and a card declined up front", async () => {
      const { customer } = await subscribeOnTestClock(t);
      const setup = { mode: "setup" as const, customer: customer.id, success_url: "http://127.0.0.1:3000/manage" };
      await expect(t.stripe.checkout.sessions.create({ ...setup, line_items: [{ price: "price_x", quantity: 1 }] })).rejects.toMatchObject({ raw: { param: "line_items" } });
      const session = await t.stripe.checkout.sessions.create(setup);
      const declined = await t.control(`checkout/sessions/${session.id}/pay`, { card: "4000000000000002" });
      expect(declined).toMatchObject({ status: 402, body: { error: { code: "card_declined" } } });
      await expect(t.stripe.checkout.sessions.retrieve(session.id)).resolves.toMatchObject({ status: "open", setup_intent: null });
    });
  });

  describe("when an annual renewal comes near", () => {
    it("sends invoice.upcoming 14 days before, once, with a preview of the renewal invoice", async () => {
      const { clock, subscription } = await subscribeOnTestClock(t, { interval: "year", unitAmount: 6000 });
      const renewal = subscription.items.data[0]!.current_period_end;
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: renewal - 15 * DAY });
      const start = await mark();
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: renewal - 10 * DAY });
      const upcoming = (await since(start)).filter((event) => event.type === "invoice.upcoming");
      expect(upcoming).toHaveLength(1);
      const preview = upcoming[0]?.data.object as Stripe.Invoice;
      expect(preview).toMatchObject({ object: "invoice", billing_reason: "upcoming", status: "draft", amount_due: 6000, period_start: renewal, parent: { subscription_details: { subscription: subscription.id } } });
      expect(preview.id).toBeUndefined();
      await expect(t.stripe.invoices.list({ subscription: subscription.id })).resolves.toMatchObject({ data: [{ billing_reason: "subscription_create" }] });
      const clockAt = (await t.stripe.testHelpers.testClocks.retrieve(clock.id)).frozen_time;
      expect(clockAt).toBe(renewal - 10 * DAY);
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: renewal - DAY });
      expect((await since(start)).filter((event) => event.type === "invoice.upcoming")).toHaveLength(1);
    });

    it("sends it as many days before as STRIPE_EMULATOR_UPCOMING_DAYS says", async () => {
      const seven = await startTestEmulator({ upcomingDays: 7 });
      try {
        const { clock, subscription } = await subscribeOnTestClock(seven, { interval: "year" });
        const renewal = subscription.items.data[0]!.current_period_end;
        await seven.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: renewal - 8 * DAY });
        await seven.emulator.idle();
        expect(seven.receiver.types()).not.toContain("invoice.upcoming");
        await seven.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: renewal - 6 * DAY });
        await seven.emulator.idle();
        expect(seven.receiver.types()).toContain("invoice.upcoming");
        await expect(seven.stripe.events.list({ type: "invoice.upcoming" })).resolves.toMatchObject({ data: [{ data: { object: { period_start: renewal } } }] });
      } finally {
        await seven.close();
      }
    });
  });
});
