// Refunds (full and partial) through the SDK, disputes opened and closed through the control API.
import type Stripe from "stripe";
import { oneTimeDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";

describe("refunds and disputes in the emulator", () => {
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

  async function paidDonation(amount = 2000) {
    const session = await t.stripe.checkout.sessions.create(oneTimeDonation({ line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: amount, product_data: { name: "Donation" } } }] }));
    const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
    const paymentIntent = await t.stripe.paymentIntents.retrieve(String(paid.body.payment_intent));
    return { paymentIntent, chargeId: String(paymentIntent.latest_charge) };
  }

  describe("when part of a donation is refunded, then the rest", () => {
    it("emits refund.created and charge.refunded each time and marks the charge refunded at the end", async () => {
      const { paymentIntent, chargeId } = await paidDonation();
      const start = await mark();
      const partial = await t.stripe.refunds.create({ charge: chargeId, amount: 500, reason: "requested_by_customer" });
      expect(partial).toMatchObject({ object: "refund", amount: 500, status: "succeeded", charge: chargeId, payment_intent: paymentIntent.id });
      await expect(t.stripe.charges.retrieve(chargeId)).resolves.toMatchObject({ amount_refunded: 500, refunded: false });
      const rest = await t.stripe.refunds.create({ payment_intent: paymentIntent.id });
      expect(rest.amount).toBe(1500);
      await t.emulator.idle();
      const events = t.receiver.events.slice(start);
      expect(events.map((event) => event.type)).toEqual(["refund.created", "charge.refunded", "refund.created", "charge.refunded"]);
      const last = events.at(-1);
      if (last?.type !== "charge.refunded") throw new Error("expected charge.refunded");
      expect(last.data.object).toMatchObject({ id: chargeId, amount_refunded: 2000, refunded: true });
      const charge = await t.stripe.charges.retrieve(chargeId, { expand: ["refunds"] });
      expect(charge.refunds?.data.map((refund) => refund.amount)).toEqual([1500, 500]);
      await expect(t.stripe.refunds.list({ charge: chargeId })).resolves.toMatchObject({ data: [{ id: rest.id }, { id: partial.id }] });
      await expect(t.stripe.refunds.retrieve(partial.id)).resolves.toMatchObject({ amount: 500 });
    });

    it("refuses more than what is left, and a second full refund", async () => {
      const { chargeId } = await paidDonation(1000);
      await expect(t.stripe.refunds.create({ charge: chargeId, amount: 1001 })).rejects.toMatchObject({ statusCode: 400, raw: { param: "amount", code: "amount_too_large" } });
      await t.stripe.refunds.create({ charge: chargeId });
      await expect(t.stripe.refunds.create({ charge: chargeId })).rejects.toMatchObject({ statusCode: 400, raw: { code: "charge_already_refunded" } });
      await expect(t.stripe.refunds.create({})).rejects.toMatchObject({ statusCode: 400, raw: { code: "parameter_missing" } });
      await expect(t.stripe.refunds.create({ charge: "ch_unknown" })).rejects.toMatchObject({ statusCode: 404, raw: { code: "resource_missing", param: "charge" } });
    });
  });

  describe("when a reader's bank disputes a donation", () => {
    it("emits charge.dispute.created, then charge.dispute.closed when it is decided", async () => {
      const { paymentIntent, chargeId } = await paidDonation();
      const start = await mark();
      const opened = await t.control<Stripe.Dispute>(`charges/${chargeId}/dispute`, { reason: "fraudulent" });
      expect(opened.status).toBe(200);
      expect(opened.body).toMatchObject({ object: "dispute", status: "needs_response", amount: 2000, charge: chargeId, payment_intent: paymentIntent.id, reason: "fraudulent" });
      await expect(t.stripe.charges.retrieve(chargeId)).resolves.toMatchObject({ disputed: true });
      await expect(t.stripe.disputes.retrieve(opened.body.id)).resolves.toMatchObject({ status: "needs_response" });
      const closed = await t.control<Stripe.Dispute>(`disputes/${opened.body.id}/close`, { status: "lost" });
      expect(closed.body.status).toBe("lost");
      await t.emulator.idle();
      expect(t.receiver.events.slice(start).map((event) => event.type)).toEqual(["charge.dispute.created", "charge.dispute.closed"]);
      await expect(t.stripe.disputes.list({ charge: chargeId })).resolves.toMatchObject({ data: [{ id: opened.body.id, status: "lost" }] });
      expect((await t.control(`disputes/${opened.body.id}/close`, { status: "won" })).status).toBe(400);
    });

    it("lets the merchant accept a dispute through the API", async () => {
      const { paymentIntent } = await paidDonation();
      const opened = await t.control<Stripe.Dispute>(`charges/${paymentIntent.id}/dispute`);
      await expect(t.stripe.disputes.close(opened.body.id)).resolves.toMatchObject({ status: "lost" });
    });
  });
});
