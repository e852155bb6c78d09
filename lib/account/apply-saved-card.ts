// checkout.session.completed for a setup-mode session that start-card-update.ts made: the saved
// card becomes the subscription's and the customer's default, and a past-due invoice is paid with
// it at once (Stripe would otherwise wait for its next retry). Re-reads everything from Stripe; the
// idempotency keys make a duplicate event a replay.
import type Stripe from "stripe";
import { isCreatedByApp } from "../stripe/created-by-app";
import { idOf } from "../stripe/id-of";
import { CARD_UPDATE_PURPOSE } from "./start-card-update";

export async function applySavedCard(stripe: Stripe, sessionId: string): Promise<string> {
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  if (session.mode !== "setup" || !isCreatedByApp(session.metadata) || session.metadata?.purpose !== CARD_UPDATE_PURPOSE) return "skipped: not a card update";
  const setupIntentId = idOf(session.setup_intent);
  const subscriptionId = session.metadata.subscription;
  if (session.status !== "complete" || !setupIntentId || !subscriptionId) return "skipped: not complete";
  const setupIntent = await stripe.setupIntents.retrieve(setupIntentId);
  const paymentMethod = idOf(setupIntent.payment_method);
  const subscription = await stripe.subscriptions.retrieve(subscriptionId);
  const customer = idOf(subscription.customer);
  // The session was made for this subscription's customer; anything else is not applied.
  if (!paymentMethod || !customer || customer !== idOf(session.customer)) return "skipped: card and gift do not match";
  await stripe.subscriptions.update(subscription.id, { default_payment_method: paymentMethod }, { idempotencyKey: `card-default-${session.id}` });
  await stripe.customers.update(customer, { invoice_settings: { default_payment_method: paymentMethod } }, { idempotencyKey: `card-customer-${session.id}` });
  const invoiceId = idOf(subscription.latest_invoice);
  if ((subscription.status !== "past_due" && subscription.status !== "unpaid") || !invoiceId) return "card saved";
  const invoice = await stripe.invoices.retrieve(invoiceId);
  if (invoice.status !== "open") return "card saved";
  try {
    await stripe.invoices.pay(invoiceId, { payment_method: paymentMethod }, { idempotencyKey: `card-pay-${session.id}` });
    return "card saved; past-due invoice paid";
  } catch (error) {
    // A decline of the new card is the supporter's to fix (the page still offers a card update).
    if (error instanceof stripe.errors.StripeCardError) return "card saved; past-due invoice declined";
    throw error;
  }
}
