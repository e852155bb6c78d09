// checkout.session.async_payment_failed: a delayed payment method (bank debit) did not settle.
// A one-time gift's reader is told nothing was taken (lib/bank-debits); a recurring one hears it
// as a failed renewal, from invoice.payment_failed.
import type Stripe from "stripe";
import { notifyBankDebit } from "../../bank-debits/notify-bank-debit";
import { getPrisma } from "../../db/prisma";
import { syncCheckoutSession } from "../sync-checkout-session";

export async function handleCheckoutSessionAsyncPaymentFailed(event: Stripe.CheckoutSessionAsyncPaymentFailedEvent): Promise<string> {
  const synced = await syncCheckoutSession(event.data.object.id);
  if (synced.status !== "failed") return synced.outcome;
  return `${synced.outcome}; ${await notifyBankDebit(getPrisma(), "failed", event.data.object.id)}`;
}
