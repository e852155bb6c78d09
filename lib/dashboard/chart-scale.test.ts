import { chartScale } from "./chart-scale";

describe("chartScale", () => {
  it("rounds the top of the axis up to a round step", () => {
    expect(chartScale(3800)).toEqual({ max: 4000, ticks: [0, 1000, 2000, 3000, 4000] });
    expect(chartScale(9_100_000)).toEqual({ max: 10_000_000, ticks: [0, 2_500_000, 5_000_000, 7_500_000, 10_000_000] });
  });

  it("gives an axis with a single zero tick when there is nothing to draw", () => {
    expect(chartScale(0)).toEqual({ max: 1, ticks: [0] });
  });
});
