import Stripe from "stripe";
import { signPayload } from "./sign-payload";

describe("signPayload", () => {
  const stripe = new Stripe("sk_test_unit");
  const body = JSON.stringify({ id: "evt_1", object: "event", type: "customer.created", data: { object: { id: "cus_1" } } });

  it("produces a Stripe-Signature header the SDK verifies", () => {
    const event = stripe.webhooks.constructEvent(body, signPayload(body, "whsec_unit"), "whsec_unit");
    expect(event.id).toBe("evt_1");
  });

  it("fails verification with another secret or an old timestamp", () => {
    expect(() => stripe.webhooks.constructEvent(body, signPayload(body, "whsec_other"), "whsec_unit")).toThrow(/signature/i);
    const old = Math.floor(Date.now() / 1000) - 3600;
    expect(() => stripe.webhooks.constructEvent(body, signPayload(body, "whsec_unit", old), "whsec_unit")).toThrow(/tolerance/i);
  });
});
