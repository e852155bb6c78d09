import { getDonationOptions } from "./donation-options";
import { readAppealPrefill } from "./read-appeal-prefill";

const options = getDonationOptions({ currencies: ["usd", "eur", "gbp"], defaultFrequency: "monthly", minAmount: "2", maxAmount: "10000" });

describe("readAppealPrefill", () => {
  it("starts from the configured frequency and the reader's currency", () => {
    expect(readAppealPrefill({}, options, "gbp")).toEqual({
      initial: { frequency: "monthly", currency: "gbp", selected: {}, otherAmount: "" },
      message: null,
      source: null,
      cancelled: false,
    });
  });

  it("restores a preset choice from a cancelled checkout", () => {
    const prefill = readAppealPrefill({ frequency: "annual", amount: "100", currency: "eur", source: "reminder", cancelled: "1" }, options, "usd");
    expect(prefill.initial).toEqual({ frequency: "annual", currency: "eur", selected: { annual: 10000 }, otherAmount: "" });
    expect(prefill).toMatchObject({ source: "reminder", cancelled: true });
  });

  it("puts an amount that is not a preset into Other amount", () => {
    expect(readAppealPrefill({ frequency: "once", amount: "7.5", currency: "usd" }, options, "usd").initial).toMatchObject({ selected: {}, otherAmount: "7.5" });
  });

  it("works out a refused form post's message again from the choice, not from the URL", () => {
    const prefill = readAppealPrefill({ frequency: "once", amount: "1", currency: "usd", error: "Your card was stolen" }, options, "usd");
    expect(prefill.message).toEqual({ text: "The smallest gift we can take is $2.", field: "amount" });
    expect(readAppealPrefill({ error: "rate_limited" }, options, "usd").message?.text).toMatch(/too many attempts/);
  });

  it("ignores unknown values and a source that is not a slug", () => {
    const prefill = readAppealPrefill({ frequency: "hourly", currency: "btc", source: "<b>" }, options, "eur");
    expect(prefill.initial).toMatchObject({ frequency: "monthly", currency: "eur" });
    expect(prefill.source).toBeNull();
  });
});
