// A donation's status is derived from the facts stored on it, so the writers (checkout session,
// invoice, charge, dispute) can arrive in any order and still agree on the result.
import type { DonationStatus } from "../db/generated/enums";

export type DonationFacts = {
  paidAt: Date | null;
  failureReason: string | null;
  amount: number;
  amountRefunded: number;
  disputeStatus: string | null;
};

// Dispute statuses where the money is held or lost; `won`, `prevented` and `warning_closed` are not.
const DISPUTED = new Set(["warning_needs_response", "warning_under_review", "needs_response", "under_review", "appeal_needs_response", "appeal_under_review", "lost"]);

export function donationStatus(facts: DonationFacts): DonationStatus {
  if (!facts.paidAt) return facts.failureReason ? "FAILED" : "PENDING";
  if (facts.disputeStatus && DISPUTED.has(facts.disputeStatus)) return "DISPUTED";
  if (facts.amountRefunded >= facts.amount && facts.amount > 0) return "REFUNDED";
  if (facts.amountRefunded > 0) return "PARTIALLY_REFUNDED";
  return "SUCCEEDED";
}
