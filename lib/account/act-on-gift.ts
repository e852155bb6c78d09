// One supporter action on one of their recurring gifts, after the session and the ownership are
// checked (find-own-subscriptions.ts): the action's own checks, then its Stripe call. Every
// outcome is audited without personal data: the action, the subscription id, the session id.
import "server-only";
import type Stripe from "stripe";
import { recordAudit } from "@/lib/audit/record-audit";
import { logger } from "@/lib/log/logger";
import type { AccountContext, AccountOutcome } from "./account-context";
import { cancelGift, undoCancelGift } from "./cancel-gift";
import { changeGiftAmount } from "./change-gift-amount";
import { findOwnSubscription } from "./find-own-subscriptions";
import { pauseGift, resumeGift } from "./pause-gift";
import { startCardUpdate } from "./start-card-update";
import { keepGiftFrequency, switchGiftFrequency } from "./switch-gift-frequency";

export const giftActions = ["amount", "switch", "keep-frequency", "pause", "resume", "cancel", "keep", "card"] as const;
export type GiftAction = (typeof giftActions)[number];

export type GiftRequest = { action: GiftAction; subscription: string; amount?: string; frequency?: string; months?: string; feedback?: string; comment?: string };

function run(context: AccountContext, subscription: Stripe.Subscription, request: GiftRequest): Promise<AccountOutcome> {
  switch (request.action) {
    case "amount":
      return changeGiftAmount(context, subscription, request.amount);
    case "switch":
      if (request.frequency !== "monthly" && request.frequency !== "annual") return Promise.resolve({ ok: false, error: "invalid" });
      return switchGiftFrequency(context, subscription, request.frequency, request.amount);
    case "keep-frequency":
      return keepGiftFrequency(context, subscription);
    case "pause":
      return pauseGift(context, subscription, request.months);
    case "resume":
      return resumeGift(context, subscription);
    case "cancel":
      return cancelGift(context, subscription, { feedback: request.feedback, comment: request.comment });
    case "keep":
      return undoCancelGift(context, subscription);
    case "card":
      return startCardUpdate(context, subscription);
  }
}

export async function actOnGift(context: AccountContext, request: GiftRequest): Promise<AccountOutcome> {
  const audit = { actorUserId: null, targetType: "subscription", targetId: request.subscription };
  const subscription = await findOwnSubscription(context.prisma, context.stripe, context.session, request.subscription);
  if (!subscription) {
    await recordAudit({ ...audit, action: "supporter.gift_change_refused", metadata: { change: request.action, manageSessionId: context.session.id } });
    return { ok: false, error: "not-yours" };
  }
  let outcome: AccountOutcome;
  try {
    outcome = await run(context, subscription, request);
  } catch (error) {
    if (!(error instanceof context.stripe.errors.StripeError)) throw error;
    logger.error("supporter gift change refused by Stripe", { subscriptionId: subscription.id, change: request.action, code: error.code ?? error.type });
    return { ok: false, error: "stripe" };
  }
  if (outcome.ok) await recordAudit({ ...audit, action: "supporter.gift_changed", metadata: { change: request.action, manageSessionId: context.session.id } });
  return outcome;
}
