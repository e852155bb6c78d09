// The next payment as a customer.subscription.* event's own object shows it (what Stripe confirmed
// with that change), flattened for a job's data, and back.
import type Stripe from "stripe";
import { z } from "zod";
import { frequencyOf } from "../stripe/sync-subscription";
import { nextPaymentOf, type NextPayment } from "./compose-change-confirmation";

export const giftAtEventFields = {
  next: z.enum(["due", "none", "paused", "unknown"]),
  nextAmount: z.number().int().nullable(),
  nextAt: z.number().int().nullable(),
  periodEnd: z.number().int().nullable(),
};

export type GiftAtEvent = z.infer<z.ZodObject<typeof giftAtEventFields>>;

export function giftAtEvent(subscription: Stripe.Subscription): GiftAtEvent {
  const item = subscription.items.data[0];
  const periodEnd = item?.current_period_end ?? null;
  const resumes = subscription.pause_collection?.resumes_at;
  const next = nextPaymentOf({
    status: subscription.status === "canceled" ? "CANCELED" : "RUNNING",
    amount: (item?.price.unit_amount ?? 0) * (item?.quantity ?? 1),
    frequency: frequencyOf(item?.price.recurring?.interval),
    currentPeriodEnd: periodEnd ? new Date(periodEnd * 1000) : null,
    cancelAtPeriodEnd: subscription.cancel_at_period_end || subscription.cancel_at !== null,
    paused: subscription.pause_collection !== null,
    pauseResumesAt: resumes ? new Date(resumes * 1000) : null,
  });
  if (next === null) return { next: "unknown", nextAmount: null, nextAt: null, periodEnd };
  if (typeof next === "string") return { next, nextAmount: null, nextAt: null, periodEnd };
  return { next: "due", nextAmount: next.amount, nextAt: Math.floor(next.at.getTime() / 1000), periodEnd };
}

export function nextPaymentFrom(gift: GiftAtEvent): NextPayment {
  if (gift.next === "due" && gift.nextAmount !== null && gift.nextAt !== null) return { amount: gift.nextAmount, at: new Date(gift.nextAt * 1000) };
  return gift.next === "none" || gift.next === "paused" ? gift.next : null;
}
