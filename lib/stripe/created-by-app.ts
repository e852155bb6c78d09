// The mark on what this app creates at Stripe. A newsroom's Stripe account may also sell other
// things; their checkout sessions, subscriptions and payments reach the same webhook and must be
// recorded but never applied to the supporter ledger. Checkout sessions carry the mark in their
// metadata, and through `subscription_data` / `payment_intent_data` so do the subscriptions and
// one-time payments they create (Stripe copies those metadata onto the objects).
//
// Objects made before the mark existed: a session or subscription whose `attempt_id` names one
// of our checkout attempts is ours (the app always set it, and attempt ids are random), and a
// subscription already in the ledger stays ours.
import type Stripe from "stripe";

const KEY = "created_by";
const VALUE = "reader-donations";

/** Metadata to merge into every metadata this app sends to Stripe (names no newsroom). */
export const createdByAppMetadata = { [KEY]: VALUE } as const;

export const NOT_CREATED_BY_APP = "ignored: not created by this app";

export function isCreatedByApp(metadata: Stripe.Metadata | null | undefined): boolean {
  return metadata?.[KEY] === VALUE;
}
