import { donationStatus, type DonationFacts } from "./donation-status";

const paid = (overrides: Partial<DonationFacts> = {}): DonationFacts => ({
  paidAt: new Date("2026-11-01T10:00:00Z"),
  failureReason: null,
  amount: 1000,
  amountRefunded: 0,
  disputeStatus: null,
  ...overrides,
});

describe("donation status", () => {
  it("is pending while an async payment has neither succeeded nor failed", () => {
    expect(donationStatus(paid({ paidAt: null }))).toBe("PENDING");
  });
  it("is failed when the payment failed", () => {
    expect(donationStatus(paid({ paidAt: null, failureReason: "insufficient_funds" }))).toBe("FAILED");
  });
  it("is succeeded once paid", () => {
    expect(donationStatus(paid())).toBe("SUCCEEDED");
  });
  it("is partially refunded when part of the amount went back", () => {
    expect(donationStatus(paid({ amountRefunded: 400 }))).toBe("PARTIALLY_REFUNDED");
  });
  it("is refunded when all of it went back", () => {
    expect(donationStatus(paid({ amountRefunded: 1000 }))).toBe("REFUNDED");
  });
  it("is disputed while a dispute is open or after it was lost", () => {
    expect(donationStatus(paid({ disputeStatus: "needs_response" }))).toBe("DISPUTED");
    expect(donationStatus(paid({ disputeStatus: "lost" }))).toBe("DISPUTED");
  });
  it("goes back to what the refunds say once a dispute is won", () => {
    expect(donationStatus(paid({ disputeStatus: "won" }))).toBe("SUCCEEDED");
    expect(donationStatus(paid({ disputeStatus: "won", amountRefunded: 200 }))).toBe("PARTIALLY_REFUNDED");
  });
});
