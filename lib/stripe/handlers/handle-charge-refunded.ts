// charge.refunded: full or partial refund of a donation's charge.
import type Stripe from "stripe";
import { syncCharge } from "../sync-charge";

export async function handleChargeRefunded(event: Stripe.ChargeRefundedEvent): Promise<string> {
  return syncCharge(event.data.object.id);
}
