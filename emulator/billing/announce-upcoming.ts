// invoice.upcoming: Stripe sends it `upcomingDays` before a subscription renews (its "upcoming
// renewal events" setting, 3 to 45 days in the Dashboard; STRIPE_EMULATOR_UPCOMING_DAYS here),
// for any subscription whose period is longer than that, so yearly gifts get one and a monthly
// one only with fewer than ~28 days set. The object is a preview of the renewal invoice: no id, status draft,
// the next period's price (a schedule's next phase included) and any proration lines waiting.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { buildSubscriptionInvoice } from "../resources/invoices";
import { planFromPrice } from "../resources/prices";
import { addInterval } from "./add-interval";
import { phaseAfterCurrent, scheduleOf } from "./schedule-phases";

const DAY = 86_400;

/** When this subscription's next invoice.upcoming is due, if one is (undefined when sent or not wanted). */
export function upcomingDueAt(emulator: EmulatorContext, subscription: Stripe.Subscription): number | undefined {
  const item = subscription.items.data[0];
  if (!item || subscription.cancel_at_period_end || (subscription.status !== "active" && subscription.status !== "trialing")) return undefined;
  if (emulator.state.upcomingNotices[subscription.id] === item.current_period_end) return undefined;
  const at = item.current_period_end - emulator.upcomingDays * DAY;
  return at > item.current_period_start ? at : undefined;
}

export function announceUpcomingInvoice(emulator: EmulatorContext, subscription: Stripe.Subscription): void {
  const item = subscription.items.data[0];
  const customer = emulator.state.customers[String(subscription.customer)];
  if (!item || !customer) return;
  emulator.state.upcomingNotices[subscription.id] = item.current_period_end;
  const schedule = scheduleOf(emulator, subscription);
  const next = schedule && schedule.current_phase?.end_date === item.current_period_end ? phaseAfterCurrent(emulator, schedule)?.price : undefined;
  const price = next?.price ?? item.price;
  const recurring = price.recurring ?? { interval: "month" as const, interval_count: 1 };
  const periodStart = item.current_period_end;
  const periodEnd = addInterval(periodStart, recurring.interval, recurring.interval_count);
  const nextItem = { ...item, price, plan: planFromPrice(price), quantity: next?.quantity ?? item.quantity };
  const renewing: Stripe.Subscription = { ...subscription, items: { ...subscription.items, data: [nextItem] } };
  const preview = buildSubscriptionInvoice(emulator, {
    subscription: renewing,
    customer,
    billingReason: "upcoming",
    periodStart,
    periodEnd,
    extraLines: emulator.state.pendingInvoiceLines[subscription.id] ?? [],
  });
  delete emulator.state.invoices[preview.id];
  const { id: _id, ...withoutId } = preview;
  const upcoming = { ...withoutId, lines: { ...preview.lines, data: preview.lines.data.map((line) => ({ ...line, invoice: null })), url: "/v1/invoices/upcoming/lines" }, next_payment_attempt: periodStart };
  // Stripe's upcoming invoice has no id: it does not exist yet.
  emulator.emit("invoice.upcoming", upcoming as unknown as Stripe.Invoice);
}
