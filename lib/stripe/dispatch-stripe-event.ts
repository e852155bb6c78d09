// The map from each handled Stripe event type to its handler (one file per type under
// handlers/). The switch lets TypeScript narrow `event` to the exact event type: no casts.
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
import { handleInvoicePaymentFailed } from "./handlers/handle-invoice-payment-failed";

type EventOf<T extends Stripe.Event.Type> = Extract<Stripe.Event, { type: T }>;

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
  "charge.refunded": handleChargeRefunded,
  "charge.dispute.created": handleChargeDisputeCreated,
  "charge.dispute.closed": handleChargeDisputeClosed,
  "customer.updated": handleCustomerUpdated,
} satisfies { [T in Stripe.Event.Type]?: (event: EventOf<T>) => Promise<string> };

export type HandledEventType = keyof typeof stripeEventHandlers;

export const handledEventTypes = Object.keys(stripeEventHandlers) as HandledEventType[];

export function isHandledEventType(type: string): type is HandledEventType {
  return Object.hasOwn(stripeEventHandlers, type);
}

/** Runs the event's handler; undefined when the type is not handled. */
export async function dispatchStripeEvent(event: Stripe.Event): Promise<string | undefined> {
  const h = stripeEventHandlers;
  switch (event.type) {
    case "checkout.session.completed":
      return h[event.type](event);
    case "checkout.session.async_payment_succeeded":
      return h[event.type](event);
    case "checkout.session.async_payment_failed":
      return h[event.type](event);
    case "checkout.session.expired":
      return h[event.type](event);
    case "customer.subscription.created":
      return h[event.type](event);
    case "customer.subscription.updated":
      return h[event.type](event);
    case "customer.subscription.deleted":
      return h[event.type](event);
    case "invoice.paid":
      return h[event.type](event);
    case "invoice.payment_failed":
      return h[event.type](event);
    case "charge.refunded":
      return h[event.type](event);
    case "charge.dispute.created":
      return h[event.type](event);
    case "charge.dispute.closed":
      return h[event.type](event);
    case "customer.updated":
      return h[event.type](event);
    default:
      return undefined;
  }
}
