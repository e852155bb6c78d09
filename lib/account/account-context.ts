// What every supporter action works with, and what it answers: a notice the page shows once, or
// a refusal that changed nothing. The page names them (?notice=, ?error=) and words them.
import type Stripe from "stripe";
import type { PrismaClient } from "../db/generated/client";
import type { DonationOptions } from "../donations/donation-options";
import type { ManageSession } from "./manage-session";

export type AccountContext = {
  prisma: PrismaClient;
  stripe: Stripe;
  session: ManageSession;
  /** The appeal's offer: a new amount keeps within its bounds for the gift's currency. */
  options: DonationOptions;
  /** Builds the catalogue price for an amount (lib/account/find-gift-price.ts; tests may pass their own). */
  priceFor: (key: { currency: string; frequency: "monthly" | "annual"; amount: number }) => Promise<string>;
  appUrl: string;
  now: Date;
  /** The form's one-time id (rendered with the page): a double submit reaches Stripe with the same idempotency key. */
  requestId: string;
};

/** The Stripe idempotency key of one action: the same form sent twice with the same values is applied once. */
export function actionKey(context: AccountContext, action: string, subscriptionId: string, ...values: (string | number)[]): string {
  return ["account", action, subscriptionId, context.requestId, ...values].join("-");
}

export const accountNotices = ["amount-requested", "switch-requested", "switch-kept", "paused", "resumed", "cancel-requested", "cancel-undone", "card-saved", "signed-out"] as const;
export type AccountNotice = (typeof accountNotices)[number];

export const accountErrors = ["session", "not-yours", "amount-bounds", "currency-unavailable", "same-frequency", "switch-pending", "pause-months", "not-paused", "invalid", "rate-limited", "stripe"] as const;
export type AccountError = (typeof accountErrors)[number];

export type AccountOutcome = { ok: true; notice: AccountNotice; redirectTo?: string } | { ok: false; error: AccountError };

export type GiftFrequency = "monthly" | "annual";

export function giftFrequencyOf(subscription: Stripe.Subscription): GiftFrequency {
  return subscription.items.data[0]?.price.recurring?.interval === "year" ? "annual" : "monthly";
}
