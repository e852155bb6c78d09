// charge.dispute.created: the supporter's bank disputes a donation; the money is held.
import type Stripe from "stripe";
import { idOf } from "../id-of";
import { syncCharge } from "../sync-charge";

export async function handleChargeDisputeCreated(event: Stripe.ChargeDisputeCreatedEvent): Promise<string> {
  const chargeId = idOf(event.data.object.charge);
  if (!chargeId) return "skipped: dispute without a charge";
  return syncCharge(chargeId, event.data.object.id);
}
