// What one customer.subscription.* event says changed, in the ledger's words. The event's own
// object and its previous_attributes are the change Stripe confirms, so each event describes itself
// and the order events arrive in cannot change what is recorded. One update can hold several
// changes (a new amount and a cancellation in one call): each becomes its own row.
import type Stripe from "stripe";
import { z } from "zod";
import type { Frequency, SubscriptionChangeKind } from "../db/generated/enums";
import { frequencyOf } from "./sync-subscription";

export type SubscriptionChangeFacts = {
  kind: SubscriptionChangeKind;
  currency: string;
  from: { amount: number; frequency: Frequency } | null;
  to: { amount: number; frequency: Frequency } | null;
  reason: { feedback: string | null; comment: string | null } | null;
  resumesAt: Date | null;
  occurredAt: Date;
};

export type SubscriptionEvent = Stripe.CustomerSubscriptionCreatedEvent | Stripe.CustomerSubscriptionUpdatedEvent | Stripe.CustomerSubscriptionDeletedEvent;

// Statuses in which the subscription is a running recurring donation (Stripe's `incomplete` is a
// checkout not yet paid: the donation starts when it leaves that state).
const RUNNING = new Set(["active", "trialing", "past_due"]);

const item = z.object({ quantity: z.number().nullish(), price: z.object({ unit_amount: z.number().nullish(), recurring: z.object({ interval: z.string() }).nullish() }) });

// Only the keys this ledger reads; Stripe sends what changed, so every key is optional.
const previousAttributes = z.object({
  status: z.string().optional(),
  items: z.object({ data: z.array(item) }).optional(),
  pause_collection: z.object({ resumes_at: z.number().nullish() }).nullish(),
  cancel_at_period_end: z.boolean().optional(),
  cancel_at: z.number().nullish(),
});

type Item = z.infer<typeof item>;

function charge(subscriptionItem: Item | undefined): { amount: number; frequency: Frequency } | null {
  if (!subscriptionItem) return null;
  return { amount: (subscriptionItem.price.unit_amount ?? 0) * (subscriptionItem.quantity ?? 1), frequency: frequencyOf(subscriptionItem.price.recurring?.interval) };
}

function reasonOf(subscription: Stripe.Subscription): SubscriptionChangeFacts["reason"] {
  const details = subscription.cancellation_details;
  if (!details?.feedback && !details?.comment) return null;
  return { feedback: details.feedback ?? null, comment: details.comment?.trim() || null };
}

const at = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);

function updateChanges(subscription: Stripe.Subscription, raw: unknown, base: Pick<SubscriptionChangeFacts, "currency" | "occurredAt">): SubscriptionChangeFacts[] {
  const parsed = previousAttributes.safeParse(raw ?? {});
  if (!parsed.success) return [];
  const previous = parsed.data;
  const has = (key: string) => raw !== null && typeof raw === "object" && key in raw;
  const now = charge(subscription.items.data[0]);
  const blank = { ...base, from: null, to: null, reason: null, resumesAt: null };
  const changes: SubscriptionChangeFacts[] = [];

  if (previous.status === "incomplete" && RUNNING.has(subscription.status)) changes.push({ ...blank, kind: "STARTED", to: now });
  if (previous.items && RUNNING.has(subscription.status)) {
    const before = charge(previous.items.data[0]);
    if (before && now && before.frequency !== now.frequency) changes.push({ ...blank, kind: "FREQUENCY_CHANGED", from: before, to: now });
    else if (before && now && before.amount !== now.amount) changes.push({ ...blank, kind: "AMOUNT_CHANGED", from: before, to: now });
  }
  if (has("pause_collection")) {
    const paused = subscription.pause_collection;
    if (paused) changes.push({ ...blank, kind: "PAUSED", from: now, to: now, resumesAt: at(paused.resumes_at) });
    else if (previous.pause_collection) changes.push({ ...blank, kind: "RESUMED", from: now, to: now });
  }
  // Newer API versions may schedule by date (cancel_at) without cancel_at_period_end.
  const cancelChanged = has("cancel_at_period_end") ? previous.cancel_at_period_end !== subscription.cancel_at_period_end : has("cancel_at");
  if (cancelChanged && subscription.status !== "canceled") {
    const scheduled = subscription.cancel_at_period_end || subscription.cancel_at !== null;
    changes.push(scheduled ? { ...blank, kind: "CANCEL_SCHEDULED", from: now, reason: reasonOf(subscription) } : { ...blank, kind: "CANCEL_UNSCHEDULED", from: now, to: now });
  }
  return changes;
}

/** The changes an event confirms; none when it changed nothing this ledger follows. */
export function describeSubscriptionChanges(event: SubscriptionEvent): SubscriptionChangeFacts[] {
  const subscription = event.data.object;
  const base = { currency: subscription.currency, occurredAt: new Date(event.created * 1000) };
  const now = charge(subscription.items.data[0]);
  switch (event.type) {
    case "customer.subscription.created":
      return RUNNING.has(subscription.status) ? [{ ...base, kind: "STARTED", from: null, to: now, reason: null, resumesAt: null }] : [];
    case "customer.subscription.deleted":
      // A checkout never paid ends as incomplete_expired: it never started, so nothing ended.
      if (subscription.status === "incomplete_expired") return [];
      return [{ ...base, kind: "CANCELLED", from: now, to: null, reason: reasonOf(subscription), resumesAt: null }];
    case "customer.subscription.updated":
      return updateChanges(subscription, event.data.previous_attributes, base);
  }
}
