// customer.subscription.created: the recurring donation is re-read and its row derived from it;
// what the event changed goes into its history (SubscriptionChange).
import type Stripe from "stripe";
import { NOT_CREATED_BY_APP } from "../created-by-app";
import { recordSubscriptionChanges } from "../record-subscription-changes";
import { syncSubscription } from "../sync-subscription";

export async function handleCustomerSubscriptionCreated(event: Stripe.CustomerSubscriptionCreatedEvent): Promise<string> {
  const subscription = await syncSubscription(event.data.object.id);
  if (!subscription) return NOT_CREATED_BY_APP;
  await recordSubscriptionChanges(event, subscription.id);
  return `subscription ${subscription.status.toLowerCase()}`;
}
