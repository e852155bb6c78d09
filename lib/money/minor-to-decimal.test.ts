import { minorToDecimal } from "./minor-to-decimal";

describe("minorToDecimal", () => {
  it("writes cents as an exact decimal", () => {
    expect(minorToDecimal(1250, "usd")).toBe("12.50");
    expect(minorToDecimal(5, "eur")).toBe("0.05");
    expect(minorToDecimal(-300, "gbp")).toBe("-3.00");
  });

  it("leaves currencies without minor units whole", () => {
    expect(minorToDecimal(1500, "jpy")).toBe("1500");
  });
});
