// customer.subscription.updated: the recurring donation is re-read and its row derived from it.
import type Stripe from "stripe";
import { syncSubscription } from "../sync-subscription";

export async function handleCustomerSubscriptionUpdated(event: Stripe.CustomerSubscriptionUpdatedEvent): Promise<string> {
  const subscription = await syncSubscription(event.data.object.id);
  return `subscription ${subscription.status.toLowerCase()}`;
}
