// checkout.session.async_payment_succeeded: a delayed payment method settled.
import type Stripe from "stripe";
import { syncCheckoutSession } from "../sync-checkout-session";

export async function handleCheckoutSessionAsyncPaymentSucceeded(event: Stripe.CheckoutSessionAsyncPaymentSucceededEvent): Promise<string> {
  return (await syncCheckoutSession(event.data.object.id)).outcome;
}
