// Recovery from missed webhooks: walks Stripe's Events API (every page) from `since` and applies
// each handled event the ledger has not applied yet, through the same exactly-once path as the
// webhook route. Idempotent, and safe while webhooks flow (the event row's claim arbitrates).
// An event recorded as IGNORED, when its type had no handler yet, is applied here once one exists.
import type Stripe from "stripe";
import { getPrisma } from "../db/prisma";
import { handledEventTypes } from "./dispatch-stripe-event";
import { ingestStripeEvent } from "./ingest-stripe-event";
import { getStripe } from "./stripe";

export type ReconcileProgress = { total: number; seen: number; applied: number; alreadyApplied: number; failed: number };
export type ReconcileOptions = { since: Date; onProgress?: (progress: ReconcileProgress) => void; pageSize?: number };

export async function reconcileEvents({ since, onProgress, pageSize = 100 }: ReconcileOptions): Promise<ReconcileProgress> {
  const progress: ReconcileProgress = { total: 0, seen: 0, applied: 0, alreadyApplied: 0, failed: 0 };
  const pages = getStripe().events.list({ created: { gte: Math.floor(since.getTime() / 1000) }, types: handledEventTypes, limit: pageSize });
  // Stripe lists newest first; apply oldest first so the log reads in order (state does not depend on it).
  const events: Stripe.Event[] = [];
  for await (const event of pages) events.push(event);
  progress.total = events.length;
  onProgress?.({ ...progress });
  for (const event of events.reverse()) {
    progress.seen += 1;
    const known = await getPrisma().stripeEvent.findUnique({ where: { id: event.id }, select: { status: true } });
    if (known?.status === "PROCESSED" || known?.status === "SKIPPED") progress.alreadyApplied += 1;
    else {
      const { result } = await ingestStripeEvent(event);
      if (result === "applied") progress.applied += 1;
      else if (result === "duplicate") progress.alreadyApplied += 1;
      else progress.failed += 1;
    }
    onProgress?.({ ...progress });
  }
  return progress;
}
