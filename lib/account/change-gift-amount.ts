// A new amount for a recurring gift, from the next payment on: the subscription's item moves to
// the catalogue price of that amount with proration_behavior "none", so nothing is charged or
// credited now and the next invoice charges the new amount. The ledger follows from the
// customer.subscription.updated webhook, as for every change.
import type Stripe from "stripe";
import { actionKey, giftFrequencyOf, type AccountContext, type AccountOutcome } from "./account-context";
import { readGiftAmount } from "./read-gift-amount";

export async function changeGiftAmount(context: AccountContext, subscription: Stripe.Subscription, amountText: string | undefined): Promise<AccountOutcome> {
  const item = subscription.items.data[0];
  if (!item) return { ok: false, error: "invalid" };
  // A switch waiting at period end owns the next price: keep it (or drop it) first.
  if (subscription.schedule) return { ok: false, error: "switch-pending" };
  const amount = readGiftAmount(context.options, subscription.currency, amountText);
  if (!amount.ok) return amount;
  const price = await context.priceFor({ currency: subscription.currency, frequency: giftFrequencyOf(subscription), amount: amount.amount });
  await context.stripe.subscriptions.update(subscription.id, { items: [{ id: item.id, price }], proration_behavior: "none" }, { idempotencyKey: actionKey(context, "amount", subscription.id, amount.amount) });
  return { ok: true, notice: "amount-requested" };
}
