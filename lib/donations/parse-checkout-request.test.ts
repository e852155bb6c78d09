import { getDonationOptions } from "./donation-options";
import { parseCheckoutRequest } from "./parse-checkout-request";

const options = getDonationOptions({ currencies: ["usd", "eur", "gbp", "jpy"], defaultFrequency: "monthly", minAmount: "2", maxAmount: "10000" });
const parse = (body: unknown) => parseCheckoutRequest(body, options);

describe("parseCheckoutRequest", () => {
  it("accepts a valid gift, in any case, as integer minor units", () => {
    expect(parse({ frequency: "Monthly", amount: "12.50", currency: "EUR" })).toEqual({
      ok: true,
      value: { frequency: "monthly", amountMinor: 1250, feeCoverMinor: 0, currency: "eur", source: null, attemptKey: null },
    });
  });

  it("accepts a numeric amount from JSON clients", () => {
    expect(parse({ frequency: "once", amount: 10, currency: "usd" })).toMatchObject({ ok: true, value: { amountMinor: 1000 } });
  });

  it("lets a typed other amount win over a preset", () => {
    expect(parse({ frequency: "once", amount: "10", other_amount: "7", currency: "usd" })).toMatchObject({ ok: true, value: { amountMinor: 700 } });
  });

  describe("with the fee cover ticked", () => {
    it("adds the fee the server computes from the currency's rule, whatever the form says it is", () => {
      expect(parse({ frequency: "once", amount: "10", currency: "usd", cover_fees: "on", fee_cover: "0.01", feeCoverMinor: 1 })).toMatchObject({ ok: true, value: { amountMinor: 1000, feeCoverMinor: 59 } });
      expect(parse({ frequency: "annual", amount: "1000", currency: "jpy", cover_fees: "true" })).toMatchObject({ ok: true, value: { amountMinor: 1000, feeCoverMinor: 59 } });
    });

    it("adds nothing when the box is not ticked, or for a currency staff gave no fee cover", () => {
      expect(parse({ frequency: "once", amount: "10", currency: "usd", cover_fees: "" })).toMatchObject({ ok: true, value: { feeCoverMinor: 0 } });
      const noFees = { ...options, currencies: options.currencies.map((c) => ({ ...c, feeCover: null })) };
      expect(parseCheckoutRequest({ frequency: "once", amount: "10", currency: "usd", cover_fees: "on" }, noFees)).toMatchObject({ ok: true, value: { feeCoverMinor: 0 } });
    });

    it("refuses a gift at the maximum, saying what the total would be, rather than charging above it", () => {
      const result = parse({ frequency: "once", amount: "10000", currency: "usd", cover_fees: "on" });
      expect(result).toEqual({ ok: false, error: { code: "fee_above_maximum", field: "amount", message: expect.stringContaining("$10,290.30") } });
      expect(parse({ frequency: "once", amount: "10000", currency: "usd" })).toMatchObject({ ok: true });
    });
  });

  it("keeps a slug source and a well-formed attempt key, and drops anything else", () => {
    const ok = parse({ frequency: "once", amount: "10", currency: "usd", source: "Reminder", attempt_key: "a".repeat(24) });
    expect(ok).toMatchObject({ ok: true, value: { source: "reminder", attemptKey: "a".repeat(24) } });
    const odd = parse({ frequency: "once", amount: "10", currency: "usd", source: "<script>", attempt_key: { x: 1 } });
    expect(odd).toMatchObject({ ok: true, value: { source: null, attemptKey: null } });
  });

  it.each([
    [{ amount: "10", currency: "usd" }, "missing_field", "frequency"],
    [{ frequency: "weekly", amount: "10", currency: "usd" }, "invalid_frequency", "frequency"],
    [{ frequency: "once", amount: "10" }, "missing_field", "currency"],
    [{ frequency: "once", amount: "10", currency: "xyz" }, "invalid_currency", "currency"],
    [{ frequency: "once", currency: "usd" }, "missing_field", "amount"],
    [{ frequency: "once", amount: "ten", currency: "usd" }, "invalid_amount", "amount"],
    [{ frequency: "once", amount: "-5", currency: "usd" }, "invalid_amount", "amount"],
    [{ frequency: "once", amount: "0", currency: "usd" }, "amount_below_minimum", "amount"],
    [{ frequency: "once", amount: "1.99", currency: "usd" }, "amount_below_minimum", "amount"],
    [{ frequency: "once", amount: "10000.01", currency: "usd" }, "amount_above_maximum", "amount"],
    [{ frequency: "once", amount: "1".repeat(40), currency: "usd" }, "amount_above_maximum", "amount"],
    [{ frequency: "once", amount: "10.123", currency: "usd" }, "too_many_decimals", "amount"],
    [{ frequency: "once", amount: "500.5", currency: "jpy" }, "too_many_decimals", "amount"],
    [{ frequency: ["once"], amount: "10", currency: "usd" }, "invalid_frequency", "frequency"],
    [{ frequency: "once", amount: { value: 10 }, currency: "usd" }, "invalid_amount", "amount"],
  ])("refuses %j with %s on %s", (body, code, field) => {
    const result = parse(body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code, field });
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it("says what is allowed: the minimum in the reader's currency", () => {
    const result = parse({ frequency: "once", amount: "1", currency: "gbp" });
    expect(result).toMatchObject({ ok: false, error: { message: "The smallest gift we can take is £2." } });
  });

  it("treats a body that is not an object as missing every field", () => {
    expect(parse("frequency=once")).toMatchObject({ ok: false, error: { code: "missing_field", field: "frequency" } });
    expect(parse(null)).toMatchObject({ ok: false, error: { code: "missing_field" } });
  });
});

describe("parseCheckoutRequest with the appeal form's fields", () => {
  it("takes the preset chosen for the submitted frequency and ignores the others", () => {
    const form = { frequency: "annual", amount_once: "10", amount_monthly: "5", amount_annual: "100", currency: "usd" };
    expect(parse(form)).toMatchObject({ ok: true, value: { frequency: "annual", amountMinor: 10000 } });
  });
});

describe("a refused checkout request in the reader's language", () => {
  const options = getDonationOptions({ currencies: ["usd", "eur"], defaultFrequency: "monthly", minAmount: "2", maxAmount: "10000" });

  it("says what is wrong in Russian, with money as Russian readers write it", () => {
    const result = parseCheckoutRequest({ frequency: "monthly", amount: "1", currency: "eur" }, options, "ru");
    expect(result).toEqual({ ok: false, error: { code: "amount_below_minimum", field: "amount", message: "Наименьшая сумма, которую мы можем принять, — 2\u00a0€." } });
  });

  it("falls back to English for a language it does not have", () => {
    const result = parseCheckoutRequest({ frequency: "weekly", amount: "5", currency: "usd" }, options, "xx");
    expect(result.ok || result.error.message).toBe("Choose how often to give: once, monthly or annual.");
  });

  describe("when a forged request names a payment method", () => {
    it("refuses one that cannot take the currency or the frequency, naming it", () => {
      expect(parse({ frequency: "once", amount: "10", currency: "usd", payment_method: "sepa_debit" })).toMatchObject({ ok: false, error: { code: "payment_method_unavailable", field: "currency" } });
      expect(parse({ frequency: "annual", amount: "10", currency: "eur", payment_method: "iDEAL" })).toMatchObject({
        ok: false,
        error: { code: "payment_method_unavailable", field: "frequency", message: expect.stringContaining("iDEAL") },
      });
      expect(parse({ frequency: "once", amount: "10", currency: "eur", payment_method: "bitcoin" })).toMatchObject({ ok: false, error: { code: "payment_method_unavailable" } });
    });

    it("lets one that can pay the gift through unchanged", () => {
      expect(parse({ frequency: "monthly", amount: "10", currency: "eur", payment_method: "sepa_debit" })).toMatchObject({ ok: true, value: { currency: "eur", amountMinor: 1000 } });
    });
  });
});
