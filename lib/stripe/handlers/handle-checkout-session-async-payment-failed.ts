// checkout.session.async_payment_failed: a delayed payment method did not settle.
import type Stripe from "stripe";
import { syncCheckoutSession } from "../sync-checkout-session";

export async function handleCheckoutSessionAsyncPaymentFailed(event: Stripe.CheckoutSessionAsyncPaymentFailedEvent): Promise<string> {
  return (await syncCheckoutSession(event.data.object.id)).outcome;
}
