import { getDonationOptions, findCurrencyOptions } from "./donation-options";

const settings = { currencies: ["usd", "eur", "gbp", "jpy", "sek"], defaultFrequency: "monthly" as const, minAmount: "2", maxAmount: "10000" };

describe("getDonationOptions", () => {
  const options = getDonationOptions(settings);

  it("offers the base presets per frequency in dollars, euros and pounds", () => {
    const usd = findCurrencyOptions(options, "usd")!;
    expect(usd.presets).toEqual({ once: [500, 1000, 2500, 5000], monthly: [200, 500, 1000, 2000], annual: [2500, 5000, 10000, 25000] });
    expect(usd.preselected).toEqual({ once: 1000, monthly: 500, annual: 5000 });
    expect(options.defaultFrequency).toBe("monthly");
  });

  it("uses the configured minimum when it is above Stripe's minimum charge", () => {
    expect(findCurrencyOptions(options, "gbp")!.minMinor).toBe(200);
    expect(findCurrencyOptions(options, "usd")!.maxMinor).toBe(1_000_000);
  });

  it("raises the minimum to Stripe's minimum charge where that is higher", () => {
    expect(findCurrencyOptions(options, "sek")!.minMinor).toBe(300);
    expect(findCurrencyOptions(options, "jpy")!.minMinor).toBe(50);
  });

  it("counts zero-decimal currencies in whole units", () => {
    const jpy = findCurrencyOptions(options, "jpy")!;
    expect(jpy.decimals).toBe(0);
    expect(jpy.presets.monthly).toEqual([200, 500, 1000, 2000]);
  });

  it("drops presets outside the bounds and keeps at least the minimum on offer", () => {
    const narrow = getDonationOptions({ ...settings, currencies: ["usd"], minAmount: "30", maxAmount: "60" });
    expect(narrow.currencies[0]!.presets.once).toEqual([5000]);
    expect(narrow.currencies[0]!.presets.monthly).toEqual([3000]);
  });

  it("refuses a currency it has no rules for", () => {
    expect(() => getDonationOptions({ ...settings, currencies: ["xyz"] })).toThrow(/xyz is not supported/);
  });
});
