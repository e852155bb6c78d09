// The app's one Stripe client, created on first use from settings (STRIPE_API_BASE points it
// at the emulator; unset means real Stripe).
import "server-only";
import type Stripe from "stripe";
import { getConfig } from "../config/env";
import { createStripeClient } from "./create-stripe-client";

const globalForStripe = globalThis as unknown as { stripe?: Stripe };

export function getStripe(): Stripe {
  globalForStripe.stripe ??= createStripeClient(getConfig().STRIPE_SECRET_KEY, getConfig().STRIPE_API_BASE);
  return globalForStripe.stripe;
}
