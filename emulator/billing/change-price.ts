// A subscription item's new price (an update's items[0], or a schedule's phase starting mid-period),
// with Stripe's proration_behavior:
//   same interval    none: nothing now, the next invoice charges the new price;
//                    create_prorations (Stripe's default): proration lines wait for the next invoice;
//                    always_invoice: an invoice for the prorations now (billing_reason subscription_update).
//   another interval Stripe resets the billing cycle anchor to now and invoices the new price at once
//                    (subscription_update); prorating adds a credit for the old price's unused time.
// Returns the subscription changes (merged into the one customer.subscription.updated the caller
// emits) and what to do once they are applied (the invoice).
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { buildSubscriptionInvoice } from "../resources/invoices";
import { planFromPrice } from "../resources/prices";
import { addInterval } from "./add-interval";
import { collectSubscriptionInvoice } from "./collect-invoice";
import { prorationLines } from "./invoice-lines";

export const prorationBehaviors = ["create_prorations", "none", "always_invoice"] as const;
export type ProrationBehavior = (typeof prorationBehaviors)[number];

export type PriceChange = { changes: Partial<Stripe.Subscription>; afterwards: () => void };

const sameInterval = (a: Stripe.Price, b: Stripe.Price) => a.recurring?.interval === b.recurring?.interval && (a.recurring?.interval_count ?? 1) === (b.recurring?.interval_count ?? 1);

export function planPriceChange(emulator: EmulatorContext, subscription: Stripe.Subscription, next: { price: Stripe.Price; quantity: number }, behavior: ProrationBehavior): PriceChange {
  const item = subscription.items.data[0];
  if (!item) return { changes: {}, afterwards: () => {} };
  const now = emulator.now(subscription.test_clock);
  const customer = emulator.state.customers[String(subscription.customer)];
  const unchanged = item.price.id === next.price.id && (item.quantity ?? 1) === next.quantity;
  if (unchanged) return { changes: {}, afterwards: () => {} };
  const from = { from: item.price, fromQuantity: item.quantity ?? 1, at: now };
  const nextItem: Stripe.SubscriptionItem = { ...item, price: structuredClone(next.price), plan: planFromPrice(next.price), quantity: next.quantity };

  if (sameInterval(item.price, next.price)) {
    const lines = behavior === "none" ? [] : prorationLines(emulator, subscription, { ...from, to: next.price, toQuantity: next.quantity });
    return {
      changes: { items: { ...subscription.items, data: [nextItem] } },
      afterwards: () => {
        if (lines.length === 0) return;
        if (behavior === "create_prorations" || !customer) {
          emulator.state.pendingInvoiceLines[subscription.id] = [...(emulator.state.pendingInvoiceLines[subscription.id] ?? []), ...lines];
          return;
        }
        const pending = emulator.state.pendingInvoiceLines[subscription.id] ?? [];
        delete emulator.state.pendingInvoiceLines[subscription.id];
        const invoice = buildSubscriptionInvoice(emulator, { subscription, customer, billingReason: "subscription_update", periodStart: now, periodEnd: now, itemPeriod: null, extraLines: [...pending, ...lines] });
        collectSubscriptionInvoice(emulator, subscription, customer, invoice);
      },
    };
  }

  const credit = behavior === "none" ? [] : prorationLines(emulator, subscription, { ...from, to: null, toQuantity: next.quantity });
  const recurring = next.price.recurring ?? { interval: "month" as const, interval_count: 1 };
  const periodEnd = addInterval(now, recurring.interval, recurring.interval_count);
  return {
    changes: { billing_cycle_anchor: now, items: { ...subscription.items, data: [{ ...nextItem, current_period_start: now, current_period_end: periodEnd }] } },
    afterwards: () => {
      if (!customer) return;
      const pending = emulator.state.pendingInvoiceLines[subscription.id] ?? [];
      delete emulator.state.pendingInvoiceLines[subscription.id];
      const invoice = buildSubscriptionInvoice(emulator, {
        subscription,
        customer,
        billingReason: "subscription_update",
        periodStart: now,
        periodEnd: now,
        itemPeriod: { start: now, end: periodEnd },
        extraLines: [...pending, ...credit],
      });
      collectSubscriptionInvoice(emulator, subscription, customer, invoice);
    },
  };
}
