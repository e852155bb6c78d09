// A subscription reaching the end of its period (a test clock advancing past it, or the control
// API): canceled if it was set to cancel at period end, otherwise a new period with its invoice
// and payment. Events in Stripe's order: customer.subscription.updated (new period),
// invoice.created, invoice.finalized, the payment's events, invoice.paid +
// invoice.payment_succeeded, or invoice.payment_failed then customer.subscription.updated (past_due).
// A past-due subscription is not retried here; updating its card on the portal pays the open invoice.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { buildSubscriptionInvoice, finalizeInvoice } from "../resources/invoices";
import { cancelSubscription, updateSubscription } from "../resources/subscriptions";
import { invalidState } from "../wire/stripe-api-error";
import { addInterval } from "./add-interval";
import { payInvoice } from "./pay-invoice";

export function renewSubscription(emulator: EmulatorContext, subscription: Stripe.Subscription): Stripe.Subscription {
  if (subscription.status !== "active" && subscription.status !== "trialing") throw invalidState(`Only active subscriptions renew; ${subscription.id} is ${subscription.status}.`);
  const item = subscription.items.data[0];
  if (!item) throw invalidState(`Subscription ${subscription.id} has no items.`);
  if (subscription.cancel_at_period_end) return cancelSubscription(emulator, subscription);
  const customer = emulator.state.customers[String(subscription.customer)];
  if (!customer) throw invalidState(`The customer of ${subscription.id} no longer exists.`);
  const periodStart = item.current_period_end;
  const recurring = item.price.recurring ?? { interval: "month" as const, interval_count: 1 };
  const periodEnd = addInterval(periodStart, recurring.interval, recurring.interval_count);
  const nextItem: Stripe.SubscriptionItem = { ...item, current_period_start: periodStart, current_period_end: periodEnd };
  updateSubscription(emulator, subscription, { items: { ...subscription.items, data: [nextItem] } });
  const invoice = buildSubscriptionInvoice(emulator, { subscription, customer, billingReason: "subscription_cycle", periodStart, periodEnd });
  subscription.latest_invoice = invoice.id;
  emulator.emit("invoice.created", invoice);
  finalizeInvoice(emulator, invoice, customer);
  emulator.emit("invoice.finalized", invoice);
  const paymentMethodId = subscription.default_payment_method ?? customer.invoice_settings.default_payment_method;
  const paymentMethod = paymentMethodId ? emulator.state.paymentMethods[String(paymentMethodId)] : undefined;
  if (!paymentMethod) {
    updateSubscription(emulator, subscription, { status: "past_due" });
    return subscription;
  }
  const attempt = payInvoice(emulator, { invoice, subscription, customer, paymentMethod, renewal: true });
  if (attempt.decline) updateSubscription(emulator, subscription, { status: "past_due" });
  return subscription;
}

/** Retries a past-due subscription's open invoice (after the reader updated their card). */
export function retryOpenInvoice(emulator: EmulatorContext, subscription: Stripe.Subscription, paymentMethod: Stripe.PaymentMethod): void {
  const invoice = subscription.latest_invoice ? emulator.state.invoices[String(subscription.latest_invoice)] : undefined;
  const customer = emulator.state.customers[String(subscription.customer)];
  if (!invoice || invoice.status !== "open" || !customer) return;
  const attempt = payInvoice(emulator, { invoice, subscription, customer, paymentMethod, renewal: true });
  if (!attempt.decline) updateSubscription(emulator, subscription, { status: "active" });
}
