// Balance transactions: each successful charge settles in the account's settlement currency at
// the emulator's fixed exchange table, in Stripe's shape, retrievable, listable and expandable.
import type Stripe from "stripe";
import { monthlyDonation, oneTimeDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";

describe("balance transactions in the emulator", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ settlementCurrency: "usd" });
  });
  afterAll(async () => t.close());

  async function payOneTime(currency: string, amount: number): Promise<Stripe.Charge> {
    const session = await t.stripe.checkout.sessions.create(oneTimeDonation({ line_items: [{ quantity: 1, price_data: { currency, unit_amount: amount, product_data: { name: "One-time donation" } } }] }));
    await t.control(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
    const retrieved = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent.latest_charge.balance_transaction"] });
    const intent = retrieved.payment_intent;
    if (typeof intent !== "object" || intent === null || typeof intent.latest_charge !== "object" || intent.latest_charge === null) throw new Error("the charge was not expanded");
    return intent.latest_charge;
  }

  describe("when a gift in euros is paid on a US-dollar account", () => {
    it("settles it in dollars at the table's rate, less the fee, in Stripe's shape", async () => {
      const charge = await payOneTime("eur", 1000);
      expect(charge.balance_transaction).toMatchObject({
        object: "balance_transaction",
        type: "charge",
        reporting_category: "charge",
        source: charge.id,
        currency: "usd",
        amount: 1100,
        exchange_rate: 1.1,
        fee: 62,
        net: 1038,
        fee_details: [{ amount: 62, currency: "usd", type: "stripe_fee" }],
      });
      const transaction = charge.balance_transaction as Stripe.BalanceTransaction;
      expect(transaction.id).toMatch(/^txn_/);
      await expect(t.stripe.balanceTransactions.retrieve(transaction.id)).resolves.toEqual(transaction);
    });
  });

  describe("when a gift is already in the settlement currency", () => {
    it("has no exchange rate and keeps the amount", async () => {
      const charge = await payOneTime("usd", 2500);
      expect(charge.balance_transaction).toMatchObject({ currency: "usd", amount: 2500, exchange_rate: null, fee: 103, net: 2397 });
    });
  });

  it("gives a recurring donation's first charge a balance transaction too", async () => {
    const session = await t.stripe.checkout.sessions.create(monthlyDonation({}, 700));
    const paid = await t.control<Stripe.Checkout.Session>(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
    const charges = await t.stripe.charges.list({ customer: String(paid.body.customer) });
    const transaction = await t.stripe.balanceTransactions.retrieve(String(charges.data[0]?.balance_transaction));
    expect(transaction).toMatchObject({ source: charges.data[0]?.id, currency: "usd", amount: 770, exchange_rate: 1.1 });
  });

  it("lists them by source, and leaves a declined charge without one", async () => {
    const charge = await payOneTime("gbp", 400);
    const listed = await t.stripe.balanceTransactions.list({ source: charge.id });
    expect(listed.data.map((transaction) => transaction.amount)).toEqual([500]);
    const declined = await t.stripe.checkout.sessions.create(oneTimeDonation());
    await t.control(`checkout/sessions/${declined.id}/pay`, { card: "4000000000000002" });
    const failed = (await t.stripe.charges.list({ limit: 1 })).data[0];
    expect(failed).toMatchObject({ status: "failed", balance_transaction: null });
  });

  it("answers Stripe's resource_missing for an unknown id", async () => {
    await expect(t.stripe.balanceTransactions.retrieve("txn_missing")).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" });
  });
});
