// A keyed HMAC of a Stripe customer id, for erasure's tombstone: later events for an erased
// person's customer can be recognised, while the stored value alone points at no customer.
// Same key as the email index, with its own prefix so the two can never collide.
import { createHmac } from "node:crypto";
import { getPiiKeys } from "./pii-keys";

export function customerIndex(customerId: string): string {
  return createHmac("sha256", getPiiKeys().indexKey).update(`stripe-customer:${customerId}`).digest("base64url");
}
