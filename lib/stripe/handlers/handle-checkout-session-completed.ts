// checkout.session.completed: the reader finished Checkout. Paid sessions are fulfilled; an
// async method (bank debit) leaves the payment pending until async_payment_succeeded/_failed.
import type Stripe from "stripe";
import { queueReceipt } from "../../receipts/queue-receipt";
import { NOT_CREATED_BY_APP } from "../created-by-app";
import { syncCheckoutSession } from "../sync-checkout-session";

export async function handleCheckoutSessionCompleted(event: Stripe.CheckoutSessionCompletedEvent): Promise<string> {
  const { outcome, status } = await syncCheckoutSession(event.data.object.id);
  // A paid session is receipted once (a subscription's first invoice may queue it too).
  if (status !== "paid" || outcome === NOT_CREATED_BY_APP) return outcome;
  return `${outcome}; ${await queueReceipt(event.data.object.id)}`;
}
