import { computeRemindMonth, describeMonth, selectableMonths } from "./compute-remind-month";

const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("choosing when a reminder goes out", () => {
  it("means the 1st of next month when today is before the 20th", () => {
    expect(computeRemindMonth("next-month", on("2026-03-19"))).toEqual({ ok: true, month: "2026-04" });
  });

  it("means the month after next from the 20th on, so the reminder is not days away", () => {
    expect(computeRemindMonth("next-month", on("2026-03-20"))).toEqual({ ok: true, month: "2026-05" });
  });

  it("rolls over the year", () => {
    expect(computeRemindMonth("next-month", on("2026-12-25"))).toEqual({ ok: true, month: "2027-02" });
    expect(computeRemindMonth("in-3-months", on("2026-11-02"))).toEqual({ ok: true, month: "2027-02" });
    expect(computeRemindMonth("in-6-months", on("2026-08-31"))).toEqual({ ok: true, month: "2027-02" });
    expect(computeRemindMonth("in-12-months", on("2026-01-01"))).toEqual({ ok: true, month: "2027-01" });
  });

  it("accepts a chosen month from next month up to twelve months ahead", () => {
    expect(computeRemindMonth("chosen-month", on("2026-03-05"), "2026-04")).toEqual({ ok: true, month: "2026-04" });
    expect(computeRemindMonth("chosen-month", on("2026-03-05"), "2027-03")).toEqual({ ok: true, month: "2027-03" });
  });

  it("refuses a chosen month that has started, is past, too far ahead or malformed", () => {
    const now = on("2026-03-05");
    for (const month of ["2026-03", "2025-12", "2027-04", "2026-13", "next", undefined]) {
      expect(computeRemindMonth("chosen-month", now, month)).toMatchObject({ ok: false });
    }
  });

  it("offers exactly the twelve months after the current one", () => {
    const months = selectableMonths(on("2026-11-10"));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2026-12");
    expect(months[11]).toBe("2027-11");
  });

  it("names a month for readers", () => {
    expect(describeMonth("2027-02")).toBe("February 2027");
  });
});
