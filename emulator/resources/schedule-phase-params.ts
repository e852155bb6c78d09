// A schedule update's `phases`: every current and future phase, in order. The first is the
// current one (its start_date stays); each later one starts where the one before ends. A phase
// ends at `end_date` or after `duration` {interval, interval_count}; the last may have neither
// (one billing period of its price). One item per phase, a recurring `price` in the
// subscription's currency. Changing the current phase's price applies it now, with the request's
// proration_behavior.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { addInterval } from "../billing/add-interval";
import { planPriceChange } from "../billing/change-price";
import type { FormObject } from "../wire/parse-form";
import { child, objectAt, optionalArray, optionalInteger, optionalObject, optionalString, readMetadata, requiredString } from "../wire/read-params";
import { invalidParam, missingParam, resourceMissing } from "../wire/stripe-api-error";
import { updateSubscription } from "./subscriptions";
import { readProrationBehavior } from "./update-subscription";

const intervals = ["day", "week", "month", "year"];

export function buildPhase(input: { price: Stripe.Price; quantity: number; start: number; end: number; prorationBehavior: string; metadata: Record<string, string> }): Stripe.SubscriptionSchedule.Phase {
  return {
    add_invoice_items: [],
    application_fee_percent: null,
    billing_cycle_anchor: null,
    billing_thresholds: null,
    collection_method: null,
    currency: input.price.currency,
    default_payment_method: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    end_date: input.end,
    invoice_settings: null,
    items: [{ billing_thresholds: null, discounts: [], metadata: {}, plan: input.price.id, price: input.price.id, quantity: input.quantity, tax_rates: [] }],
    metadata: input.metadata,
    on_behalf_of: null,
    proration_behavior: input.prorationBehavior as Stripe.SubscriptionSchedule.Phase.ProrationBehavior,
    start_date: input.start,
    transfer_data: null,
    trial_end: null,
  };
}

function readPhaseEnd(phase: FormObject, param: string, start: number, price: Stripe.Price, last: boolean): number {
  const endDate = optionalInteger(phase, "end_date", child(param, "end_date"));
  const duration = optionalObject(phase, "duration", child(param, "duration"));
  if (endDate !== undefined && duration) throw invalidParam(child(param, "duration"), "You may only specify one of these parameters: duration, end_date.");
  if (duration) {
    const durationParam = child(param, "duration");
    const interval = requiredString(duration, "interval", child(durationParam, "interval"));
    if (!intervals.includes(interval)) throw invalidParam(child(durationParam, "interval"), `Invalid ${child(durationParam, "interval")}: must be one of ${intervals.join(", ")}`);
    const count = optionalInteger(duration, "interval_count", child(durationParam, "interval_count")) ?? 1;
    if (count < 1) throw invalidParam(child(durationParam, "interval_count"), "This value must be greater than or equal to 1.", "parameter_invalid_integer");
    return addInterval(start, interval as Stripe.Price.Recurring.Interval, count);
  }
  if (endDate !== undefined) {
    if (endDate <= start) throw invalidParam(child(param, "end_date"), "The phase's end_date must be after its start_date.", "parameter_invalid_integer");
    return endDate;
  }
  if (!last) throw missingParam(child(param, "end_date"));
  const recurring = price.recurring ?? { interval: "month" as const, interval_count: 1 };
  return addInterval(start, recurring.interval, recurring.interval_count);
}

function readPhasePrice(emulator: EmulatorContext, phase: FormObject, param: string, currency: string): { price: Stripe.Price; quantity: number } {
  const items = optionalArray(phase, "items", child(param, "items"));
  if (!items || items.length === 0) throw missingParam(child(param, "items"));
  if (items.length > 1) throw invalidParam(child(param, "items"), "The emulator supports schedule phases with exactly one item.");
  const itemParam = child(child(param, "items"), 0);
  const item = objectAt(items[0] as FormObject, itemParam);
  const priceId = requiredString(item, "price", child(itemParam, "price"));
  const price = emulator.state.prices[priceId];
  if (!price) throw resourceMissing("price", priceId, child(itemParam, "price"));
  if (!price.recurring) throw invalidParam(child(itemParam, "price"), "The price specified is set to `type=one_time` but this field only accepts prices with `type=recurring`.");
  if (price.currency !== currency) throw invalidParam(child(itemParam, "price"), `The price's currency (${price.currency}) must match the subscription's (${currency}).`);
  const quantity = optionalInteger(item, "quantity", child(itemParam, "quantity")) ?? 1;
  return { price, quantity };
}

/** Replaces the schedule's phases from `phases[...]`, applying a changed current-phase price now. */
export function readPhases(emulator: EmulatorContext, schedule: Stripe.SubscriptionSchedule, subscription: Stripe.Subscription, params: FormObject): void {
  const raw = optionalArray(params, "phases");
  if (!raw || raw.length === 0) throw missingParam("phases");
  const current = schedule.current_phase;
  let start = current?.start_date ?? emulator.now(subscription.test_clock);
  const phases = raw.map((value, index) => {
    const param = `phases[${index}]`;
    const phase = objectAt(value, param);
    const startDate = optionalString(phase, "start_date", child(param, "start_date"));
    if (startDate !== undefined && Number(startDate) !== start) {
      const message = index === 0 ? "You can not modify the start date of the current phase." : `${param}[start_date] must equal the end_date of the phase before it.`;
      throw invalidParam(child(param, "start_date"), message);
    }
    const { price, quantity } = readPhasePrice(emulator, phase, param, subscription.currency);
    const end = readPhaseEnd(phase, param, start, price, index === raw.length - 1);
    const built = buildPhase({ price, quantity, start, end, prorationBehavior: readProrationBehavior(phase, "proration_behavior"), metadata: readMetadata(phase) });
    start = end;
    return built;
  });
  const first = phases[0];
  const item = subscription.items.data[0];
  const firstItem = first?.items[0];
  if (first && item && firstItem && (String(firstItem.price) !== item.price.id || (firstItem.quantity ?? 1) !== (item.quantity ?? 1))) {
    const price = emulator.state.prices[String(firstItem.price)];
    if (price) {
      const change = planPriceChange(emulator, subscription, { price, quantity: firstItem.quantity ?? 1 }, readProrationBehavior(params));
      updateSubscription(emulator, subscription, change.changes);
      change.afterwards();
    }
  }
  schedule.phases = phases;
  schedule.current_phase = first ? { start_date: first.start_date, end_date: first.end_date } : null;
}
