import { compareVariants, twoProportionZ, wilsonInterval } from "./compare-variants";

describe("comparing copy variants", () => {
  it("gives the 95% Wilson interval of 10 gifts in 100 views", () => {
    const interval = wilsonInterval(10, 100)!;
    expect(interval.rate).toBe(0.1);
    expect(interval.low).toBeCloseTo(0.0552, 4);
    expect(interval.high).toBeCloseTo(0.1744, 4);
  });

  it("keeps the interval above zero width when there are no gifts yet", () => {
    const interval = wilsonInterval(0, 50)!;
    expect(interval.low).toBe(0);
    expect(interval.high).toBeGreaterThan(0.05);
  });

  it("has no interval without views", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it("computes the pooled two-proportion z statistic", () => {
    expect(twoProportionZ(10, 100, 20, 100)).toBeCloseTo(1.98, 2);
  });

  it("says not yet clear while the intervals overlap, even when the z-test alone would call it", () => {
    expect(compareVariants({ gifts: 10, views: 100 }, { gifts: 20, views: 100 }, false).verdict).toBe("not yet clear");
  });

  it("calls a variant better or worse once the intervals part", () => {
    expect(compareVariants({ gifts: 20, views: 1000 }, { gifts: 60, views: 1000 }, false).verdict).toBe("better");
    expect(compareVariants({ gifts: 60, views: 1000 }, { gifts: 20, views: 1000 }, false).verdict).toBe("worse");
  });

  it("marks variant a as the baseline", () => {
    expect(compareVariants({ gifts: 1, views: 10 }, { gifts: 1, views: 10 }, true)).toMatchObject({ verdict: "baseline", z: null });
  });
});
