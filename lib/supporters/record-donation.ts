// Writes one donation, keyed by the Stripe object that created it (a one-time checkout session
// or a subscription invoice), and re-derives its status from the stored facts. Facts only known
// to some writers (the checkout attempt, the source) are set when known and never cleared.
import type { Frequency } from "../db/generated/enums";
import type { Prisma } from "../db/generated/client";
import { donationStatus } from "./donation-status";

/** The charge's balance transaction (lib/stripe/read-settlement.ts); exchangeRate as a decimal string. */
export type Settlement = {
  stripeBalanceTransactionId: string;
  settlementAmount: number;
  settlementCurrency: string;
  settlementFee: number;
  settlementNet: number;
  exchangeRate: string | null;
};

export type DonationRecord = {
  key: { stripeCheckoutSessionId: string } | { stripeInvoiceId: string };
  supporterId: string | null;
  subscriptionId?: string | null;
  checkoutAttemptId?: string | null;
  stripeCheckoutSessionId?: string | null;
  source?: string | null;
  amount: number;
  /** Of amount, what the reader added to cover payment fees. */
  feeCover?: number;
  currency: string;
  frequency: Frequency;
  livemode: boolean;
  paidAt: Date | null;
  failureReason: string | null;
  amountRefunded: number;
  stripePaymentIntentId: string | null;
  stripeChargeId: string | null;
  stripeDisputeId: string | null;
  disputeStatus: string | null;
  /** Known once the charge has settled; a donation keeps the one it has when a later read has none. */
  settlement?: Settlement | null;
};

const whenKnown = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

export async function recordDonation(tx: Prisma.TransactionClient, record: DonationRecord): Promise<string> {
  const status = donationStatus(record);
  const facts = {
    amount: record.amount,
    feeCover: record.feeCover,
    currency: record.currency,
    frequency: record.frequency,
    livemode: record.livemode,
    paidAt: record.paidAt,
    failureReason: record.failureReason,
    amountRefunded: record.amountRefunded,
    status,
    stripePaymentIntentId: whenKnown(record.stripePaymentIntentId),
    stripeChargeId: whenKnown(record.stripeChargeId),
    stripeDisputeId: whenKnown(record.stripeDisputeId),
    disputeStatus: whenKnown(record.disputeStatus),
    supporterId: whenKnown(record.supporterId),
    subscriptionId: whenKnown(record.subscriptionId),
    checkoutAttemptId: whenKnown(record.checkoutAttemptId),
    stripeCheckoutSessionId: whenKnown(record.stripeCheckoutSessionId),
    source: whenKnown(record.source),
    ...(record.settlement ?? {}),
  };
  const donation = await tx.donation.upsert({
    where: record.key,
    create: { ...facts, ...record.key },
    update: facts,
    select: { id: true, supporterId: true, status: true, paidAt: true, failureReason: true, amount: true, amountRefunded: true, disputeStatus: true },
  });
  // A dispute recorded earlier by the charge writer still counts when this writer did not see it.
  const merged = donationStatus(donation);
  if (merged !== donation.status) await tx.donation.update({ where: { id: donation.id }, data: { status: merged } });
  if (donation.supporterId) await refreshFirstGift(tx, donation.supporterId);
  return donation.id;
}

export async function refreshFirstGift(tx: Prisma.TransactionClient, supporterId: string): Promise<void> {
  const first = await tx.donation.aggregate({ where: { supporterId, paidAt: { not: null } }, _min: { paidAt: true } });
  await tx.supporter.update({ where: { id: supporterId }, data: { firstGiftAt: first._min.paidAt } });
}
