// invoice.paid: a subscription's first payment or a renewal; each is its own Donation.
import type Stripe from "stripe";
import { syncInvoice } from "../sync-invoice";

export async function handleInvoicePaid(event: Stripe.InvoicePaidEvent): Promise<string> {
  return syncInvoice(event.data.object.id);
}
