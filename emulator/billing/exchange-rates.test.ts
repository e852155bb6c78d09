import { convertMinor, exchangeRate } from "./exchange-rates";

describe("the emulator's exchange table", () => {
  it("applies no rate when the charge is already in the settlement currency", () => {
    expect(exchangeRate("usd", "usd")).toBeNull();
    expect(convertMinor(1234, "usd", "usd")).toBe(1234);
  });

  it("converts minor units between two-decimal currencies at the fixed rate", () => {
    expect(exchangeRate("eur", "usd")).toBe(1.1);
    expect(convertMinor(1000, "eur", "usd")).toBe(1100);
    expect(convertMinor(1100, "usd", "eur")).toBe(1000);
  });

  it("counts zero-decimal currencies in whole units", () => {
    expect(convertMinor(1000, "jpy", "usd")).toBe(650);
    expect(convertMinor(650, "usd", "jpy")).toBe(1000);
  });
});
