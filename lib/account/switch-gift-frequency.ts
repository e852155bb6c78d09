// Monthly <-> annual, from the end of the current period. A subscription update with a new
// interval would reset the billing date and invoice the new price at once (Stripe's rule), so the
// switch is a subscription schedule: the current phase runs to the period's end at today's price,
// then one phase of the new price, then the schedule releases the subscription, which carries on
// at the new frequency. Chosen over "cancel at period end + a new subscription" because the gift
// keeps one subscription (its history, card, ledger row and reasons stay together) and needs no
// second Checkout. Dropping the switch before it happens releases the schedule (keepGiftFrequency).
import type Stripe from "stripe";
import { actionKey, giftFrequencyOf, type AccountContext, type AccountOutcome, type GiftFrequency } from "./account-context";
import { hasPendingPhase, releaseGiftSchedule } from "./gift-schedule";
import { readGiftAmount } from "./read-gift-amount";

export async function switchGiftFrequency(context: AccountContext, subscription: Stripe.Subscription, to: GiftFrequency, amountText: string | undefined): Promise<AccountOutcome> {
  const item = subscription.items.data[0];
  if (!item) return { ok: false, error: "invalid" };
  if (giftFrequencyOf(subscription) === to) return { ok: false, error: "same-frequency" };
  if (hasPendingPhase(subscription)) return { ok: false, error: "switch-pending" };
  const amount = readGiftAmount(context.options, subscription.currency, amountText);
  if (!amount.ok) return amount;
  const price = await context.priceFor({ currency: subscription.currency, frequency: to, amount: amount.amount });
  // A schedule left from an earlier switch (now in its last phase) is released first: one schedule at a time.
  const released = await releaseGiftSchedule(context, subscription);
  const key = (step: string) => actionKey(context, `switch-${step}`, subscription.id, to, amount.amount);
  const schedule = await context.stripe.subscriptionSchedules.create({ from_subscription: subscription.id }, { idempotencyKey: key(released ? "schedule-again" : "schedule") });
  const current = schedule.phases[0];
  if (!current) return { ok: false, error: "invalid" };
  await context.stripe.subscriptionSchedules.update(
    schedule.id,
    {
      end_behavior: "release",
      phases: [
        { items: [{ price: item.price.id, quantity: item.quantity ?? 1 }], start_date: current.start_date, end_date: item.current_period_end },
        // No end: one period of the new price, then the release leaves the subscription on it.
        { items: [{ price, quantity: 1 }], proration_behavior: "none" },
      ],
    },
    { idempotencyKey: key("phases") },
  );
  return { ok: true, notice: "switch-requested" };
}

export async function keepGiftFrequency(context: AccountContext, subscription: Stripe.Subscription): Promise<AccountOutcome> {
  if (!hasPendingPhase(subscription)) return { ok: false, error: "invalid" };
  await releaseGiftSchedule(context, subscription);
  return { ok: true, notice: "switch-kept" };
}
