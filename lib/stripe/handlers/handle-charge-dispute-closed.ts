// charge.dispute.closed: the dispute was won or lost.
import type Stripe from "stripe";
import { idOf } from "../id-of";
import { syncCharge } from "../sync-charge";

export async function handleChargeDisputeClosed(event: Stripe.ChargeDisputeClosedEvent): Promise<string> {
  const chargeId = idOf(event.data.object.charge);
  if (!chargeId) return "skipped: dispute without a charge";
  return syncCharge(chargeId, event.data.object.id);
}
