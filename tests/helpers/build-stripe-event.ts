// A small factory for typed Stripe events in unit tests: only the fields a test cares about
// are given; the envelope is filled in. Handlers read little of the object, and the factory
// keeps the one unavoidable widening-to-the-full-type in a single place.
import type Stripe from "stripe";

type EventOf<T extends Stripe.Event.Type> = Extract<Stripe.Event, { type: T }>;
type ObjectOf<T extends Stripe.Event.Type> = EventOf<T>["data"]["object"];

let counter = 0;

export function buildStripeEvent<T extends Stripe.Event.Type>(type: T, object: Partial<ObjectOf<T>> & { id: string }, overrides: { created?: number; livemode?: boolean } = {}): EventOf<T> {
  counter += 1;
  const envelope = {
    id: `evt_test_${counter}`,
    object: "event",
    api_version: "2026-11-18.endive",
    created: overrides.created ?? 1_796_000_000 + counter,
    livemode: overrides.livemode ?? false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
  return envelope as unknown as EventOf<T>;
}
