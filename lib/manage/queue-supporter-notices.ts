// The webhook's half of the change emails: after a customer.subscription.* event is recorded, queue
// the emails it calls for (sent by the worker, lib/manage/send-supporter-notice.ts). Queued again
// on a Stripe retry whether or not this delivery wrote the rows: the worker's SentNotice keeps
// each email single, and a delivery that failed after writing the rows still gets its email.
import type Stripe from "stripe";
import { getPrisma } from "../db/prisma";
import { enqueueJob } from "../jobs/enqueue-job";
import { idOf } from "../stripe/id-of";
import { CONFIRMED_KINDS } from "./compose-change-confirmation";
import { giftAtEvent } from "./gift-at-event";
import type { SupporterNoticeJob } from "./send-supporter-notice";

type SubscriptionEvent = Stripe.CustomerSubscriptionUpdatedEvent | Stripe.CustomerSubscriptionDeletedEvent;

/** The new card when the event replaced the gift's default payment method (not the first card of a new gift). */
function newCardOf(event: SubscriptionEvent): string | null {
  if (event.type !== "customer.subscription.updated") return null;
  const previous: Record<string, unknown> = event.data.previous_attributes ?? {};
  if (!("default_payment_method" in previous) || previous.status === "incomplete") return null;
  const card = idOf(event.data.object.default_payment_method);
  return card && card !== previous.default_payment_method ? card : null;
}

const queue = (job: SupporterNoticeJob) => enqueueJob("supporter-notice", job);

/** Queues the notices; returns how many jobs were queued. */
export async function queueSupporterNotices(event: SubscriptionEvent): Promise<number> {
  let queued = 0;
  const gift = giftAtEvent(event.data.object);
  const changes = await getPrisma().subscriptionChange.count({ where: { stripeEventId: event.id, kind: { in: [...CONFIRMED_KINDS] } } });
  if (changes > 0) {
    await queue({ notice: "subscription-changes", stripeEventId: event.id, ...gift });
    queued += 1;
  }
  const card = newCardOf(event);
  if (card) {
    await queue({ notice: "card-updated", stripeSubscriptionId: event.data.object.id, paymentMethodId: card, occurredAt: event.created, ...gift });
    queued += 1;
  }
  return queued;
}
