// customer.subscription.updated: the recurring donation is re-read and its row derived from it.
import type Stripe from "stripe";
import { NOT_CREATED_BY_APP } from "../created-by-app";
import { syncSubscription } from "../sync-subscription";

export async function handleCustomerSubscriptionUpdated(event: Stripe.CustomerSubscriptionUpdatedEvent): Promise<string> {
  const subscription = await syncSubscription(event.data.object.id);
  if (!subscription) return NOT_CREATED_BY_APP;
  return `subscription ${subscription.status.toLowerCase()}`;
}
