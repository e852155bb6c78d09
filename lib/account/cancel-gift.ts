// Cancelling a recurring gift: at the end of the paid period (cancel_at_period_end), with the
// supporter's one optional answer as Stripe's cancellation_details (a fixed feedback list and a
// short comment). The ledger records the reason from the webhook, and the dashboard lists it.
import { createHash } from "node:crypto";
import type Stripe from "stripe";
import { actionKey, type AccountContext, type AccountOutcome } from "./account-context";
import { CANCELLATION_FEEDBACK, MAX_COMMENT_LENGTH } from "./gift-choices";
import { releaseGiftSchedule } from "./gift-schedule";

export async function cancelGift(context: AccountContext, subscription: Stripe.Subscription, reason: { feedback?: string; comment?: string }): Promise<AccountOutcome> {
  const feedback = CANCELLATION_FEEDBACK.find((value) => value === reason.feedback);
  if (reason.feedback && !feedback) return { ok: false, error: "invalid" };
  const comment = reason.comment?.trim().slice(0, MAX_COMMENT_LENGTH) || undefined;
  // Stripe refuses cancellation settings on a subscription a schedule manages: a pending switch ends here.
  await releaseGiftSchedule(context, subscription);
  await context.stripe.subscriptions.update(
    subscription.id,
    { cancel_at_period_end: true, ...(feedback || comment ? { cancellation_details: { ...(feedback ? { feedback } : {}), ...(comment ? { comment } : {}) } } : {}) },
    {
      idempotencyKey: actionKey(
        context,
        "cancel",
        subscription.id,
        feedback ?? "none",
        createHash("sha256")
          .update(comment ?? "")
          .digest("hex")
          .slice(0, 12),
      ),
    },
  );
  return { ok: true, notice: "cancel-requested" };
}

export async function undoCancelGift(context: AccountContext, subscription: Stripe.Subscription): Promise<AccountOutcome> {
  if (!subscription.cancel_at_period_end) return { ok: false, error: "invalid" };
  await context.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: false }, { idempotencyKey: actionKey(context, "keep", subscription.id) });
  return { ok: true, notice: "cancel-undone" };
}
