// SEPA Direct Debit on the emulator's hosted Checkout page: offered for euro sessions, an IBAN typed
// by the reader, Stripe's test IBANs settling later (as a test clock advances, or after a short
// emulated delay without one), for one-time and recurring gifts, and bad input refused.
import type Stripe from "stripe";
import { monthlyDonation, oneTimeDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { waitFor } from "@/tests/helpers/wait-for";

const SUCCEEDS = "DE89 3704 0044 0532 0130 00";
const FAILS = "DE62370400440532013001";
const DAY = 86_400;

async function postHostedPage(session: Stripe.Checkout.Session, fields: Record<string, string>) {
  const response = await fetch(session.url!, { method: "POST", body: new URLSearchParams({ email: "debit@example.org", accountName: "Anna Beispiel", ...fields }), redirect: "manual" });
  return { status: response.status, location: response.headers.get("location"), html: await response.text() };
}

describe("SEPA Direct Debit on the emulator's hosted checkout", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ debitDelayMs: 50 });
  });
  afterAll(async () => t.close());
  afterEach(() => expect(t.receiver.rejected).toEqual([]));

  const eventsAfter = async (from: number) => {
    await t.emulator.idle();
    return t.receiver.events.slice(from);
  };
  const onClock = async () => {
    const clock = await t.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.UTC(2026, 2, 2, 9) / 1000) });
    const customer = await t.stripe.customers.create({ email: "debit@example.org", test_clock: clock.id });
    return { clock, customer };
  };

  it("offers SEPA Direct Debit for a euro session and not for a dollar one", async () => {
    const euro = await t.stripe.checkout.sessions.create(oneTimeDonation());
    const dollar = await t.stripe.checkout.sessions.create(oneTimeDonation({ line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 1000, product_data: { name: "One-time donation" } } }] }));
    expect(euro.payment_method_types).toEqual(["card", "sepa_debit"]);
    expect(dollar.payment_method_types).toEqual(["card"]);
    expect(await (await fetch(euro.url!)).text()).toContain('<label for="iban">IBAN</label>');
    expect(await (await fetch(dollar.url!)).text()).not.toContain("SEPA Direct Debit");
  });

  describe("when a reader types an invalid IBAN", () => {
    it("refuses it on the page and creates nothing", async () => {
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation());
      const methodsBefore = Object.keys(t.emulator.state.paymentMethods).length;
      const answer = await postHostedPage(session, { method: "sepa_debit", iban: "DE00 3704 0044 0532 0130 00" });
      expect(answer.status).toBe(400);
      expect(answer.html).toContain("Your IBAN is invalid.");
      expect(answer.html).toContain('value="DE00 3704 0044 0532 0130 00"');
      expect(Object.keys(t.emulator.state.paymentMethods)).toHaveLength(methodsBefore);
      await expect(t.stripe.checkout.sessions.retrieve(session.id)).resolves.toMatchObject({ status: "open", payment_intent: null });
    });
  });

  describe("when a forged form posts SEPA Direct Debit for a dollar session", () => {
    it("answers that the method is not available and stores nothing", async () => {
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation({ line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 1000, product_data: { name: "One-time donation" } } }] }));
      const before = { methods: Object.keys(t.emulator.state.paymentMethods).length, intents: Object.keys(t.emulator.state.paymentIntents).length };
      const answer = await postHostedPage(session, { method: "sepa_debit", iban: SUCCEEDS });
      expect(answer.status).toBe(400);
      expect(answer.html).toContain("SEPA Direct Debit is not available for this Checkout Session (USD, payment mode)");
      expect({ methods: Object.keys(t.emulator.state.paymentMethods).length, intents: Object.keys(t.emulator.state.paymentIntents).length }).toEqual(before);
      expect((await postHostedPage(session, { method: "bank_debit" })).html).toContain("Choose a payment method this checkout offers.");
      await expect(t.stripe.checkout.sessions.retrieve(session.id)).resolves.toMatchObject({ status: "open" });
    });
  });

  describe("when a one-time euro gift is paid with the IBAN that succeeds, on a test clock", () => {
    it("is processing with its mandate until the clock advances, then succeeds", async () => {
      const { clock, customer } = await onClock();
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation({ customer: customer.id }));
      const from = (await eventsAfter(0)).length;
      const answer = await postHostedPage(session, { method: "sepa_debit", iban: SUCCEEDS });
      expect(answer.status).toBe(303);
      expect(answer.location).toContain(session.id);
      expect((await eventsAfter(from)).map((event) => event.type)).toEqual(["payment_method.attached", "payment_intent.created", "charge.pending", "payment_intent.processing", "checkout.session.completed"]);
      const pending = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent.latest_charge", "payment_intent.payment_method"] });
      expect(pending.payment_status).toBe("unpaid");
      const intent = pending.payment_intent as Stripe.PaymentIntent;
      expect(intent.status).toBe("processing");
      expect(intent.payment_method).toMatchObject({ type: "sepa_debit", sepa_debit: { last4: "3000", country: "DE", bank_code: "37040044" } });
      expect((intent.latest_charge as Stripe.Charge).payment_method_details).toMatchObject({ type: "sepa_debit", sepa_debit: { last4: "3000", mandate: expect.stringMatching(/^mandate_/) } });

      const settledFrom = (await eventsAfter(0)).length;
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + DAY });
      expect((await eventsAfter(settledFrom)).map((event) => event.type)).toEqual([
        "test_helpers.test_clock.advancing",
        "charge.succeeded",
        "payment_intent.succeeded",
        "checkout.session.async_payment_succeeded",
        "test_helpers.test_clock.ready",
      ]);
      await expect(t.stripe.checkout.sessions.retrieve(session.id)).resolves.toMatchObject({ payment_status: "paid" });
    });
  });

  describe("when a one-time gift is paid with the IBAN that fails, without a test clock", () => {
    it("fails after the emulated delay with async_payment_failed", async () => {
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation({ customer_creation: "always" }));
      expect((await postHostedPage(session, { method: "sepa_debit", iban: FAILS })).status).toBe(303);
      const failed = await waitFor("the failed debit", () => t.receiver.events.find((event) => event.type === "checkout.session.async_payment_failed" && (event.data.object as Stripe.Checkout.Session).id === session.id));
      expect(failed.data.object).toMatchObject({ payment_status: "unpaid" });
      const intent = await t.stripe.paymentIntents.retrieve(String((await t.stripe.checkout.sessions.retrieve(session.id)).payment_intent));
      expect(intent).toMatchObject({ status: "requires_payment_method", last_payment_error: { code: "insufficient_funds" } });
    });
  });

  describe("when a monthly gift is paid by SEPA Direct Debit on a test clock", () => {
    it("is active with its first invoice open, paid as the clock advances, and each renewal settles the same way", async () => {
      const { clock, customer } = await onClock();
      const session = await t.stripe.checkout.sessions.create(monthlyDonation({ customer: customer.id }));
      expect((await postHostedPage(session, { method: "sepa_debit", iban: SUCCEEDS })).status).toBe(303);
      const completed = await t.stripe.checkout.sessions.retrieve(session.id);
      expect(completed).toMatchObject({ status: "complete", payment_status: "unpaid" });
      const subscription = await t.stripe.subscriptions.retrieve(String(completed.subscription));
      expect(subscription.status).toBe("active");
      await expect(t.stripe.invoices.retrieve(String(completed.invoice))).resolves.toMatchObject({ status: "open", amount_paid: 0 });

      const from = (await eventsAfter(0)).length;
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + DAY });
      const types = (await eventsAfter(from)).map((event) => event.type);
      expect(types).toEqual(expect.arrayContaining(["invoice.paid", "invoice.payment_succeeded", "checkout.session.async_payment_succeeded"]));
      await expect(t.stripe.invoices.retrieve(String(completed.invoice))).resolves.toMatchObject({ status: "paid", amount_paid: 500 });

      const renewalFrom = (await eventsAfter(0)).length;
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + 32 * DAY });
      const renewalTypes = (await eventsAfter(renewalFrom)).map((event) => event.type);
      expect(renewalTypes.filter((type) => type.startsWith("invoice.") && type !== "invoice.upcoming")).toEqual(["invoice.created", "invoice.finalized", "invoice.paid", "invoice.payment_succeeded"]);
      expect(renewalTypes.indexOf("payment_intent.processing")).toBeLessThan(renewalTypes.indexOf("invoice.paid"));
    });

    it("turns past due with invoice.payment_failed when the IBAN fails", async () => {
      const { clock, customer } = await onClock();
      const session = await t.stripe.checkout.sessions.create(monthlyDonation({ customer: customer.id }));
      expect((await postHostedPage(session, { method: "sepa_debit", iban: FAILS })).status).toBe(303);
      const completed = await t.stripe.checkout.sessions.retrieve(session.id);
      const from = (await eventsAfter(0)).length;
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + DAY });
      const types = (await eventsAfter(from)).map((event) => event.type);
      expect(types).toEqual(expect.arrayContaining(["charge.failed", "invoice.payment_failed", "customer.subscription.updated", "checkout.session.async_payment_failed"]));
      await expect(t.stripe.subscriptions.retrieve(String(completed.subscription))).resolves.toMatchObject({ status: "past_due" });
      await expect(t.stripe.invoices.retrieve(String(completed.invoice))).resolves.toMatchObject({ status: "open" });
    });
  });
});
