// A subscription reaching the end of its period (a test clock advancing past it, or the control
// API): canceled if it was set to cancel at period end, otherwise a new period with its invoice.
// A subscription schedule whose phase ends there moves it to the next phase's price (and its
// interval) first. Events in Stripe's order: customer.subscription.updated (new period),
// invoice.created, then what billing/collect-invoice.ts does with it (invoice.finalized, the
// payment's events, invoice.paid + invoice.payment_succeeded, or invoice.payment_failed then
// customer.subscription.updated (past_due); voided while collection is paused).
// Proration lines waiting from a mid-period price change are added to this invoice.
// A past-due subscription is not retried here; a new card (portal, setup-mode Checkout then
// POST /v1/invoices/:id/pay) pays the open invoice.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { buildSubscriptionInvoice } from "../resources/invoices";
import { planFromPrice } from "../resources/prices";
import { cancelSubscription, updateSubscription } from "../resources/subscriptions";
import { invalidState } from "../wire/stripe-api-error";
import { addInterval } from "./add-interval";
import { collectSubscriptionInvoice } from "./collect-invoice";
import { payInvoice } from "./pay-invoice";
import { enterPhaseAt } from "./schedule-phases";

/** The proration lines waiting for this subscription's next invoice, taken. */
export function takePendingLines(emulator: EmulatorContext, subscriptionId: string): Stripe.InvoiceLineItem[] {
  const lines = emulator.state.pendingInvoiceLines[subscriptionId] ?? [];
  delete emulator.state.pendingInvoiceLines[subscriptionId];
  return lines;
}

export function renewSubscription(emulator: EmulatorContext, subscription: Stripe.Subscription): Stripe.Subscription {
  if (subscription.status !== "active" && subscription.status !== "trialing") throw invalidState(`Only active subscriptions renew; ${subscription.id} is ${subscription.status}.`);
  const item = subscription.items.data[0];
  if (!item) throw invalidState(`Subscription ${subscription.id} has no items.`);
  const periodStart = item.current_period_end;
  const phase = enterPhaseAt(emulator, subscription, periodStart);
  if (subscription.status === "canceled") return subscription;
  if (subscription.cancel_at_period_end) return cancelSubscription(emulator, subscription);
  const customer = emulator.state.customers[String(subscription.customer)];
  if (!customer) throw invalidState(`The customer of ${subscription.id} no longer exists.`);
  const price = phase?.price ?? item.price;
  const recurring = price.recurring ?? { interval: "month" as const, interval_count: 1 };
  const periodEnd = addInterval(periodStart, recurring.interval, recurring.interval_count);
  const nextItem: Stripe.SubscriptionItem = {
    ...item,
    ...(phase ? { price: structuredClone(phase.price), plan: planFromPrice(phase.price), quantity: phase.quantity } : {}),
    current_period_start: periodStart,
    current_period_end: periodEnd,
  };
  updateSubscription(emulator, subscription, { items: { ...subscription.items, data: [nextItem] }, ...(phase?.metadata ? { metadata: { ...subscription.metadata, ...phase.metadata } } : {}) });
  const invoice = buildSubscriptionInvoice(emulator, { subscription, customer, billingReason: "subscription_cycle", periodStart, periodEnd, extraLines: takePendingLines(emulator, subscription.id) });
  collectSubscriptionInvoice(emulator, subscription, customer, invoice);
  return subscription;
}

/** Retries a past-due subscription's open invoice (after the reader updated their card). */
export function retryOpenInvoice(emulator: EmulatorContext, subscription: Stripe.Subscription, paymentMethod: Stripe.PaymentMethod): void {
  const invoice = subscription.latest_invoice ? emulator.state.invoices[String(subscription.latest_invoice)] : undefined;
  const customer = emulator.state.customers[String(subscription.customer)];
  if (!invoice || invoice.status !== "open" || !customer) return;
  const attempt = payInvoice(emulator, { invoice, subscription, customer, paymentMethod, renewal: true });
  if (!attempt.decline && !attempt.requiresAction) updateSubscription(emulator, subscription, { status: "active" });
}
