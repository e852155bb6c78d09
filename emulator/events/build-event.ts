// An event as Stripe sends it: a frozen snapshot of the object and, for updates, what changed.
import type Stripe from "stripe";
import { API_VERSION, type EventObject, type EventOf } from "../emulator-context";
import { newId } from "../state/new-id";

export function buildEvent<T extends Stripe.Event["type"]>(type: T, object: EventObject<T>, created: number, previousAttributes?: Partial<EventObject<T>>, request: Stripe.Event.Request | null = null): EventOf<T> {
  const data: Stripe.Event.Data = { object: structuredClone(object) as Stripe.Event.Data.Object };
  if (previousAttributes) data.previous_attributes = structuredClone(previousAttributes) as Stripe.Event.Data.PreviousAttributes;
  const event: Stripe.EventBase = {
    id: newId("evt", 24),
    object: "event",
    api_version: API_VERSION,
    created,
    data,
    livemode: false,
    pending_webhooks: 1,
    request: request ? { ...request } : { id: null, idempotency_key: null },
    type,
  };
  // The union member is fixed by `type`; TypeScript cannot relate a generic key to its member.
  return event as EventOf<T>;
}
