// A new card for a recurring gift: Stripe Checkout in setup mode for the subscription's customer
// (the card never touches our pages). Stripe saves it but makes it nobody's default: the
// checkout.session.completed webhook does that and retries a past-due payment
// (apply-saved-card.ts), so closing the tab after saving changes nothing.
import type Stripe from "stripe";
import { createdByAppMetadata } from "../stripe/created-by-app";
import { idOf } from "../stripe/id-of";
import { actionKey, type AccountContext, type AccountOutcome } from "./account-context";

export const CARD_UPDATE_PURPOSE = "card_update";

export async function startCardUpdate(context: AccountContext, subscription: Stripe.Subscription): Promise<AccountOutcome> {
  const customer = idOf(subscription.customer);
  if (!customer) return { ok: false, error: "invalid" };
  const metadata = { ...createdByAppMetadata, purpose: CARD_UPDATE_PURPOSE, subscription: subscription.id };
  const session = await context.stripe.checkout.sessions.create(
    {
      mode: "setup",
      customer,
      currency: subscription.currency,
      metadata,
      setup_intent_data: { metadata },
      success_url: `${context.appUrl}/manage/account?notice=card-saved`,
      cancel_url: `${context.appUrl}/manage/account`,
      ...(context.session.locale ? { locale: context.session.locale as Stripe.Checkout.SessionCreateParams.Locale } : {}),
    },
    { idempotencyKey: actionKey(context, "card", subscription.id) },
  );
  if (!session.url) return { ok: false, error: "stripe" };
  return { ok: true, notice: "card-saved", redirectTo: session.url };
}
