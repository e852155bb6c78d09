// Derives a recurring donation (Subscription row) from the subscription as Stripe has it now,
// including why its latest renewal failed, so any order of subscription and invoice events
// ends in the same row. Stripe is read first; the database write is one short transaction.
import type Stripe from "stripe";
import type { Frequency, SubscriptionStatus } from "../db/generated/enums";
import { getPrisma } from "../db/prisma";
import { retryOnUniqueViolation } from "../db/retry-on-unique-violation";
import { isCreatedByApp } from "./created-by-app";
import { idOf } from "./id-of";
import { failureReasonOf } from "./read-payment-state";
import { readFeeCover } from "./read-fee-cover";
import { getStripe } from "./stripe";
import { syncCustomer } from "./sync-customer";

export type SubscriptionHints = { checkoutAttemptId?: string | null; /** Created by one of our checkout sessions. */ sessionIsOurs?: boolean };
export type SyncedSubscription = { id: string; supporterId: string | null; frequency: Frequency; checkoutAttemptId: string | null; source: string | null; status: SubscriptionStatus; feeCover: number };

const STATUS: Record<string, SubscriptionStatus> = {
  incomplete: "INCOMPLETE",
  incomplete_expired: "INCOMPLETE_EXPIRED",
  trialing: "TRIALING",
  active: "ACTIVE",
  past_due: "PAST_DUE",
  unpaid: "UNPAID",
  canceled: "CANCELED",
  paused: "PAUSED",
};

export function subscriptionStatusOf(status: string): SubscriptionStatus {
  return STATUS[status] ?? "INCOMPLETE";
}

export function frequencyOf(interval: string | undefined): Frequency {
  return interval === "year" ? "ANNUAL" : "MONTHLY";
}

const at = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);

/** lastFailureReason of a renewal waiting for the supporter to confirm it with their bank. */
export const AUTHENTICATION_REQUIRED = "authentication_required";

/** Why the latest renewal failed, while it stays unpaid; null once it is paid. */
async function latestFailure(subscription: Stripe.Subscription): Promise<{ reason: string; at: Date | null } | null> {
  const invoiceId = idOf(subscription.latest_invoice);
  if (!invoiceId) return null;
  const invoice = await getStripe().invoices.retrieve(invoiceId, { expand: ["payments"] });
  if (invoice.status !== "open" || invoice.attempt_count === 0) return null;
  const intentId = idOf(invoice.payments?.data[0]?.payment.payment_intent);
  if (!intentId) return { reason: "payment_failed", at: null };
  const intent = await getStripe().paymentIntents.retrieve(intentId, { expand: ["latest_charge"] });
  const charge = intent.latest_charge;
  // Waiting for the supporter's bank (3-D Secure) is not a decline: Stripe's own code for it, so
  // the dashboard can list it apart. No charge exists yet: the time is the invoice's attempt.
  if (intent.status === "requires_action") return { reason: AUTHENTICATION_REQUIRED, at: at(invoice.status_transitions.finalized_at) ?? at(invoice.created) };
  return { reason: failureReasonOf(intent) ?? "payment_failed", at: charge && typeof charge !== "string" ? at(charge.created) : null };
}

async function existingAttempt(id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  const attempt = await getPrisma().checkoutAttempt.findUnique({ where: { id }, select: { id: true } });
  return attempt?.id ?? null;
}

/** Where the recurring gift started: its attempt's row (subscriptions made before issue 19 also had it in their metadata). */
async function sourceOf(subscription: Stripe.Subscription, attemptId: string | null): Promise<string | null> {
  const attempt = attemptId ? await getPrisma().checkoutAttempt.findUnique({ where: { id: attemptId }, select: { source: true } }) : null;
  return attempt?.source ?? subscription.metadata?.source ?? null;
}

/** Ours: marked, made by one of our sessions, named after one of our attempts, or already in the ledger. */
async function isOurs(subscription: Stripe.Subscription, hints: SubscriptionHints, attemptId: string | null): Promise<boolean> {
  if (isCreatedByApp(subscription.metadata) || hints.sessionIsOurs || attemptId) return true;
  return (await getPrisma().subscription.count({ where: { stripeSubscriptionId: subscription.id } })) > 0;
}

/** The recurring donation's row, or null for a subscription this app did not create (nothing is written). */
export async function syncSubscription(subscriptionId: string, hints: SubscriptionHints = {}): Promise<SyncedSubscription | null> {
  const subscription = await getStripe().subscriptions.retrieve(subscriptionId);
  const attemptId = await existingAttempt(hints.checkoutAttemptId ?? subscription.metadata?.attempt_id);
  if (!(await isOurs(subscription, hints, attemptId))) return null;
  const customerId = idOf(subscription.customer);
  const supporterId = customerId ? await syncCustomer(customerId) : null;
  const failure = await latestFailure(subscription);
  const item = subscription.items.data[0];
  const frequency = frequencyOf(item?.price.recurring?.interval);
  const amount = (item?.price.unit_amount ?? 0) * (item?.quantity ?? 1);
  const facts = {
    status: subscriptionStatusOf(subscription.status),
    frequency,
    amount,
    feeCover: readFeeCover(subscription.metadata, amount),
    currency: subscription.currency,
    currentPeriodEnd: at(item?.current_period_end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    paused: subscription.pause_collection !== null,
    pauseResumesAt: at(subscription.pause_collection?.resumes_at),
    canceledAt: at(subscription.ended_at ?? subscription.canceled_at),
    startedAt: new Date(subscription.start_date * 1000),
    livemode: subscription.livemode,
    lastFailureReason: failure?.reason ?? null,
    lastFailureAt: failure?.at ?? null,
    ...(supporterId ? { supporterId } : {}),
    ...(attemptId ? { checkoutAttemptId: attemptId } : {}),
  };
  const row = await retryOnUniqueViolation(() =>
    getPrisma().subscription.upsert({
      where: { stripeSubscriptionId: subscription.id },
      create: { stripeSubscriptionId: subscription.id, ...facts },
      update: facts,
      select: { id: true, supporterId: true, checkoutAttemptId: true, status: true, feeCover: true },
    }),
  );
  return { ...row, frequency, source: await sourceOf(subscription, row.checkoutAttemptId) };
}
