// A subscription schedule moving its subscription from phase to phase as time passes (test
// clocks): at a phase's end the next phase's price (and its interval) applies; at the end of the
// last phase the schedule ends by its end_behavior: `release` leaves the subscription running on
// its own (status released, subscription_schedule.released), `cancel` cancels it (status
// completed, subscription_schedule.completed). A phase ending with the billing period is entered by
// the renewal (its invoice charges the new price for the new period); one ending mid-period
// changes the price then, with the phase's proration_behavior.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { cancelSubscription, updateSubscription } from "../resources/subscriptions";
import { planPriceChange, type ProrationBehavior } from "./change-price";

export type PhasePrice = { price: Stripe.Price; quantity: number; metadata: Record<string, string> | null; prorationBehavior: ProrationBehavior };

export function scheduleOf(emulator: EmulatorContext, subscription: Stripe.Subscription): Stripe.SubscriptionSchedule | undefined {
  const schedule = subscription.schedule ? emulator.state.subscriptionSchedules[String(subscription.schedule)] : undefined;
  return schedule?.status === "active" ? schedule : undefined;
}

/** The phase that starts when the current one ends, without moving to it. */
export function phaseAfterCurrent(emulator: EmulatorContext, schedule: Stripe.SubscriptionSchedule): { phase: Stripe.SubscriptionSchedule.Phase; price: PhasePrice } | undefined {
  const end = schedule.current_phase?.end_date;
  const phase = schedule.phases.find((candidate) => candidate.start_date === end);
  const item = phase?.items[0];
  const price = item ? emulator.state.prices[String(item.price)] : undefined;
  if (!phase || !item || !price) return undefined;
  const metadata = phase.metadata && Object.keys(phase.metadata).length > 0 ? phase.metadata : null;
  return { phase, price: { price, quantity: item.quantity ?? 1, metadata, prorationBehavior: (phase.proration_behavior as ProrationBehavior) ?? "create_prorations" } };
}

function endSchedule(emulator: EmulatorContext, schedule: Stripe.SubscriptionSchedule, subscription: Stripe.Subscription, at: number): void {
  schedule.current_phase = null;
  if (schedule.end_behavior === "cancel") {
    schedule.status = "completed";
    schedule.completed_at = at;
    emulator.emit("subscription_schedule.completed", schedule);
    cancelSubscription(emulator, subscription);
    return;
  }
  schedule.status = "released";
  schedule.released_at = at;
  schedule.released_subscription = subscription.id;
  schedule.subscription = null;
  updateSubscription(emulator, subscription, { schedule: null });
  emulator.emit("subscription_schedule.released", schedule);
}

/** At `at`, the end of the current phase: moves to the next phase (returning its price) or ends the schedule. */
export function enterPhaseAt(emulator: EmulatorContext, subscription: Stripe.Subscription, at: number): PhasePrice | undefined {
  const schedule = scheduleOf(emulator, subscription);
  if (!schedule?.current_phase || schedule.current_phase.end_date > at) return undefined;
  const next = phaseAfterCurrent(emulator, schedule);
  if (!next) {
    endSchedule(emulator, schedule, subscription, at);
    return undefined;
  }
  schedule.current_phase = { start_date: next.phase.start_date, end_date: next.phase.end_date };
  emulator.emit("subscription_schedule.updated", schedule);
  return next.price;
}

/** A phase ending before the billing period does: the next phase's price applies now. */
export function enterPhaseMidPeriod(emulator: EmulatorContext, subscription: Stripe.Subscription, at: number): void {
  const next = enterPhaseAt(emulator, subscription, at);
  if (!next || subscription.status === "canceled") return;
  const change = planPriceChange(emulator, subscription, next, next.prorationBehavior);
  updateSubscription(emulator, subscription, { ...change.changes, ...(next.metadata ? { metadata: { ...subscription.metadata, ...next.metadata } } : {}) });
  change.afterwards();
}
