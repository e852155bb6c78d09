// The lines of a subscription's invoice: one for the item's price over a period, and the
// proration lines Stripe makes when a price changes mid-period ("Unused time on ..." credits
// and "Remaining time on ..." charges, `proration: true`). Lines are built without an invoice
// and given one when an invoice takes them.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { newId } from "../state/new-id";

type LineInput = { price: Stripe.Price; quantity: number; amount: number; period: { start: number; end: number }; description: string; proration: boolean };

const day = (seconds: number) => new Date(seconds * 1000).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function productName(emulator: EmulatorContext, price: Stripe.Price): string {
  return emulator.state.products[String(price.product)]?.name ?? "Subscription";
}

function buildLine(subscription: Stripe.Subscription, item: Stripe.SubscriptionItem, input: LineInput): Stripe.InvoiceLineItem {
  return {
    id: newId("il", 24),
    object: "line_item",
    amount: input.amount,
    currency: subscription.currency,
    description: input.description,
    discount_amounts: [],
    discountable: !input.proration,
    discounts: [],
    invoice: null,
    livemode: false,
    metadata: { ...subscription.metadata },
    parent: {
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: input.proration ? newId("ii", 24) : null,
        proration: input.proration,
        proration_details: { credited_items: null },
        subscription: subscription.id,
        subscription_item: item.id,
      },
      type: "subscription_item_details",
    },
    period: input.period,
    pretax_credit_amounts: [],
    pricing: { price_details: { price: input.price.id, product: String(input.price.product) }, type: "price_details", unit_amount_decimal: null },
    quantity: input.quantity,
    quantity_decimal: null,
    subscription: subscription.id,
    subtotal: input.amount,
    taxes: [],
  };
}

/** The item's price for a period: `1 × Monthly support (at €5.00 / month)` in Stripe's wording, shortened. */
export function itemLine(emulator: EmulatorContext, subscription: Stripe.Subscription, period: { start: number; end: number }): Stripe.InvoiceLineItem | undefined {
  const item = subscription.items.data[0];
  if (!item) return undefined;
  const quantity = item.quantity ?? 1;
  const amount = (item.price.unit_amount ?? 0) * quantity;
  return buildLine(subscription, item, { price: item.price, quantity, amount, period, description: `${quantity} × ${productName(emulator, item.price)}`, proration: false });
}

/**
 * Stripe's prorations for a price change at `at` within the item's current period: a credit for
 * the unused time on the old price and a charge for the remaining time on the new one, each the
 * price times the share of the period left, rounded to the minor unit.
 */
export function prorationLines(
  emulator: EmulatorContext,
  subscription: Stripe.Subscription,
  change: { from: Stripe.Price; fromQuantity: number; to: Stripe.Price | null; toQuantity: number; at: number },
): Stripe.InvoiceLineItem[] {
  const item = subscription.items.data[0];
  if (!item) return [];
  const { current_period_start: start, current_period_end: end } = item;
  const share = end > start ? Math.max(0, end - change.at) / (end - start) : 0;
  if (share === 0) return [];
  const period = { start: change.at, end };
  const credit = buildLine(subscription, item, {
    price: change.from,
    quantity: change.fromQuantity,
    amount: -Math.round((change.from.unit_amount ?? 0) * change.fromQuantity * share),
    period,
    description: `Unused time on ${change.fromQuantity} × ${productName(emulator, change.from)} after ${day(change.at)}`,
    proration: true,
  });
  if (!change.to) return [credit];
  const charge = buildLine(subscription, item, {
    price: change.to,
    quantity: change.toQuantity,
    amount: Math.round((change.to.unit_amount ?? 0) * change.toQuantity * share),
    period,
    description: `Remaining time on ${change.toQuantity} × ${productName(emulator, change.to)} after ${day(change.at)}`,
    proration: true,
  });
  return [credit, charge];
}
