import { decimalToMinor } from "./decimal-to-minor";

describe("decimalToMinor", () => {
  it("reads whole and decimal amounts exactly", () => {
    expect(decimalToMinor("12.50", "usd")).toBe(1250);
    expect(decimalToMinor(" 5 ", "eur")).toBe(500);
    expect(decimalToMinor("0.07", "gbp")).toBe(7);
    expect(decimalToMinor("1500", "jpy")).toBe(1500);
  });

  it("refuses what is not a plain amount in that currency", () => {
    for (const bad of ["", "-5", "1e3", "12.345", "ten", "1,000"]) expect(decimalToMinor(bad, "usd")).toBeNull();
    expect(decimalToMinor("1.5", "jpy")).toBeNull();
  });
});
