// A frequency switch waiting at the end of the period lives in a subscription schedule
// (switch-gift-frequency.ts). These read it from an expanded subscription and end it when an
// action needs the subscription to itself.
import type Stripe from "stripe";
import { actionKey, type AccountContext, type GiftFrequency } from "./account-context";

export type PendingSwitch = { frequency: GiftFrequency; amount: number; at: number };

function activeScheduleOf(subscription: Stripe.Subscription): Stripe.SubscriptionSchedule | undefined {
  const schedule = subscription.schedule;
  if (!schedule || typeof schedule === "string") return undefined;
  return schedule.status === "active" || schedule.status === "not_started" ? schedule : undefined;
}

/** The phase after the current one (the new frequency and amount, from the period's end), if any. */
export function pendingSwitchOf(subscription: Stripe.Subscription, prices: Map<string, Stripe.Price>): PendingSwitch | undefined {
  const schedule = activeScheduleOf(subscription);
  const currentEnd = schedule?.current_phase?.end_date;
  const next = schedule?.phases.find((phase) => currentEnd !== undefined && phase.start_date >= currentEnd);
  const priceId = next?.items[0]?.price;
  const price = typeof priceId === "string" ? prices.get(priceId) : priceId && !priceId.deleted ? priceId : undefined;
  if (!next || !price || price.unit_amount === null) return undefined;
  return { frequency: price.recurring?.interval === "year" ? "annual" : "monthly", amount: price.unit_amount * (next.items[0]?.quantity ?? 1), at: next.start_date };
}

/** The price ids a subscription's pending switch names, for the page to look up once. */
export function pendingPriceIds(subscription: Stripe.Subscription): string[] {
  const schedule = activeScheduleOf(subscription);
  return (schedule?.phases ?? []).flatMap((phase) => phase.items.map((item) => (typeof item.price === "string" ? item.price : item.price.id)));
}

/** Lets the subscription run on by itself (a pending switch is dropped; the current price stays). */
export async function releaseGiftSchedule(context: AccountContext, subscription: Stripe.Subscription): Promise<boolean> {
  const schedule = activeScheduleOf(subscription);
  if (!schedule) return false;
  await context.stripe.subscriptionSchedules.release(schedule.id, {}, { idempotencyKey: actionKey(context, "release", subscription.id, schedule.id) });
  return true;
}

/** True when a schedule still has a phase to come (a switch not yet made). */
export function hasPendingPhase(subscription: Stripe.Subscription): boolean {
  const schedule = activeScheduleOf(subscription);
  const currentEnd = schedule?.current_phase?.end_date;
  return Boolean(schedule && currentEnd !== undefined && schedule.phases.some((phase) => phase.start_date >= currentEnd));
}
