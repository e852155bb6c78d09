// subscription_schedule.updated: a schedule of one of our recurring gifts changed, perhaps a switch
// between monthly and annual set for the end of the period. The worker re-reads it and confirms a
// switch to the supporter (lib/manage/confirm-scheduled-switch.ts); the ledger itself changes when
// the switch happens (customer.subscription.updated).
import type Stripe from "stripe";
import { getPrisma } from "../../db/prisma";
import { enqueueJob } from "../../jobs/enqueue-job";
import type { SupporterNoticeJob } from "../../manage/send-supporter-notice";
import { idOf } from "../id-of";

export async function handleSubscriptionScheduleUpdated(event: Stripe.SubscriptionScheduleUpdatedEvent): Promise<string> {
  const subscriptionId = idOf(event.data.object.subscription);
  const known = subscriptionId ? await getPrisma().subscription.count({ where: { stripeSubscriptionId: subscriptionId } }) : 0;
  if (known === 0) return "skipped: not a recurring gift in the ledger";
  await enqueueJob("supporter-notice", { notice: "switch-scheduled", scheduleId: event.data.object.id } satisfies SupporterNoticeJob);
  return "supporter notice queued";
}
