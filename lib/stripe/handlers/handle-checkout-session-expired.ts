// checkout.session.expired: the reader left Checkout; the attempt is marked expired.
import type Stripe from "stripe";
import { syncCheckoutSession } from "../sync-checkout-session";

export async function handleCheckoutSessionExpired(event: Stripe.CheckoutSessionExpiredEvent): Promise<string> {
  return (await syncCheckoutSession(event.data.object.id)).outcome;
}
