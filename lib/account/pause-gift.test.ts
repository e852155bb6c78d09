import { addMonths } from "./pause-gift";

describe("a pause's end date", () => {
  it("is the same day of the month, months later", () => {
    expect(addMonths(new Date("2026-12-05T12:00:00Z"), 1).toISOString()).toBe("2027-01-05T12:00:00.000Z");
    expect(addMonths(new Date("2026-12-05T12:00:00Z"), 3).toISOString()).toBe("2027-03-05T12:00:00.000Z");
  });

  it("falls on the month's last day when the month is shorter", () => {
    expect(addMonths(new Date("2027-01-31T08:30:00Z"), 1).toISOString()).toBe("2027-02-28T08:30:00.000Z");
    expect(addMonths(new Date("2028-01-31T08:30:00Z"), 1).toISOString()).toBe("2028-02-29T08:30:00.000Z");
  });
});
