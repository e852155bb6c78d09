// POST /v1/subscriptions/:id: the item's price (items[0][price] or [price_data], with
// proration_behavior), pause_collection (or "" to resume now), cancel_at_period_end with
// cancellation_details {comment, feedback}, default_payment_method, description, metadata.
// One customer.subscription.updated with previous_attributes, then any invoice the change makes.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { planPriceChange, prorationBehaviors, type ProrationBehavior } from "../billing/change-price";
import type { FormObject } from "../wire/parse-form";
import { child, objectAt, optionalArray, optionalBoolean, optionalInteger, optionalObject, optionalString, readMetadata, requiredString } from "../wire/read-params";
import { invalidParam, invalidState, resourceMissing } from "../wire/stripe-api-error";
import { resolvePrice } from "./prices";
import { updateSubscription } from "./subscriptions";

const pauseBehaviors = ["keep_as_draft", "mark_uncollectible", "void"];
const feedbacks = ["customer_service", "low_quality", "missing_features", "other", "switched_service", "too_complex", "too_expensive", "unused"];

export function readProrationBehavior(params: FormObject, key = "proration_behavior"): ProrationBehavior {
  const value = optionalString(params, key) ?? "create_prorations";
  if (!(prorationBehaviors as readonly string[]).includes(value)) throw invalidParam(key, `Invalid ${key}: must be one of ${prorationBehaviors.join(", ")}`);
  return value as ProrationBehavior;
}

function readNewPrice(emulator: EmulatorContext, subscription: Stripe.Subscription, params: FormObject): { price: Stripe.Price; quantity: number } | undefined {
  const items = optionalArray(params, "items");
  if (!items) return undefined;
  if (items.length !== 1) throw invalidParam("items", "The emulator supports subscriptions with exactly one item: pass items[0].");
  const item = objectAt(items[0] as FormObject, "items[0]");
  const current = subscription.items.data[0];
  if (!current) throw invalidState("This subscription has no items.");
  const itemId = optionalString(item, "id", "items[0][id]");
  if (itemId && itemId !== current.id) throw resourceMissing("subscription_item", itemId, "items[0][id]");
  const quantity = optionalInteger(item, "quantity", "items[0][quantity]") ?? current.quantity ?? 1;
  const hasPrice = item.price !== undefined || item.price_data !== undefined;
  const price = hasPrice ? resolvePrice(emulator, item, "items[0]") : current.price;
  const priceParam = child("items[0]", item.price !== undefined ? "price" : "price_data");
  if (!price.recurring) throw invalidParam(priceParam, "The price specified is set to `type=one_time` but this field only accepts prices with `type=recurring`.");
  if (price.currency !== subscription.currency) throw invalidParam(priceParam, `The price's currency (${price.currency}) must match the subscription's (${subscription.currency}).`);
  return { price, quantity };
}

function readPauseCollection(params: FormObject, now: number): Stripe.Subscription.PauseCollection | null | undefined {
  if (params.pause_collection === undefined) return undefined;
  if (params.pause_collection === "") return null;
  const pause = optionalObject(params, "pause_collection") ?? {};
  const behavior = requiredString(pause, "behavior", "pause_collection[behavior]");
  if (!pauseBehaviors.includes(behavior)) throw invalidParam("pause_collection[behavior]", `Invalid pause_collection[behavior]: must be one of ${pauseBehaviors.join(", ")}`);
  const resumesAt = optionalInteger(pause, "resumes_at", "pause_collection[resumes_at]");
  if (resumesAt !== undefined && resumesAt <= now) throw invalidParam("pause_collection[resumes_at]", "pause_collection[resumes_at] must be a timestamp in the future.", "parameter_invalid_integer");
  return { behavior: behavior as Stripe.Subscription.PauseCollection.Behavior, resumes_at: resumesAt ?? null };
}

