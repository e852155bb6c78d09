// After a payment event is applied to the ledger: queue its receipt for the worker (the webhook
// answers at once; the email waits for no one). The job sends at most one receipt per donation.
import "server-only";
import { enqueueJob } from "../jobs/enqueue-job";

export async function queueReceipt(payment: string): Promise<string> {
  await enqueueJob("receipt-send", { payment });
  return "receipt queued";
}
