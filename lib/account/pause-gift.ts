// A pause of one, two or three months: pause_collection with behavior "void" (the renewals in
// between are made and voided, never charged) and resumes_at, when Stripe resumes by itself.
// Resuming early unsets pause_collection.
import type Stripe from "stripe";
import { actionKey, type AccountContext, type AccountOutcome } from "./account-context";
import { PAUSE_MONTHS } from "./gift-choices";

/** The same day of the month `months` later (the 31st becomes the month's last day). */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

export async function pauseGift(context: AccountContext, subscription: Stripe.Subscription, monthsText: string | undefined): Promise<AccountOutcome> {
  const months = PAUSE_MONTHS.find((choice) => String(choice) === monthsText);
  if (!months) return { ok: false, error: "pause-months" };
  const resumesAt = Math.floor(addMonths(context.now, months).getTime() / 1000);
  await context.stripe.subscriptions.update(subscription.id, { pause_collection: { behavior: "void", resumes_at: resumesAt } }, { idempotencyKey: actionKey(context, "pause", subscription.id, months) });
  return { ok: true, notice: "paused" };
}

export async function resumeGift(context: AccountContext, subscription: Stripe.Subscription): Promise<AccountOutcome> {
  if (!subscription.pause_collection) return { ok: false, error: "not-paused" };
  await context.stripe.subscriptions.update(subscription.id, { pause_collection: "" }, { idempotencyKey: actionKey(context, "resume", subscription.id) });
  return { ok: true, notice: "resumed" };
}
