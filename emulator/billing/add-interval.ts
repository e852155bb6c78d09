// The end of a billing period: start plus interval x count, in UTC calendar arithmetic.
// A monthly period from 31 January ends on the last day of February, as Stripe's does.
import type Stripe from "stripe";

export function addInterval(start: number, interval: Stripe.Price.Recurring.Interval, count: number): number {
  const date = new Date(start * 1000);
  if (interval === "day") return start + count * 86_400;
  if (interval === "week") return start + count * 7 * 86_400;
  const months = interval === "year" ? 12 * count : count;
  const day = date.getUTCDate();
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return Math.floor(target.getTime() / 1000);
}
