import { formatMoney } from "./format-money";

describe("formatMoney", () => {
  it("turns minor units into the currency's major units", () => {
    expect(formatMoney(123456, "usd")).toBe("$1,234.56");
    expect(formatMoney(500, "eur")).toBe("€5.00");
  });

  it("knows currencies without minor units", () => {
    expect(formatMoney(1500, "jpy")).toBe("¥1,500");
  });

  it("leaves out the decimals of a whole amount where readers see it, and keeps them otherwise", () => {
    expect(formatMoney(500, "usd", { trimZeroDecimals: true })).toBe("$5");
    expect(formatMoney(550, "usd", { trimZeroDecimals: true })).toBe("$5.50");
    expect(formatMoney(505, "gbp", { trimZeroDecimals: true, locale: "en-GB" })).toBe("£5.05");
    expect(formatMoney(1500, "jpy", { trimZeroDecimals: true })).toBe("¥1,500");
  });

  it("shortens large figures for chart axes", () => {
    expect(formatMoney(1_250_000_00, "gbp", { compact: true })).toBe("£1.3M");
  });
});
