// checkout.session.completed: the reader finished Checkout. Paid sessions are fulfilled; an
// async method (bank debit) leaves the payment pending until async_payment_succeeded/_failed,
// and the reader is told it is on its way (lib/bank-debits).
import type Stripe from "stripe";
import { notifyBankDebit } from "../../bank-debits/notify-bank-debit";
import { getPrisma } from "../../db/prisma";
import { syncCheckoutSession } from "../sync-checkout-session";

export async function handleCheckoutSessionCompleted(event: Stripe.CheckoutSessionCompletedEvent): Promise<string> {
  const synced = await syncCheckoutSession(event.data.object.id);
  if (synced.status !== "pending") return synced.outcome;
  return `${synced.outcome}; ${await notifyBankDebit(getPrisma(), "pending", event.data.object.id)}`;
}
