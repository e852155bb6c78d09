// Checkout Sessions through the real SDK: creation in both modes, retrieval with expansions,
// listing, expiry.
import { monthlyDonation, oneTimeDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { waitFor } from "@/tests/helpers/wait-for";

describe("checkout sessions in the emulator", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ expirySweepMs: 50 });
  });
  afterAll(async () => t.close());
  afterEach(() => expect(t.receiver.rejected).toEqual([]));

  describe("when a one-time donation session is created", () => {
    it("answers an open session with every setting it was given and a hosted page url", async () => {
      const expiresAt = Math.floor(Date.now() / 1000) + 3600;
      const session = await t.stripe.checkout.sessions.create(
        oneTimeDonation({
          customer_email: "reader@example.org",
          customer_creation: "always",
          client_reference_id: "attempt_123",
          metadata: { frequency: "once", appeal: "spring" },
          expires_at: expiresAt,
          locale: "fr",
        }),
      );
      expect(session.id).toMatch(/^cs_test_/);
      expect(session).toMatchObject({
        object: "checkout.session",
        mode: "payment",
        status: "open",
        payment_status: "unpaid",
        amount_total: 1000,
        currency: "eur",
        submit_type: "donate",
        customer_email: "reader@example.org",
        customer_creation: "always",
        client_reference_id: "attempt_123",
        metadata: { frequency: "once", appeal: "spring" },
        expires_at: expiresAt,
        locale: "fr",
        cancel_url: "http://127.0.0.1:3000/?cancelled=1",
        success_url: "http://127.0.0.1:3000/thanks?session_id={CHECKOUT_SESSION_ID}",
        livemode: false,
      });
      expect(session.url).toBe(`${t.emulator.url}/c/pay/${session.id}`);
      expect(session.created).toBeGreaterThan(1_700_000_000);
    });

    it("retrieves it with its line items and price expanded", async () => {
      const created = await t.stripe.checkout.sessions.create(oneTimeDonation());
      const session = await t.stripe.checkout.sessions.retrieve(created.id, { expand: ["line_items", "line_items.data.price.product"] });
      const item = session.line_items?.data[0];
      expect(item).toMatchObject({ object: "item", quantity: 1, amount_total: 1000, currency: "eur", description: "One-time donation" });
      expect(item?.price).toMatchObject({ object: "price", unit_amount: 1000, type: "one_time", recurring: null });
      expect(item?.price?.product).toMatchObject({ object: "product", name: "One-time donation" });
      const lineItems = await t.stripe.checkout.sessions.listLineItems(created.id);
      expect(lineItems.data).toHaveLength(1);
    });
  });

  describe("when a monthly donation session is created for an existing customer", () => {
    it("carries the recurring price and the customer", async () => {
      const customer = await t.stripe.customers.create({ email: "monthly@example.org" });
      const session = await t.stripe.checkout.sessions.create(monthlyDonation({ customer: customer.id, subscription_data: { metadata: { frequency: "monthly" } } }));
      expect(session).toMatchObject({ mode: "subscription", customer: customer.id, customer_creation: null, subscription: null });
      const expanded = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ["customer", "line_items"] });
      expect(expanded.customer).toMatchObject({ id: customer.id, email: "monthly@example.org" });
      expect(expanded.line_items?.data[0]?.price?.recurring).toMatchObject({ interval: "month", interval_count: 1 });
    });
  });

  describe("when sessions are listed", () => {
    it("answers newest first, filtered by customer", async () => {
      const customer = await t.stripe.customers.create({ email: "lister@example.org" });
      const first = await t.stripe.checkout.sessions.create(oneTimeDonation({ customer: customer.id }));
      const second = await t.stripe.checkout.sessions.create(oneTimeDonation({ customer: customer.id }));
      const list = await t.stripe.checkout.sessions.list({ customer: customer.id });
      expect(list.data.map((session) => session.id)).toEqual([second.id, first.id]);
      expect(list.has_more).toBe(false);
    });
  });

  describe("when a session is expired", () => {
    it("closes it, emits checkout.session.expired, and refuses a second expiry", async () => {
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation());
      const expired = await t.stripe.checkout.sessions.expire(session.id);
      expect(expired).toMatchObject({ status: "expired", url: null });
      await t.emulator.idle();
      const event = t.receiver.events.find((candidate) => candidate.type === "checkout.session.expired" && candidate.data.object.id === session.id);
      expect(event).toBeDefined();
      await expect(t.stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({ type: "StripeInvalidRequestError", statusCode: 400 });
    });
  });

  describe("when an unpaid session reaches its expires_at", () => {
    it("expires on its own and emits checkout.session.expired", async () => {
      const session = await t.stripe.checkout.sessions.create(oneTimeDonation());
      const stored = t.emulator.state.checkoutSessions[session.id];
      if (!stored) throw new Error("session not stored");
      // Stands in for 24 hours passing.
      stored.expires_at = Math.floor(Date.now() / 1000) - 1;
      // The emulator's sweep, not a read of the session, is what expires it.
      await waitFor("the expiry sweep to expire the session", () => stored.status === "expired");
      await t.emulator.idle();
      expect(t.receiver.events.some((event) => event.type === "checkout.session.expired" && event.data.object.id === session.id)).toBe(true);
      await expect(t.stripe.checkout.sessions.retrieve(session.id)).resolves.toMatchObject({ status: "expired" });
      expect((await fetch(String(session.url))).status).toBe(410);
    });
  });

  describe("when the parameters are wrong", () => {
    it("answers Stripe's error for a missing mode, a recurring price in payment mode, and a total under the minimum", async () => {
      await expect(t.stripe.checkout.sessions.create({ line_items: oneTimeDonation().line_items })).rejects.toMatchObject({
        statusCode: 400,
        raw: { type: "invalid_request_error", code: "parameter_missing", param: "mode" },
      });
      await expect(t.stripe.checkout.sessions.create({ ...monthlyDonation(), mode: "payment" })).rejects.toMatchObject({ statusCode: 400, raw: { param: "line_items" } });
      await expect(t.stripe.checkout.sessions.create(oneTimeDonation({ line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 20, product_data: { name: "Too small" } } }] }))).rejects.toMatchObject({
        statusCode: 400,
        raw: { code: "amount_too_small" },
      });
      await expect(t.stripe.checkout.sessions.create(oneTimeDonation({ customer: "cus_missing" }))).rejects.toMatchObject({
        statusCode: 404,
        raw: { code: "resource_missing", param: "customer" },
      });
      await expect(t.stripe.checkout.sessions.create(oneTimeDonation({ expires_at: Math.floor(Date.now() / 1000) + 60 }))).rejects.toMatchObject({ raw: { param: "expires_at" } });
    });
  });
});
