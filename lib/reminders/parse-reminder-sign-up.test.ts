import { parseReminderSignUp } from "./parse-reminder-sign-up";

const now = new Date("2026-03-05T09:00:00Z");

describe("reading the reminder sign-up form", () => {
  it("accepts an address, a time and the reader's choice", () => {
    expect(parseReminderSignUp({ email: " Reader@Example.org ", when: "in-3-months", frequency: "monthly", amount: "5", currency: "EUR", source: "thank-you" }, now)).toEqual({
      ok: true,
      signUp: { email: "Reader@Example.org", remindMonth: "2026-06", choice: { frequency: "MONTHLY", amount: 500, currency: "eur" }, source: "thank-you" },
    });
  });

  it.each([
    [{ when: "next-month" }, "missing_email", "email"],
    [{ email: "not-an-address", when: "next-month" }, "invalid_email", "email"],
    [{ email: "reader@example.org" }, "missing_when", "when"],
    [{ email: "reader@example.org", when: "tomorrow" }, "missing_when", "when"],
    [{ email: "reader@example.org", when: "chosen-month", month: "2026-02" }, "invalid_month", "month"],
    [{ email: "reader@example.org", when: "chosen-month", month: "2027-04" }, "invalid_month", "month"],
    [{ email: "reader@example.org", when: "chosen-month" }, "invalid_month", "month"],
  ])("refuses %j with %s on %s", (fields, code, field) => {
    expect(parseReminderSignUp(fields, now)).toMatchObject({ ok: false, error: { code, field } });
  });

  it("treats an unknown source as the appeal", () => {
    expect(parseReminderSignUp({ email: "reader@example.org", when: "next-month", source: "elsewhere" }, now)).toMatchObject({ ok: true, signUp: { source: "appeal" } });
  });
});
