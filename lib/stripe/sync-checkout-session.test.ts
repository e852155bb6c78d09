import { checkoutSessionState } from "./sync-checkout-session";

describe("the state of a checkout session", () => {
  it("is open while the reader is still in Checkout", () => {
    expect(checkoutSessionState({ status: "open", payment_status: "unpaid" }, null)).toBe("open");
  });
  it("is expired once Checkout expired", () => {
    expect(checkoutSessionState({ status: "expired", payment_status: "unpaid" }, null)).toBe("expired");
  });
  it("is paid only when Stripe says the payment is paid", () => {
    expect(checkoutSessionState({ status: "complete", payment_status: "paid" }, { settled: "succeeded" })).toBe("paid");
  });
  it("is pending when the session completed with a delayed payment still processing", () => {
    expect(checkoutSessionState({ status: "complete", payment_status: "unpaid" }, { settled: "processing" })).toBe("pending");
  });
  it("is failed when the delayed payment failed", () => {
    expect(checkoutSessionState({ status: "complete", payment_status: "unpaid" }, { settled: "failed" })).toBe("failed");
  });
});
