import { createCheckoutResultCache } from "./checkout-result-cache";
import type { CheckoutResult } from "./read-checkout-result";

const paid: CheckoutResult = { kind: "paid", sessionId: "cs_test_paid", amountMinor: 2500, currency: "usd", frequency: "once", receiptEmailSent: true };
const pending: CheckoutResult = { ...paid, kind: "pending", sessionId: "cs_test_pending" };

describe("the thank-you result cache", () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_000_000;
  });

  it("keeps only what the page shows, not the session id", () => {
    const cache = createCheckoutResultCache({ maxEntries: 10, now });
    cache.set(paid.sessionId, paid);
    expect(cache.get(paid.sessionId)).toEqual({ kind: "paid", amountMinor: 2500, currency: "usd", frequency: "once", receiptEmailSent: true });
  });

  it("keeps a paid result for minutes and a pending one for seconds", () => {
    const cache = createCheckoutResultCache({ maxEntries: 10, now });
    cache.set(paid.sessionId, paid);
    cache.set(pending.sessionId, pending);
    clock += 30_000;
    expect(cache.get(pending.sessionId)).toBeUndefined();
    expect(cache.get(paid.sessionId)?.kind).toBe("paid");
    clock += 10 * 60_000;
    expect(cache.get(paid.sessionId)).toBeUndefined();
  });

  it("never keeps an answer that Stripe could not give", () => {
    const cache = createCheckoutResultCache({ maxEntries: 10, now });
    cache.set("cs_test_down", { kind: "unavailable" });
    expect(cache.get("cs_test_down")).toBeUndefined();
  });

  it("a flood of session ids never holds more than the cap, dropping the oldest", () => {
    const cache = createCheckoutResultCache({ maxEntries: 3, now });
    for (let n = 0; n < 100; n += 1) cache.set(`cs_test_${n}`, { kind: "not_found" });
    expect(cache.get("cs_test_96")).toBeUndefined();
    expect(["cs_test_97", "cs_test_98", "cs_test_99"].map((id) => cache.get(id)?.kind)).toEqual(["not_found", "not_found", "not_found"]);
  });
});