/** cancellation_details {comment, feedback} merged into `details`; undefined when not given. */
export function readCancellationDetails(params: FormObject, details: Stripe.Subscription.CancellationDetails | null): Stripe.Subscription.CancellationDetails | undefined {
  const given = optionalObject(params, "cancellation_details");
  if (!given) return undefined;
  const comment = optionalString(given, "comment", "cancellation_details[comment]");
  const feedback = optionalString(given, "feedback", "cancellation_details[feedback]");
  if (comment !== undefined && comment.length > 5000) throw invalidParam("cancellation_details[comment]", "cancellation_details[comment] must be at most 5000 characters.");
  if (feedback && !feedbacks.includes(feedback)) throw invalidParam("cancellation_details[feedback]", `Invalid cancellation_details[feedback]: must be one of ${feedbacks.join(", ")}`);
  return {
    ...(details ?? { comment: null, feedback: null, feedback_option: null, reason: null }),
    ...(comment !== undefined ? { comment: comment || null } : {}),
    ...(feedback !== undefined ? { feedback: (feedback || null) as Stripe.Subscription.CancellationDetails.Feedback | null } : {}),
  };
}

function readCancellation(emulator: EmulatorContext, subscription: Stripe.Subscription, params: FormObject): Partial<Stripe.Subscription> {
  const changes: Partial<Stripe.Subscription> = {};
  const cancelAtPeriodEnd = optionalBoolean(params, "cancel_at_period_end");
  const blank = { comment: null, feedback: null, feedback_option: null, reason: null };
  let details: Stripe.Subscription.CancellationDetails = subscription.cancellation_details ?? blank;
  if (cancelAtPeriodEnd !== undefined) {
    if (subscription.schedule) {
      throw invalidState(
        `The subscription is managed by the subscription schedule \`${String(subscription.schedule)}\`, and updating any cancelation behavior directly is not allowed. Please update the schedule instead.`,
      );
    }
    changes.cancel_at_period_end = cancelAtPeriodEnd;
    changes.cancel_at = cancelAtPeriodEnd ? (subscription.items.data[0]?.current_period_end ?? null) : null;
    changes.canceled_at = cancelAtPeriodEnd ? emulator.now(subscription.test_clock) : null;
    details = { ...blank, reason: cancelAtPeriodEnd ? "cancellation_requested" : null };
  }
  const given = readCancellationDetails(params, details);
  if (given) details = given;
  if (cancelAtPeriodEnd !== undefined || given) changes.cancellation_details = details;
  return changes;
}

/** Applies an update: one customer.subscription.updated, then the invoice a price change makes. */
export function updateSubscriptionFromParams(emulator: EmulatorContext, subscription: Stripe.Subscription, params: FormObject): Stripe.Subscription {
  if (subscription.status === "canceled") {
    const allowed = Object.keys(params).every((key) => ["cancellation_details", "metadata", "expand"].includes(key));
    if (!allowed) throw invalidState("A canceled subscription can only update its cancellation_details and metadata.");
  }
  const behavior = readProrationBehavior(params);
  const newPrice = readNewPrice(emulator, subscription, params);
  const priceChange = newPrice ? planPriceChange(emulator, subscription, newPrice, behavior) : undefined;
  const changes: Partial<Stripe.Subscription> = { ...readCancellation(emulator, subscription, params), ...priceChange?.changes };
  const pause = readPauseCollection(params, emulator.now(subscription.test_clock));
  if (pause !== undefined) changes.pause_collection = pause;
  if (params.metadata !== undefined) changes.metadata = readMetadata(params, subscription.metadata);
  const paymentMethodId = optionalString(params, "default_payment_method");
  if (paymentMethodId !== undefined) {
    const paymentMethod = paymentMethodId ? emulator.state.paymentMethods[paymentMethodId] : undefined;
    if (paymentMethodId && (!paymentMethod || paymentMethod.customer !== subscription.customer)) {
      throw resourceMissing("payment_method", paymentMethodId, "default_payment_method");
    }
    changes.default_payment_method = paymentMethodId || null;
  }
  const description = optionalString(params, "description");
  if (description !== undefined) changes.description = description || null;
  updateSubscription(emulator, subscription, changes);
  priceChange?.afterwards();
  return subscription;
}
