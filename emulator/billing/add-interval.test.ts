import { addInterval } from "./add-interval";

const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);

describe("addInterval", () => {
  it("adds calendar months, ending a period from 31 January on the last day of February", () => {
    expect(addInterval(at("2026-01-15T12:00:00Z"), "month", 1)).toBe(at("2026-02-15T12:00:00Z"));
    expect(addInterval(at("2026-01-31T09:30:00Z"), "month", 1)).toBe(at("2026-02-28T09:30:00Z"));
    expect(addInterval(at("2028-01-31T00:00:00Z"), "month", 1)).toBe(at("2028-02-29T00:00:00Z"));
  });

  it("adds years, days and weeks", () => {
    expect(addInterval(at("2026-03-01T00:00:00Z"), "year", 1)).toBe(at("2027-03-01T00:00:00Z"));
    expect(addInterval(at("2026-03-01T00:00:00Z"), "day", 3)).toBe(at("2026-03-04T00:00:00Z"));
    expect(addInterval(at("2026-03-01T00:00:00Z"), "week", 2)).toBe(at("2026-03-15T00:00:00Z"));
  });
});
