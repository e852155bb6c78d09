// checkout.session.completed: the reader finished Checkout. Paid sessions are fulfilled; an
// async method (bank debit) leaves the payment pending until async_payment_succeeded/_failed.
import type Stripe from "stripe";
import { syncCheckoutSession } from "../sync-checkout-session";

export async function handleCheckoutSessionCompleted(event: Stripe.CheckoutSessionCompletedEvent): Promise<string> {
  return (await syncCheckoutSession(event.data.object.id)).outcome;
}
