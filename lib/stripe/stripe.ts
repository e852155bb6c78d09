// The app's one Stripe client, built from the validated settings on first use.
import "server-only";
import type Stripe from "stripe";
import { getConfig } from "@/lib/config/env";
import { createStripeClient } from "./create-stripe-client";

let client: Stripe | undefined;

export function getStripe(): Stripe {
  if (!client) {
    const config = getConfig();
    client = createStripeClient(config.STRIPE_SECRET_KEY, config.STRIPE_API_BASE);
  }
  return client;
}
