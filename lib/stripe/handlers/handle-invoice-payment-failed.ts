// invoice.payment_failed: a renewal was declined; the subscription turns past due and keeps
// the decline reason for staff (derived from the subscription's latest invoice), and the
// supporter gets one email with a link to update their card.
import type Stripe from "stripe";
import { notifyIfRenewalFailed } from "../../manage/notify-if-renewal-failed";
import { syncInvoice } from "../sync-invoice";

export async function handleInvoicePaymentFailed(event: Stripe.InvoicePaymentFailedEvent): Promise<string> {
  const outcome = await syncInvoice(event.data.object.id);
  if (outcome.startsWith("ignored")) return outcome;
  const notice = await notifyIfRenewalFailed(event.data.object.id);
  return `${outcome}; ${notice}`;
}
