// The one table from each handled Stripe event type to its handler (one file per type under
// handlers/). Everything else derives from it: which types are handled (the webhook intake), which
// types reconciliation asks the Events API for, and the dispatch itself. `satisfies` makes the
// compiler check that each handler takes exactly its own event type: no casts, no second list.
import type Stripe from "stripe";
import { handleChargeDisputeClosed } from "./handlers/handle-charge-dispute-closed";
import { handleChargeDisputeCreated } from "./handlers/handle-charge-dispute-created";
import { handleChargeRefunded } from "./handlers/handle-charge-refunded";
import { handleCheckoutSessionAsyncPaymentFailed } from "./handlers/handle-checkout-session-async-payment-failed";
import { handleCheckoutSessionAsyncPaymentSucceeded } from "./handlers/handle-checkout-session-async-payment-succeeded";
import { handleCheckoutSessionCompleted } from "./handlers/handle-checkout-session-completed";
import { handleCheckoutSessionExpired } from "./handlers/handle-checkout-session-expired";
import { handleCustomerSubscriptionCreated } from "./handlers/handle-customer-subscription-created";
import { handleCustomerSubscriptionDeleted } from "./handlers/handle-customer-subscription-deleted";
import { handleCustomerSubscriptionUpdated } from "./handlers/handle-customer-subscription-updated";
import { handleCustomerUpdated } from "./handlers/handle-customer-updated";
import { handleInvoicePaid } from "./handlers/handle-invoice-paid";
import { handleInvoicePaymentActionRequired } from "./handlers/handle-invoice-payment-action-required";
import { handleInvoicePaymentFailed } from "./handlers/handle-invoice-payment-failed";
import { handleSubscriptionScheduleUpdated } from "./handlers/handle-subscription-schedule-updated";

type EventOf<T extends Stripe.Event.Type> = Extract<Stripe.Event, { type: T }>;

/** A handler takes its precisely typed event and returns a short outcome ("donation recorded"). */
export type StripeEventHandler<T extends Stripe.Event.Type> = (event: EventOf<T>) => Promise<string>;

export type StripeEventHandlerTable = { [T in Stripe.Event.Type]?: StripeEventHandler<T> };

export const stripeEventHandlers = {
  "checkout.session.completed": handleCheckoutSessionCompleted,
  "checkout.session.async_payment_succeeded": handleCheckoutSessionAsyncPaymentSucceeded,
  "checkout.session.async_payment_failed": handleCheckoutSessionAsyncPaymentFailed,
  "checkout.session.expired": handleCheckoutSessionExpired,
  "customer.subscription.created": handleCustomerSubscriptionCreated,
  "customer.subscription.updated": handleCustomerSubscriptionUpdated,
  "customer.subscription.deleted": handleCustomerSubscriptionDeleted,
  "invoice.paid": handleInvoicePaid,
  "invoice.payment_failed": handleInvoicePaymentFailed,
  "invoice.payment_action_required": handleInvoicePaymentActionRequired,
  "charge.refunded": handleChargeRefunded,
  "charge.dispute.created": handleChargeDisputeCreated,
  "charge.dispute.closed": handleChargeDisputeClosed,
  "customer.updated": handleCustomerUpdated,
  "subscription_schedule.updated": handleSubscriptionScheduleUpdated,
} satisfies StripeEventHandlerTable;

export type HandledEventType = keyof typeof stripeEventHandlers;
export type HandledEvent = EventOf<HandledEventType>;

export function isHandledEventType(type: string): type is HandledEventType {
  return Object.hasOwn(stripeEventHandlers, type);
}

export function isHandledEvent(event: Stripe.Event): event is HandledEvent {
  return isHandledEventType(event.type);
}

export const handledEventTypes: HandledEventType[] = Object.keys(stripeEventHandlers).filter(isHandledEventType);

// The same table seen as a mapped type: indexed with a type parameter T it yields the handler of
// T, so the call below type-checks for every handled type at once (TypeScript's "correlated
// union" pattern) instead of a switch that would list every type a second time.
const handlers: { [T in HandledEventType]: StripeEventHandler<T> } = stripeEventHandlers;

function runHandler<T extends HandledEventType>(type: T, event: EventOf<T>): Promise<string> {
  return handlers[type](event);
}

/** Runs the handler of the event's type (isHandledEvent tells which events have one). */
export function dispatchStripeEvent(event: HandledEvent): Promise<string> {
  return runHandler(event.type, event);
}
