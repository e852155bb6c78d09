// invoice.payment_failed: a renewal was declined; the subscription turns past due and keeps
// the decline reason for staff (derived from the subscription's latest invoice).
import type Stripe from "stripe";
import { syncInvoice } from "../sync-invoice";

export async function handleInvoicePaymentFailed(event: Stripe.InvoicePaymentFailedEvent): Promise<string> {
  return syncInvoice(event.data.object.id);
}
