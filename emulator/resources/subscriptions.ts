// Subscriptions: built when Checkout completes, changed with customer.subscription.updated,
// canceled with customer.subscription.deleted. The routes are in subscription-routes.ts. In this
// API version the billing period lives on the items.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { addInterval } from "../billing/add-interval";
import { applyChanges } from "../state/apply-changes";
import { newId } from "../state/new-id";
import { resourceMissing } from "../wire/stripe-api-error";
import { planFromPrice } from "./prices";

export function getSubscription(emulator: EmulatorContext, id: string, param = "id"): Stripe.Subscription {
  const subscription = emulator.state.subscriptions[id];
  if (!subscription) throw resourceMissing("subscription", id, param);
  return subscription;
}

export function buildSubscriptionItem(subscriptionId: string, price: Stripe.Price, quantity: number, periodStart: number, created: number): Stripe.SubscriptionItem {
  const recurring = price.recurring ?? { interval: "month", interval_count: 1 };
  return {
    id: newId("si", 14),
    object: "subscription_item",
    billing_thresholds: null,
    created,
    current_period_end: addInterval(periodStart, recurring.interval, recurring.interval_count),
    current_period_start: periodStart,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: planFromPrice(price),
    price: structuredClone(price),
    quantity,
    subscription: subscriptionId,
    tax_rates: [],
  };
}

export function buildSubscription(
  emulator: EmulatorContext,
  input: { customer: Stripe.Customer; price: Stripe.Price; quantity: number; paymentMethod: string | null; metadata: Record<string, string>; description?: string | null },
): Stripe.Subscription {
  const id = newId("sub", 24);
  const testClock = input.customer.test_clock ? String(input.customer.test_clock) : null;
  const now = emulator.now(testClock);
  const item = buildSubscriptionItem(id, input.price, input.quantity, now, now);
  const subscription: Stripe.Subscription = {
    id,
    object: "subscription",
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: now,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: "classic" },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: "charge_automatically",
    created: now,
    currency: input.price.currency,
    customer: input.customer.id,
    customer_account: null,
    days_until_due: null,
    default_payment_method: input.paymentMethod,
    default_source: null,
    default_tax_rates: [],
    description: input.description ?? null,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: "self" } },
    items: { object: "list", data: [item], has_more: false, url: `/v1/subscription_items?subscription=${id}` },
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: "off" },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: now,
    status: "incomplete",
    test_clock: testClock,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: "create_invoice" } },
    trial_start: null,
  };
  emulator.state.subscriptions[id] = subscription;
  return subscription;
}

/** Applies changes and emits customer.subscription.updated with what they replaced. */
export function updateSubscription(emulator: EmulatorContext, subscription: Stripe.Subscription, changes: Partial<Stripe.Subscription>): Stripe.Subscription {
  const previous = applyChanges(subscription, changes);
  if (previous) emulator.emit("customer.subscription.updated", subscription, previous);
  return subscription;
}

export function cancelSubscription(emulator: EmulatorContext, subscription: Stripe.Subscription, reason: Stripe.Subscription.CancellationDetails.Reason = "cancellation_requested"): Stripe.Subscription {
  const now = emulator.now(subscription.test_clock);
  subscription.status = "canceled";
  subscription.canceled_at = subscription.canceled_at ?? now;
  subscription.ended_at = now;
  subscription.cancellation_details = { ...(subscription.cancellation_details ?? { comment: null, feedback: null, feedback_option: null }), reason };
  emulator.emit("customer.subscription.deleted", subscription);
  // Canceling a subscription cancels the schedule managing it.
  const schedule = subscription.schedule ? emulator.state.subscriptionSchedules[String(subscription.schedule)] : undefined;
  if (schedule?.status === "active") {
    schedule.status = "canceled";
    schedule.canceled_at = now;
    schedule.current_phase = null;
    emulator.emit("subscription_schedule.canceled", schedule);
  }
  return subscription;
}
