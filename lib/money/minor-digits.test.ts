import { supportedCurrencies } from "./supported-currencies";
import { minorDigits, minorDigitsOf } from "./minor-digits";

describe("minorDigits", () => {
  it("knows two-decimal and zero-decimal currencies, in any letter case", () => {
    for (const code of ["usd", "EUR", "gbp", "chf", "sek", "czk"]) expect(minorDigits(code)).toBe(2);
    for (const code of ["jpy", "KRW", "vnd"]) expect(minorDigits(code)).toBe(0);
  });

  it("agrees with Stripe's decimals for every currency the appeal offers", () => {
    for (const [code, rule] of Object.entries(supportedCurrencies)) expect([code, minorDigits(code)]).toEqual([code, rule.decimals]);
  });

  it("says when a code is not a currency", () => {
    for (const code of ["", "us", "usdx", "<b>", "12$"]) expect(minorDigitsOf(code)).toBeUndefined();
    expect(minorDigits("us")).toBe(2);
  });
});
