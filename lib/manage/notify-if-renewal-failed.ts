// After invoice.payment_failed: if the invoice is a renewal that is still unpaid (re-read from
// Stripe: the event may be old news) and declined, or a recurring gift's bank debit that bounced,
// tell its supporter once (notify-renewal-failed.ts).
import "server-only";
import { getPrisma } from "../db/prisma";
import { getStripe } from "../stripe/stripe";
import { idOf } from "../stripe/id-of";
import { readPaymentState } from "../stripe/read-payment-state";
import { notifyRenewalFailed } from "./notify-renewal-failed";

export async function notifyIfRenewalFailed(invoiceId: string): Promise<string> {
  const invoice = await getStripe().invoices.retrieve(invoiceId, { expand: ["payments"] });
  if (invoice.status !== "open") return `no notice: invoice ${invoice.status ?? "unknown"}`;
  const intentId = idOf(invoice.payments?.data[0]?.payment.payment_intent);
  const payment = intentId ? await readPaymentState(intentId) : null;
  // A card declined at the first payment never started the gift (Checkout said so at once); a bank
  // debit that bounces days later did, and its reader hears it like a failed renewal.
  const bankDebit = payment?.bankDebit === true && payment.settled === "failed";
  if (invoice.billing_reason === "subscription_create" && !bankDebit) return "no notice: first payment";
  // Stripe sends invoice.payment_failed for a renewal waiting for 3-D Secure too: that supporter
  // is asked to confirm (invoice.payment_action_required), not told their card was declined.
  if (intentId && (await getStripe().paymentIntents.retrieve(intentId)).status === "requires_action") return "no notice: waiting for the supporter to confirm";
  const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
  if (!subscriptionId) return "no notice: not a subscription invoice";
  const prisma = getPrisma();
  const subscription = await prisma.subscription.findUnique({ where: { stripeSubscriptionId: subscriptionId }, select: { supporterId: true, checkoutAttemptId: true } });
  if (!subscription?.supporterId) return "no notice: supporter not in the ledger yet";
  // The language the supporter gave in: the email and the card-update portal use it.
  const attempt = subscription.checkoutAttemptId ? await prisma.checkoutAttempt.findUnique({ where: { id: subscription.checkoutAttemptId }, select: { locale: true } }) : null;
  return notifyRenewalFailed(prisma, { invoiceId, supporterId: subscription.supporterId, amount: invoice.amount_due, currency: invoice.currency, locale: attempt?.locale ?? null, bankDebit });
}
