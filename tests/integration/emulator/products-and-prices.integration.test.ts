// Products and prices through the real SDK: our own product ids, lookup keys, and statement
// descriptors checked and recorded as Stripe does.
import { oneTimeDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";

describe("products and prices in the emulator", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => t.close());
  afterEach(() => expect(t.receiver.rejected).toEqual([]));

  describe("products", () => {
    it("creates one with the id asked for, once, and finds it by id and in lists", async () => {
      const product = await t.stripe.products.create({ id: "reader-support-monthly", name: "Monthly support", statement_descriptor: "SERVICES" });
      expect(product).toMatchObject({ id: "reader-support-monthly", object: "product", name: "Monthly support", statement_descriptor: "SERVICES", active: true });
      await expect(t.stripe.products.create({ id: "reader-support-monthly", name: "Again" })).rejects.toMatchObject({ statusCode: 400, raw: { code: "resource_already_exists", param: "id" } });
      expect((await t.stripe.products.list({ ids: ["reader-support-monthly"] })).data.map((p) => p.id)).toEqual(["reader-support-monthly"]);
      expect(await t.stripe.products.retrieve("reader-support-monthly")).toEqual(product);
    });

    it("updates the name and descriptor, and tells webhooks what changed", async () => {
      const updated = await t.stripe.products.update("reader-support-monthly", { name: "Newsroom: Monthly support", statement_descriptor: "READING" });
      expect(updated).toMatchObject({ name: "Newsroom: Monthly support", statement_descriptor: "READING" });
      await t.emulator.idle();
      const event = t.receiver.events.findLast((e) => e.type === "product.updated");
      expect(event?.data.previous_attributes).toEqual({ name: "Monthly support", statement_descriptor: "SERVICES" });
    });

    it.each([
      ["too short", "ABCD"],
      ["too long", "A".repeat(23)],
      ["only digits", "123456"],
      ["a forbidden character", "NEWS*ROOM"],
      ["non-Latin letters", "ПОДДЕРЖКА"],
    ])("refuses a statement descriptor that is %s", async (_why, descriptor) => {
      await expect(t.stripe.products.update("reader-support-monthly", { statement_descriptor: descriptor })).rejects.toMatchObject({ statusCode: 400, raw: { param: "statement_descriptor" } });
    });
  });

  describe("prices", () => {
    it("creates an active price with a lookup key, finds it by the key, and moves the key only when asked", async () => {
      const price = await t.stripe.prices.create({ product: "reader-support-monthly", currency: "eur", unit_amount: 500, recurring: { interval: "month" }, lookup_key: "monthly-eur-500" });
      expect(price).toMatchObject({ active: true, lookup_key: "monthly-eur-500", type: "recurring", unit_amount: 500, product: "reader-support-monthly" });
      expect((await t.stripe.prices.list({ lookup_keys: ["monthly-eur-500"] })).data.map((p) => p.id)).toEqual([price.id]);
      const taken = { product: "reader-support-monthly", currency: "eur", unit_amount: 500, recurring: { interval: "month" as const }, lookup_key: "monthly-eur-500" };
      await expect(t.stripe.prices.create(taken)).rejects.toMatchObject({ statusCode: 400, raw: { param: "lookup_key" } });
      const successor = await t.stripe.prices.create({ ...taken, transfer_lookup_key: true });
      expect((await t.stripe.prices.retrieve(price.id)).lookup_key).toBeNull();
      expect((await t.stripe.prices.list({ lookup_keys: ["monthly-eur-500"] })).data.map((p) => p.id)).toEqual([successor.id]);
      expect((await t.stripe.prices.update(price.id, { active: false })).active).toBe(false);
      expect((await t.stripe.prices.list({ active: true, product: "reader-support-monthly" })).data.map((p) => p.id)).toEqual([successor.id]);
    });
  });

  describe("a Checkout payment's statement descriptor suffix", () => {
    it("is recorded on the payment and its charge, after the account's prefix", async () => {
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation({ payment_intent_data: { statement_descriptor_suffix: "SERVICES" } }));
      const paid = await t.control<{ payment_intent: string }>(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" });
      const intent = await t.stripe.paymentIntents.retrieve(paid.body.payment_intent);
      expect(intent.statement_descriptor_suffix).toBe("SERVICES");
      expect(await t.stripe.charges.retrieve(String(intent.latest_charge))).toMatchObject({ statement_descriptor_suffix: "SERVICES", calculated_statement_descriptor: "EMULATOR* SERVICES" });
    });

    it("is refused when it would not fit in 22 characters with the prefix", async () => {
      await expect(t.stripe.checkout.sessions.create(oneTimeDonation({ payment_intent_data: { statement_descriptor_suffix: "A".repeat(13) } }))).rejects.toMatchObject({
        statusCode: 400,
        raw: { param: "payment_intent_data[statement_descriptor_suffix]" },
      });
    });
  });
});
