// Derives the ledger from an invoice as Stripe has it now: its subscription, and for a paid
// invoice one Donation linked to that subscription (each renewal is its own donation). A bank
// debit still settling, or one that bounced, is a pending or failed donation of its invoice.
import type { Prisma } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { retryOnUniqueViolation } from "../db/retry-on-unique-violation";
import { recordDonation } from "../supporters/record-donation";
import { NOT_CREATED_BY_APP } from "./created-by-app";
import { idOf } from "./id-of";
import { readPaymentState } from "./read-payment-state";
import { getStripe } from "./stripe";
import { syncSubscription } from "./sync-subscription";

export type InvoiceHints = { checkoutAttemptId?: string | null; stripeCheckoutSessionId?: string | null; source?: string | null };

export async function syncInvoice(invoiceId: string, hints: InvoiceHints = {}): Promise<string> {
  const invoice = await getStripe().invoices.retrieve(invoiceId, { expand: ["payments"] });
  const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
  if (!subscriptionId) return "skipped: not a subscription invoice";
  const subscription = await syncSubscription(subscriptionId, { checkoutAttemptId: hints.checkoutAttemptId, sessionIsOurs: Boolean(hints.stripeCheckoutSessionId) });
  if (!subscription) return NOT_CREATED_BY_APP;
  const payment = invoice.payments?.data.find((p) => p.status === "paid") ?? invoice.payments?.data[0];
  const intentId = idOf(payment?.payment.payment_intent);
  const paid = invoice.status === "paid" && invoice.amount_paid > 0;
  // An open invoice is a donation only while a bank debit for it is on its way (pending) or after
  // it bounced (failed): a declined card never took anything, and shows as a failed renewal.
  const state = intentId && (paid || invoice.status === "open") ? await readPaymentState(intentId) : null;
  const debitOutcome = !paid && state?.bankDebit && state.settled !== "succeeded" ? state.settled : null;
  if (!paid && !debitOutcome) {
    if (invoice.status === "paid") return "skipped: nothing paid";
    return `subscription ${subscription.status.toLowerCase()}: invoice ${invoice.status ?? "unknown"}`;
  }
  const paidAt = !paid ? null : invoice.status_transitions.paid_at ? new Date(invoice.status_transitions.paid_at * 1000) : (state?.paidAt ?? null);
  const isFirst = invoice.billing_reason === "subscription_create";
  const data = {
    key: { stripeInvoiceId: invoice.id },
    supporterId: subscription.supporterId,
    subscriptionId: subscription.id,
    // The checkout attempt and source belong to the first payment only; renewals have no attempt.
    checkoutAttemptId: isFirst ? (hints.checkoutAttemptId ?? subscription.checkoutAttemptId) : null,
    stripeCheckoutSessionId: isFirst ? (hints.stripeCheckoutSessionId ?? null) : null,
    source: hints.source ?? subscription.source,
    amount: paid ? invoice.amount_paid : invoice.amount_due,
    // The subscription's fee cover, while the price is the one it was added to (a renewal charges that price).
    feeCover: subscription.feeCover <= invoice.amount_due ? subscription.feeCover : 0,
    currency: invoice.currency,
    frequency: subscription.frequency,
    livemode: invoice.livemode,
    paidAt,
    failureReason: debitOutcome === "failed" ? (state?.failureReason ?? "payment_failed") : null,
    amountRefunded: state?.amountRefunded ?? 0,
    stripePaymentIntentId: state?.paymentIntentId ?? null,
    stripeChargeId: state?.chargeId ?? null,
    stripeDisputeId: state?.disputeId ?? null,
    disputeStatus: state?.disputeStatus ?? null,
    settlement: state?.settlement ?? null,
  };
  await retryOnUniqueViolation(() => getPrisma().$transaction((tx: Prisma.TransactionClient) => recordDonation(tx, data)));
  const what = isFirst ? "first payment" : "renewal";
  return debitOutcome ? `bank debit ${debitOutcome === "failed" ? "failed" : "pending"}: ${what}` : `donation recorded: ${what}`;
}
