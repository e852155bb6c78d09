// invoice.payment_action_required: a renewal waits for the supporter's bank (3-D Secure). The
// subscription is re-read (past due, reason authentication_required, so the dashboard lists it
// beside failed renewals) and the worker emails the supporter the invoice's page to confirm on.
import type Stripe from "stripe";
import { enqueueJob } from "../../jobs/enqueue-job";
import type { SupporterNoticeJob } from "../../manage/send-supporter-notice";
import { syncInvoice } from "../sync-invoice";

export async function handleInvoicePaymentActionRequired(event: Stripe.InvoicePaymentActionRequiredEvent): Promise<string> {
  const outcome = await syncInvoice(event.data.object.id);
  if (outcome.startsWith("ignored") || outcome.startsWith("skipped")) return outcome;
  // A first payment needing 3-D Secure is answered in Checkout itself: only renewals are emailed.
  if (event.data.object.billing_reason === "subscription_create") return `${outcome}; no notice: first payment`;
  await enqueueJob("supporter-notice", { notice: "payment-action-required", invoiceId: event.data.object.id } satisfies SupporterNoticeJob);
  return `${outcome}; supporter notice queued`;
}
