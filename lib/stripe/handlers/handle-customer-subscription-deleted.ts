// customer.subscription.deleted: the recurring donation is re-read and its row derived from it.
import type Stripe from "stripe";
import { syncSubscription } from "../sync-subscription";

export async function handleCustomerSubscriptionDeleted(event: Stripe.CustomerSubscriptionDeletedEvent): Promise<string> {
  const subscription = await syncSubscription(event.data.object.id);
  return `subscription ${subscription.status.toLowerCase()}`;
}
