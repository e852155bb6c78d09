import { composeChangeConfirmation, nextPaymentOf, type ChangeConfirmation, type RecurringState } from "./compose-change-confirmation";

const words = { locale: "en", appUrl: "https://give.example.org", newsroom: "The Ledger" };
const change = (overrides: Partial<ChangeConfirmation>): ChangeConfirmation => ({
  kind: "AMOUNT_CHANGED",
  currency: "eur",
  from: { amount: 500, frequency: "MONTHLY" },
  to: { amount: 800, frequency: "MONTHLY" },
  effectiveAt: new Date("2027-03-02T10:00:00Z"),
  resumesAt: null,
  next: { amount: 800, at: new Date("2027-03-15T12:00:00Z") },
  ...overrides,
});
const state = (overrides: Partial<RecurringState>): RecurringState => ({
  status: "ACTIVE",
  amount: 500,
  frequency: "MONTHLY",
  currentPeriodEnd: new Date("2027-03-15T12:00:00Z"),
  cancelAtPeriodEnd: false,
  paused: false,
  pauseResumesAt: null,
  ...overrides,
});

describe("the email confirming a change to a recurring gift", () => {
  it("says what changed, what the next payment will be, and where to manage the gift", () => {
    const { subject, text } = composeChangeConfirmation(change({}), words);
    expect(subject).toBe("Your recurring gift: new amount confirmed");
    expect(text).toContain("is now €8 a month, instead of €5 a month");
    expect(text).toContain("Your next payment: €8 on March 15, 2027.");
    expect(text).toContain("https://give.example.org/manage");
  });

  it("keeps the newsroom's name out of every subject", () => {
    for (const kind of ["AMOUNT_CHANGED", "FREQUENCY_CHANGED", "FREQUENCY_SCHEDULED", "PAUSED", "RESUMED", "CANCEL_SCHEDULED", "CANCEL_UNSCHEDULED", "CANCELLED", "CARD_UPDATED"] as const) {
      for (const locale of ["en", "ru"]) expect(composeChangeConfirmation(change({ kind }), { ...words, locale }).subject).not.toContain("Ledger");
    }
  });

  it("tells a paused supporter when the gift starts again, in Russian", () => {
    const { subject, text } = composeChangeConfirmation(change({ kind: "PAUSED", to: change({}).from, resumesAt: new Date("2027-05-02T00:00:00Z"), next: { amount: 500, at: new Date("2027-05-15T12:00:00Z") } }), {
      ...words,
      locale: "ru",
    });
    expect(subject).toBe("Регулярное пожертвование приостановлено");
    expect(text).toContain("С 2 марта 2027 г. ваше регулярное пожертвование");
    expect(text).toContain("2 мая 2027 г. оно возобновится само.");
    expect(text).toMatch(/Следующий платёж, 15 мая 2027 г.: 5\s€./);
  });

  it("promises no further payment once a cancellation is scheduled", () => {
    const { text } = composeChangeConfirmation(change({ kind: "CANCEL_SCHEDULED", to: null, effectiveAt: new Date("2027-03-15T12:00:00Z"), next: "none" }), words);
    expect(text).toContain("will end on March 15, 2027");
    expect(text).not.toContain("Your next payment");
  });
});

describe("the next payment of a recurring gift", () => {
  it("is the end of the current period while the gift runs", () => {
    expect(nextPaymentOf(state({}))).toEqual({ amount: 500, at: new Date("2027-03-15T12:00:00Z") });
  });

  it("skips the renewals voided while paused", () => {
    expect(nextPaymentOf(state({ paused: true, pauseResumesAt: new Date("2027-05-02T00:00:00Z") }))).toEqual({ amount: 500, at: new Date("2027-05-15T12:00:00Z") });
    expect(nextPaymentOf(state({ paused: true }))).toBe("paused");
  });

  it("is none once the gift is cancelled or set to end", () => {
    expect(nextPaymentOf(state({ cancelAtPeriodEnd: true }))).toBe("none");
    expect(nextPaymentOf(state({ status: "CANCELED" }))).toBe("none");
  });
});
