import { badgesFor, canUseMethod, defaultBadges, paymentMethods } from "./payment-method-rules";
import { paymentBadgesSchema } from "./payment-badges-schema";
import { resolvePaymentBadges } from "./get-payment-badges";

describe("which payment-method badges the appeal may show", () => {
  const everything = [...paymentMethods];

  it("shows iDEAL and Bancontact for one-time euro gifts only", () => {
    expect(badgesFor(everything, "eur", "once")).toEqual(["card", "apple_pay", "google_pay", "paypal", "sepa_debit", "ideal", "bancontact"]);
    expect(badgesFor(everything, "eur", "monthly")).toEqual(["card", "apple_pay", "google_pay", "paypal", "sepa_debit"]);
    expect(badgesFor(everything, "eur", "annual")).not.toContain("ideal");
  });

  it("shows SEPA Direct Debit for euro gifts, never for another currency", () => {
    expect(canUseMethod("sepa_debit", "eur", "monthly")).toBe(true);
    for (const currency of ["usd", "gbp", "chf", "jpy"]) expect(canUseMethod("sepa_debit", currency, "once")).toBe(false);
  });

  it("keeps the bank debits to their own currencies", () => {
    expect(badgesFor(everything, "gbp", "monthly")).toEqual(["card", "apple_pay", "google_pay", "paypal", "bacs_debit"]);
    expect(badgesFor(everything, "usd", "annual")).toEqual(["card", "apple_pay", "google_pay", "paypal", "us_bank_account"]);
  });

  it("shows PayPal only in the currencies Stripe settles it in", () => {
    expect(canUseMethod("paypal", "sek", "monthly")).toBe(true);
    expect(canUseMethod("paypal", "jpy", "once")).toBe(false);
  });

  it("shows cards and wallets in every currency and frequency", () => {
    for (const method of ["card", "apple_pay", "google_pay"] as const) expect(canUseMethod(method, "jpy", "annual")).toBe(true);
  });

  it("offers SEPA Direct Debit by default for euro gifts only", () => {
    expect(defaultBadges("eur")).toEqual(["card", "apple_pay", "google_pay", "sepa_debit"]);
    expect(defaultBadges("usd")).toEqual(["card", "apple_pay", "google_pay"]);
  });
});

describe("the badges staff save", () => {
  it("accepts methods that take the currency, iDEAL included", () => {
    expect(paymentBadgesSchema.parse({ eur: ["card", "ideal", "sepa_debit", "card"], usd: [] })).toEqual({ eur: ["card", "ideal", "sepa_debit"], usd: [] });
  });

  it("refuses a forged method for a currency it cannot take, naming both", () => {
    const result = paymentBadgesSchema.safeParse({ usd: ["card", "sepa_debit"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("cannot show SEPA Direct Debit: it does not take USD gifts");
  });

  it("refuses a method the appeal does not know", () => {
    expect(paymentBadgesSchema.safeParse({ eur: ["bitcoin"] }).success).toBe(false);
    expect(paymentBadgesSchema.safeParse({ "<b>": ["card"] }).success).toBe(false);
  });

  it("uses the defaults for a currency staff have not chosen for, and the rules' order", () => {
    expect(resolvePaymentBadges({ eur: ["sepa_debit", "card"] }, ["eur", "gbp"])).toEqual({ eur: ["card", "sepa_debit"], gbp: ["card", "apple_pay", "google_pay"] });
  });
});
