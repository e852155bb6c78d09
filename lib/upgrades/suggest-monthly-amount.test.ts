import { suggestMonthlyAmount } from "./suggest-monthly-amount";

const monthly = [200, 500, 1000, 2000];

describe("the monthly amount offered after a one-time gift", () => {
  it("is about a sixth of the gift, snapped down to a preset", () => {
    expect(suggestMonthlyAmount(5000, monthly)).toBe(500);
    expect(suggestMonthlyAmount(10000, monthly)).toBe(1000);
  });

  it("is the smallest preset for small gifts", () => {
    expect(suggestMonthlyAmount(500, monthly)).toBe(200);
  });

  it("never exceeds the largest preset", () => {
    expect(suggestMonthlyAmount(1_000_000, monthly)).toBe(2000);
  });

  it("offers nothing without presets or for a gift that is not a positive integer", () => {
    expect(suggestMonthlyAmount(5000, [])).toBeUndefined();
    expect(suggestMonthlyAmount(0, monthly)).toBeUndefined();
    expect(suggestMonthlyAmount(12.5, monthly)).toBeUndefined();
  });
});
