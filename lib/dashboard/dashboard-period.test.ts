import { dashboardPeriod } from "./dashboard-period";

const now = new Date("2026-03-15T17:30:00Z");

describe("dashboardPeriod", () => {
  it("covers the last 30 whole UTC days, today included, by default", () => {
    const period = dashboardPeriod({}, now);
    expect(period).toEqual({ key: "30d", currency: "usd", from: new Date("2026-02-14T00:00:00Z"), to: new Date("2026-03-16T00:00:00Z") });
  });

  it("starts this year's period on 1 January", () => {
    expect(dashboardPeriod({ period: "ytd" }, now).from).toEqual(new Date("2026-01-01T00:00:00Z"));
  });

  it("lower-cases a currency code and ignores anything that is not one", () => {
    expect(dashboardPeriod({ currency: "EUR" }, now).currency).toBe("eur");
    expect(dashboardPeriod({ currency: "euro'; drop" }, now, "gbp").currency).toBe("gbp");
  });

  it("falls back to 30 days for an unknown period", () => {
    expect(dashboardPeriod({ period: "forever" }, now).key).toBe("30d");
  });
});
