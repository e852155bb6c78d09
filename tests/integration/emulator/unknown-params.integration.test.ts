// Stripe refuses a parameter it does not know, on every route; so does the emulator, through
// the real SDK (a misspelt parameter fails a test as it would fail in production).
import { monthlyDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";

describe("unknown parameters in the emulator", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => t.close());

  it("refuses an unknown top-level parameter with Stripe's parameter_unknown", async () => {
    const params = { ...monthlyDonation({ customer_email: "unknown@example.org" }), subscription_dat: { metadata: { frequency: "monthly" } } };
    await expect(t.stripe.checkout.sessions.create(params as never)).rejects.toMatchObject({
      statusCode: 400,
      type: "StripeInvalidRequestError",
      raw: { type: "invalid_request_error", code: "parameter_unknown", param: "subscription_dat", message: "Received unknown parameter: subscription_dat" },
    });
    await expect(t.stripe.checkout.sessions.list({ limit: 1 })).resolves.toMatchObject({ object: "list" });
  });

  it("refuses an unknown nested parameter by its bracketed name, and on GET and DELETE too", async () => {
    const line = { quantity: 1, price_data: { currency: "eur", unit_amount: 500, product_data: { name: "Gift" }, recurring: { interval: "month", intervall: 1 } } };
    await expect(t.stripe.checkout.sessions.create({ ...monthlyDonation(), line_items: [line] } as never)).rejects.toMatchObject({
      raw: { code: "parameter_unknown", param: "line_items[0][price_data][recurring][intervall]" },
    });
    await expect(t.stripe.customers.list({ emial: "x@example.org" } as never)).rejects.toMatchObject({ statusCode: 400, raw: { code: "parameter_unknown", param: "emial" } });
    const customer = await t.stripe.customers.create({ email: "delete@example.org" });
    await expect(t.stripe.customers.del(customer.id, { force: true } as never)).rejects.toMatchObject({ raw: { code: "parameter_unknown", param: "force" } });
  });

  it("does nothing when it refuses", async () => {
    const before = Object.keys(t.emulator.state.customers).length;
    await expect(t.stripe.customers.create({ email: "nothing@example.org", shoe_size: 42 } as never)).rejects.toMatchObject({ raw: { param: "shoe_size" } });
    expect(Object.keys(t.emulator.state.customers)).toHaveLength(before);
  });
});
