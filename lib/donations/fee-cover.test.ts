import { basisPointsToPercent, defaultFeeCoverRule, feeCoverAmount, percentToBasisPoints } from "./fee-cover";

describe("fee cover", () => {
  it("adds the percentage of the gift, rounded up to the minor unit, and the fixed part", () => {
    expect(feeCoverAmount(1000, { basisPoints: 290, fixed: 30 })).toBe(59);
    expect(feeCoverAmount(1001, { basisPoints: 290, fixed: 30 })).toBe(60);
    expect(feeCoverAmount(500, { basisPoints: 150, fixed: 25 })).toBe(33);
    expect(feeCoverAmount(500, { basisPoints: 0, fixed: 0 })).toBe(0);
  });

  it("scales the default fixed part to the currency, whole yen included", () => {
    expect(defaultFeeCoverRule("usd")).toEqual({ basisPoints: 290, fixed: 30 });
    expect(defaultFeeCoverRule("sek")).toEqual({ basisPoints: 290, fixed: 300 });
    expect(defaultFeeCoverRule("jpy")).toEqual({ basisPoints: 290, fixed: 30 });
    expect(feeCoverAmount(1000, defaultFeeCoverRule("jpy")!)).toBe(59);
    expect(defaultFeeCoverRule("xxx")).toBeNull();
  });

  it("reads a percentage as staff type it, and refuses anything else", () => {
    expect(percentToBasisPoints("2.9")).toBe(290);
    expect(percentToBasisPoints("1,45")).toBe(145);
    expect(percentToBasisPoints("3")).toBe(300);
    expect(basisPointsToPercent(290)).toBe("2.9");
    for (const bad of ["", "-1", "2.905", "abc", "1e2"]) expect(percentToBasisPoints(bad)).toBeNull();
  });
});
