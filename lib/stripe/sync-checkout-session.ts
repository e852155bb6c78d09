// Derives the ledger from a Checkout Session as Stripe has it now: its supporter, the checkout
// attempt's status, and either a one-time Donation or the Subscription and its first payment.
// Shared by the webhook handlers and the thank-you page (which must not trust the query string).
import type Stripe from "stripe";
import type { CheckoutAttemptStatus, Frequency } from "../db/generated/enums";
import { getPrisma } from "../db/prisma";
import { retryOnUniqueViolation } from "../db/retry-on-unique-violation";
import { recordDonation } from "../supporters/record-donation";
import { isCreatedByApp, NOT_CREATED_BY_APP } from "./created-by-app";
import { idOf } from "./id-of";
import { readFeeCover } from "./read-fee-cover";
import { readPaymentState, type PaymentState } from "./read-payment-state";
import { getStripe } from "./stripe";
import { syncCustomer } from "./sync-customer";
import { syncInvoice } from "./sync-invoice";
import { syncSubscription } from "./sync-subscription";

export type CheckoutSessionState = "paid" | "pending" | "failed" | "expired" | "open";
export type SyncedCheckoutSession = { outcome: string; status: CheckoutSessionState };

const ATTEMPT_STATUS: Record<CheckoutSessionState, CheckoutAttemptStatus> = {
  paid: "COMPLETED",
  pending: "PENDING_PAYMENT",
  failed: "FAILED",
  expired: "EXPIRED",
  open: "OPEN",
};

export function checkoutSessionState(session: Pick<Stripe.Checkout.Session, "status" | "payment_status">, payment: Pick<PaymentState, "settled"> | null): CheckoutSessionState {
  if (session.status === "expired") return "expired";
  if (session.status !== "complete") return "open";
  if (session.payment_status === "paid" || session.payment_status === "no_payment_required") return "paid";
  if (payment?.settled === "failed") return "failed";
  return "pending";
}

function frequencyFrom(session: Stripe.Checkout.Session): Frequency {
  if (session.mode !== "subscription") return "ONCE";
  return session.metadata?.frequency === "annual" ? "ANNUAL" : "MONTHLY";
}

type KnownAttempt = { id: string; source: string | null };

async function existingAttempt(id: string | null): Promise<KnownAttempt | null> {
  if (!id) return null;
  return getPrisma().checkoutAttempt.findUnique({ where: { id }, select: { id: true, source: true } });
}

/** Where the gift started: our attempt's row (sessions made before issue 19 also had it in their metadata). */
function sourceOf(session: Stripe.Checkout.Session, attempt: KnownAttempt | null): string | null {
  return attempt?.source ?? session.metadata?.source ?? null;
}

async function recordOneTimeDonation(session: Stripe.Checkout.Session, state: CheckoutSessionState, payment: PaymentState | null, supporterId: string | null, attempt: KnownAttempt | null) {
  const data = {
    key: { stripeCheckoutSessionId: session.id },
    supporterId,
    checkoutAttemptId: attempt?.id ?? null,
    source: sourceOf(session, attempt),
    amount: session.amount_total ?? 0,
    feeCover: readFeeCover(session.metadata, session.amount_total ?? 0),
    currency: session.currency ?? "eur",
    frequency: frequencyFrom(session),
    livemode: session.livemode,
    paidAt: state === "paid" ? (payment?.paidAt ?? new Date(session.created * 1000)) : null,
    failureReason: state === "failed" ? (payment?.failureReason ?? "payment_failed") : null,
    amountRefunded: payment?.amountRefunded ?? 0,
    stripePaymentIntentId: payment?.paymentIntentId ?? null,
    stripeChargeId: payment?.chargeId ?? null,
    stripeDisputeId: payment?.disputeId ?? null,
    disputeStatus: payment?.disputeStatus ?? null,
    settlement: payment?.settlement ?? null,
  };
  await retryOnUniqueViolation(() => getPrisma().$transaction((tx) => recordDonation(tx, data)));
}

// A subscription-mode session's first payment is the subscription's `subscription_create` invoice.
async function firstInvoiceOf(subscriptionId: string): Promise<string | null> {
  const invoices = await getStripe().invoices.list({ subscription: subscriptionId, limit: 100 });
  const first = invoices.data.find((invoice) => invoice.billing_reason === "subscription_create") ?? invoices.data.at(-1);
  return first?.id ?? null;
}

export async function syncCheckoutSession(sessionId: string): Promise<SyncedCheckoutSession> {
  const session = await getStripe().checkout.sessions.retrieve(sessionId, { expand: ["payment_intent.latest_charge.balance_transaction"] });
  const attempt = await existingAttempt(session.client_reference_id ?? session.metadata?.attempt_id ?? null);
  const attemptId = attempt?.id ?? null;
  // Before anything is derived (a supporter included): sessions of other products are not ours.
  if (!isCreatedByApp(session.metadata) && !attemptId) return { outcome: NOT_CREATED_BY_APP, status: checkoutSessionState(session, null) };
  const customerId = idOf(session.customer);
  const supporterId = customerId ? await syncCustomer(customerId) : null;
  const intent = session.payment_intent && typeof session.payment_intent !== "string" ? session.payment_intent : null;
  const payment = intent ? await readPaymentState(intent) : null;
  const state = checkoutSessionState(session, payment);

  let outcome = `checkout ${state}`;
  if (session.mode === "subscription") {
    const subscriptionId = idOf(session.subscription);
    if (subscriptionId) await syncSubscription(subscriptionId, { checkoutAttemptId: attemptId, sessionIsOurs: true });
    const invoiceId = idOf(session.invoice) ?? (subscriptionId ? await firstInvoiceOf(subscriptionId) : null);
    if (invoiceId) outcome = await syncInvoice(invoiceId, { checkoutAttemptId: attemptId, stripeCheckoutSessionId: session.id, source: sourceOf(session, attempt) });
  } else if (state === "paid" || state === "pending" || state === "failed") {
    await recordOneTimeDonation(session, state, payment, supporterId, attempt);
    outcome = `one-time donation ${state}`;
  }

  if (attemptId) {
    await getPrisma().checkoutAttempt.update({
      where: { id: attemptId },
      data: { status: ATTEMPT_STATUS[state], stripeCheckoutSessionId: session.id, completedAt: state === "paid" ? (payment?.paidAt ?? new Date(session.created * 1000)) : null },
    });
  }
  return { outcome, status: state };
}
