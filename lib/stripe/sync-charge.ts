// Applies what Stripe says now about a charge (refunds, a dispute) to the donation it paid for.
// When the donation is not in the ledger yet, the payment's own writer will read the same
// facts when it arrives, so skipping here loses nothing.
import { getPrisma } from "../db/prisma";
import { donationStatus } from "../supporters/donation-status";
import { isCreatedByApp } from "./created-by-app";
import { idOf } from "./id-of";
import { readPaymentState } from "./read-payment-state";
import { readSettlement } from "./read-settlement";
import { getStripe } from "./stripe";

/** `disputeId`: the dispute an event was about, re-read too (its status is the one that counts). */
export async function syncCharge(chargeId: string, disputeId?: string): Promise<string> {
  const charge = await getStripe().charges.retrieve(chargeId, { expand: ["balance_transaction"] });
  const intentId = idOf(charge.payment_intent);
  const state = intentId ? await readPaymentState(intentId) : null;
  const settlement = await readSettlement(charge);
  const dispute = disputeId ? await getStripe().disputes.retrieve(disputeId) : null;
  const prisma = getPrisma();
  return prisma.$transaction(async (tx) => {
    const donation = await tx.donation.findFirst({
      where: { OR: [{ stripeChargeId: charge.id }, ...(intentId ? [{ stripePaymentIntentId: intentId }] : [])] },
      select: { id: true, paidAt: true, failureReason: true, amount: true, disputeStatus: true, stripeDisputeId: true },
    });
    // Charges only ever update a donation already in the ledger, so another product's payment is
    // never applied; its outcome says so when its payment does not carry our mark.
    if (!donation) return isCreatedByApp(charge.metadata) ? "skipped: no donation for this charge yet" : "ignored: no donation of this app holds this charge";
    const amountRefunded = charge.amount_refunded;
    const stripeDisputeId = dispute?.id ?? state?.disputeId ?? donation.stripeDisputeId;
    const disputeStatus = dispute?.status ?? state?.disputeStatus ?? donation.disputeStatus;
    const status = donationStatus({ ...donation, amountRefunded, disputeStatus });
    await tx.donation.update({ where: { id: donation.id }, data: { amountRefunded, stripeChargeId: charge.id, stripeDisputeId, disputeStatus, status, ...(settlement ?? {}) } });
    return `donation ${status.toLowerCase()}`;
  });
}
