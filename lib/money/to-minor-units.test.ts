import { fromMinorUnits, toMinorUnits } from "./to-minor-units";

describe("toMinorUnits", () => {
  it("turns whole and decimal major units into integer minor units", () => {
    expect(toMinorUnits("10", 2)).toEqual({ ok: true, minor: 1000 });
    expect(toMinorUnits("12.5", 2)).toEqual({ ok: true, minor: 1250 });
    expect(toMinorUnits("12.50", 2)).toEqual({ ok: true, minor: 1250 });
    expect(toMinorUnits(" 0.30 ", 2)).toEqual({ ok: true, minor: 30 });
    expect(toMinorUnits("007", 2)).toEqual({ ok: true, minor: 700 });
  });

  it("keeps amounts that floats would round wrongly exact", () => {
    expect(toMinorUnits("0.29", 2)).toEqual({ ok: true, minor: 29 });
    expect(toMinorUnits("1.005", 3)).toEqual({ ok: true, minor: 1005 });
    expect(toMinorUnits("19.99", 2)).toEqual({ ok: true, minor: 1999 });
  });

  it("refuses more decimals than the currency has, ignoring trailing zeros", () => {
    expect(toMinorUnits("1.234", 2)).toEqual({ ok: false, reason: "too_many_decimals" });
    expect(toMinorUnits("500.5", 0)).toEqual({ ok: false, reason: "too_many_decimals" });
    expect(toMinorUnits("500.00", 0)).toEqual({ ok: true, minor: 500 });
  });

  it("refuses text, signs, exponents and empty strings", () => {
    for (const text of ["", "ten", "-5", "+5", "1e3", "1,50", "12.", ".5", "0x10", "Infinity", "5 5"]) {
      expect(toMinorUnits(text, 2)).toEqual({ ok: false, reason: "not_a_number" });
    }
  });

  it("refuses amounts too large to be a gift before they reach number precision limits", () => {
    expect(toMinorUnits("9".repeat(30), 2)).toEqual({ ok: false, reason: "too_large" });
  });
});

describe("fromMinorUnits", () => {
  it("writes minor units back as the shortest decimal a form would show", () => {
    expect(fromMinorUnits(1000, 2)).toBe("10");
    expect(fromMinorUnits(1250, 2)).toBe("12.50");
    expect(fromMinorUnits(5, 2)).toBe("0.05");
    expect(fromMinorUnits(500, 0)).toBe("500");
  });
});
