// checkout.session.completed: the reader finished Checkout. Paid sessions are fulfilled; an
// async method (bank debit) leaves the payment pending until async_payment_succeeded/_failed,
// and the reader is told it is on its way (lib/bank-debits).
// Setup mode is a supporter's new card (lib/account/start-card-update.ts).
import type Stripe from "stripe";
import { applySavedCard } from "@/lib/account/apply-saved-card";
import { notifyBankDebit } from "../../bank-debits/notify-bank-debit";
import { getPrisma } from "../../db/prisma";
import { queueReceipt } from "../../receipts/queue-receipt";
import { NOT_CREATED_BY_APP } from "../created-by-app";
import { getStripe } from "../stripe";
import { syncCheckoutSession } from "../sync-checkout-session";

export async function handleCheckoutSessionCompleted(event: Stripe.CheckoutSessionCompletedEvent): Promise<string> {
  if (event.data.object.mode === "setup") return applySavedCard(getStripe(), event.data.object.id);
  const { outcome, status } = await syncCheckoutSession(event.data.object.id);
  if (outcome === NOT_CREATED_BY_APP) return outcome;
  if (status === "pending") return `${outcome}; ${await notifyBankDebit(getPrisma(), "pending", event.data.object.id)}`;
  // A paid session is receipted once (a subscription's first invoice may queue it too).
  if (status !== "paid") return outcome;
  return `${outcome}; ${await queueReceipt(event.data.object.id)}`;
}
