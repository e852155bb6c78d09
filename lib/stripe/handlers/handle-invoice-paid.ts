// invoice.paid: a subscription's first payment or a renewal; each is its own Donation.
import type Stripe from "stripe";
import { queueReceipt } from "../../receipts/queue-receipt";
import { syncInvoice } from "../sync-invoice";

export async function handleInvoicePaid(event: Stripe.InvoicePaidEvent): Promise<string> {
  const outcome = await syncInvoice(event.data.object.id);
  if (!outcome.startsWith("donation recorded")) return outcome;
  return `${outcome}; ${await queueReceipt(event.data.object.id)}`;
}
