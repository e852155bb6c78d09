// /v1/subscriptions: retrieve, list (by customer, status; canceled ones only with status=canceled
// or all), update (cancel_at_period_end, the amount through items[0][price_data], metadata,
// default_payment_method) and cancel. In this API version the billing period lives on the items.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { addInterval } from "../billing/add-interval";
import { applyChanges } from "../state/apply-changes";
import { newId } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import type { FormObject } from "../wire/parse-form";
import { child, objectAt, optionalArray, optionalBoolean, optionalInteger, optionalString, readMetadata } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { invalidParam, invalidState, resourceMissing } from "../wire/stripe-api-error";
import { planFromPrice, resolvePrice } from "./prices";

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
  return subscription;
}

function readItemChanges(emulator: EmulatorContext, subscription: Stripe.Subscription, items: FormObject[], param: string): Stripe.ApiList<Stripe.SubscriptionItem> {
  const [item] = items;
  if (!item || items.length !== 1) throw invalidParam(param, "The emulator supports subscriptions with exactly one item: pass items[0].");
  const current = subscription.items.data[0];
  if (!current) throw invalidState("This subscription has no items.");
  const itemParam = child(param, 0);
  const itemId = optionalString(item, "id", child(itemParam, "id"));
  if (itemId && itemId !== current.id) throw resourceMissing("subscription_item", itemId, child(itemParam, "id"));
  const quantity = optionalInteger(item, "quantity", child(itemParam, "quantity")) ?? current.quantity ?? 1;
  const hasPrice = item.price !== undefined || item.price_data !== undefined;
  const price = hasPrice ? resolvePrice(emulator, item, itemParam) : current.price;
  if (!price.recurring) throw invalidParam(child(itemParam, "price_data"), "The price specified is set to `type=one_time` but this field only accepts prices with `type=recurring`.");
  if (price.currency !== subscription.currency) throw invalidParam(child(itemParam, "price_data"), `The price's currency (${price.currency}) must match the subscription's (${subscription.currency}).`);
  const next: Stripe.SubscriptionItem = { ...current, price: structuredClone(price), plan: planFromPrice(price), quantity };
  return { ...subscription.items, data: [next] };
}

export const subscriptionRoutes: Route[] = [
  route("GET", "/v1/subscriptions/:id", (emulator, request) => getSubscription(emulator, idOf(request))),
  route("GET", "/v1/subscriptions", (emulator, { params }) => {
    const customer = optionalString(params, "customer");
    const status = optionalString(params, "status");
    const testClock = optionalString(params, "test_clock");
    const items = newestFirst(emulator.state.subscriptions).filter(
      (subscription) =>
        (customer === undefined || subscription.customer === customer) &&
        (testClock === undefined || subscription.test_clock === testClock) &&
        (status === "all" || (status === undefined ? subscription.status !== "canceled" : subscription.status === status)),
    );
    return paginateList(items, params, "/v1/subscriptions", "subscription");
  }),
  route("POST", "/v1/subscriptions/:id", (emulator, request) => {
    const subscription = getSubscription(emulator, idOf(request));
    const { params } = request;
    if (subscription.status === "canceled") throw invalidState("A canceled subscription can only update its cancellation_details and metadata.");
    const changes: Partial<Stripe.Subscription> = {};
    const cancelAtPeriodEnd = optionalBoolean(params, "cancel_at_period_end");
    if (cancelAtPeriodEnd !== undefined) {
      const periodEnd = subscription.items.data[0]?.current_period_end ?? null;
      changes.cancel_at_period_end = cancelAtPeriodEnd;
      changes.cancel_at = cancelAtPeriodEnd ? periodEnd : null;
      changes.canceled_at = cancelAtPeriodEnd ? emulator.now(subscription.test_clock) : null;
      changes.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: cancelAtPeriodEnd ? "cancellation_requested" : null };
    }
    if (params.metadata !== undefined) changes.metadata = readMetadata(params, subscription.metadata);
    const items = optionalArray(params, "items");
    if (items)
      changes.items = readItemChanges(
        emulator,
        subscription,
        items.map((item, i) => objectAt(item, `items[${i}]`)),
        "items",
      );
    const paymentMethod = optionalString(params, "default_payment_method");
    if (paymentMethod !== undefined) {
      if (!emulator.state.paymentMethods[paymentMethod]) throw resourceMissing("payment_method", paymentMethod, "default_payment_method");
      changes.default_payment_method = paymentMethod;
    }
    const description = optionalString(params, "description");
    if (description !== undefined) changes.description = description || null;
    return updateSubscription(emulator, subscription, changes);
  }),
  route("DELETE", "/v1/subscriptions/:id", (emulator, request) => {
    const subscription = getSubscription(emulator, idOf(request));
    if (subscription.status === "canceled") throw invalidState(`This subscription has already been canceled: ${subscription.id}`);
    return cancelSubscription(emulator, subscription);
  }),
];
