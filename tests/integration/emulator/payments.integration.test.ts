// Paying Checkout Sessions through the control API: the events in Stripe's order, the payment
// intents and charges they leave behind, Stripe's test cards, and the delayed bank debit.
import type Stripe from "stripe";
import { oneTimeDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";

describe("paying checkout sessions in the emulator", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => t.close());
  afterEach(() => expect(t.receiver.rejected).toEqual([]));
  /** Where the next action's events start, once earlier deliveries have landed. */
  const mark = async () => {
    await t.emulator.idle();
    return t.receiver.events.length;
  };

  describe("when a one-time donation is paid with 4242 4242 4242 4242", () => {
    it("completes the session and delivers signed events in Stripe's order", async () => {
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation({ customer_creation: "always", payment_intent_data: { metadata: { appeal: "spring" } } }));
      const before = await mark();
      const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4242 4242 4242 4242", email: "giver@example.org", name: "Ada Giver" });
      expect(paid.status).toBe(200);
      await t.emulator.idle();
      const delivered = t.receiver.events.slice(before);
      expect(delivered.map((event) => event.type)).toEqual(["customer.created", "payment_method.attached", "payment_intent.created", "charge.succeeded", "payment_intent.succeeded", "checkout.session.completed"]);
      const completed = delivered.at(-1);
      if (completed?.type !== "checkout.session.completed") throw new Error("expected checkout.session.completed last");
      expect(completed.data.object).toMatchObject({ id: session.id, status: "complete", payment_status: "paid", customer_details: { email: "giver@example.org", name: "Ada Giver" } });

      const retrieved = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent.latest_charge", "customer"] });
      expect(retrieved.customer).toMatchObject({ object: "customer", email: "giver@example.org" });
      const paymentIntent = retrieved.payment_intent;
      if (typeof paymentIntent !== "object" || paymentIntent === null) throw new Error("payment_intent was not expanded");
      expect(paymentIntent).toMatchObject({ object: "payment_intent", status: "succeeded", amount: 1000, amount_received: 1000, currency: "eur", metadata: { appeal: "spring" } });
      expect(paymentIntent.latest_charge).toMatchObject({ object: "charge", status: "succeeded", paid: true, amount: 1000, payment_method_details: { type: "card", card: { last4: "4242", brand: "visa" } } });
    });

    it("lists and retrieves its payment intent and charge", async () => {
      const customer = await t.stripe.customers.create({ email: "lists@example.org" });
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation({ customer: customer.id }));
      await t.control(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
      const intents = await t.stripe.paymentIntents.list({ customer: customer.id });
      expect(intents.data).toHaveLength(1);
      const intent = await t.stripe.paymentIntents.retrieve(intents.data[0]?.id ?? "");
      const charges = await t.stripe.charges.list({ payment_intent: intent.id });
      expect(charges.data.map((charge) => charge.id)).toEqual([intent.latest_charge]);
      const charge = await t.stripe.charges.retrieve(String(intent.latest_charge));
      expect(charge).toMatchObject({ customer: customer.id, payment_intent: intent.id, amount_refunded: 0 });
      const again = await t.control(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
      expect(again.status).toBe(400);
    });
  });

  describe("when the card is declined", () => {
    it.each([
      ["4000000000000002", "generic_decline"],
      ["4000000000009995", "insufficient_funds"],
    ])("answers a card_error for %s (%s), leaves the session open, and records the failed attempt", async (card, declineCode) => {
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation());
      const before = await mark();
      const attempt = await t.control<{ error: { type: string; code: string; decline_code: string } }>(`checkout/sessions/${session.id}/pay`, { card });
      expect(attempt.status).toBe(402);
      expect(attempt.body.error).toMatchObject({ type: "card_error", code: "card_declined", decline_code: declineCode });
      await t.emulator.idle();
      expect(t.receiver.events.slice(before).map((event) => event.type)).toEqual(["payment_intent.created", "charge.failed", "payment_intent.payment_failed"]);
      const retrieved = await t.stripe.checkout.sessions.retrieve(session.id);
      expect(retrieved.status).toBe("open");
      const intent = await t.stripe.paymentIntents.retrieve(String(retrieved.payment_intent));
      expect(intent).toMatchObject({ status: "requires_payment_method", last_payment_error: { decline_code: declineCode } });
      const retry = await t.control(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
      expect(retry.status).toBe(200);
      await expect(t.stripe.paymentIntents.retrieve(intent.id)).resolves.toMatchObject({ status: "succeeded" });
    });

    it("refuses a number that fails the Luhn check and a real (non-test) card", async () => {
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation());
      expect((await t.control(`checkout/sessions/${session.id}/pay`, { card: "4242424242424241" })).body).toMatchObject({ error: { code: "incorrect_number" } });
      expect((await t.control(`checkout/sessions/${session.id}/pay`, { card: "4012888888881881" })).body).toMatchObject({ error: { decline_code: "test_mode_live_card" } });
    });
  });

  describe("when the donation is paid by the delayed bank debit", () => {
    it.each([
      ["succeeded", "checkout.session.async_payment_succeeded", "paid"],
      ["failed", "checkout.session.async_payment_failed", "unpaid"],
    ])("completes unpaid first, then settles %s with %s", async (outcome, eventType, paymentStatus) => {
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation());
      const before = await mark();
      await t.control(`checkout/sessions/${session.id}/pay`, { method: "bank_debit", email: "slow@example.org" });
      await t.emulator.idle();
      expect(t.receiver.events.slice(before).map((event) => event.type)).toEqual(["payment_intent.created", "charge.pending", "payment_intent.processing", "checkout.session.completed"]);
      await expect(t.stripe.checkout.sessions.retrieve(session.id)).resolves.toMatchObject({ status: "complete", payment_status: "unpaid" });
      const settled = await t.control(`checkout/sessions/${session.id}/settle`, { outcome });
      expect(settled.status).toBe(200);
      await t.emulator.idle();
      const last = t.receiver.events.at(-1);
      expect(last?.type).toBe(eventType);
      expect(last?.data.object).toMatchObject({ id: session.id, payment_status: paymentStatus });
      expect((await t.control(`checkout/sessions/${session.id}/settle`, { outcome })).status).toBe(400);
    });
  });
});
