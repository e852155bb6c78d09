// customer.subscription.updated: the recurring donation is re-read and its row derived from it;
// what the event changed goes into its history (SubscriptionChange), and the emails that confirm
// it to the supporter are queued for the worker.
import type Stripe from "stripe";
import { queueSupporterNotices } from "../../manage/queue-supporter-notices";
import { NOT_CREATED_BY_APP } from "../created-by-app";
import { recordSubscriptionChanges } from "../record-subscription-changes";
import { syncSubscription } from "../sync-subscription";

export async function handleCustomerSubscriptionUpdated(event: Stripe.CustomerSubscriptionUpdatedEvent): Promise<string> {
  const subscription = await syncSubscription(event.data.object.id);
  if (!subscription) return NOT_CREATED_BY_APP;
  await recordSubscriptionChanges(event, subscription.id);
  const notices = await queueSupporterNotices(event);
  return `subscription ${subscription.status.toLowerCase()}${notices > 0 ? "; supporter notice queued" : ""}`;
}
