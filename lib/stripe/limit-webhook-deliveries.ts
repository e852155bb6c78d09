// At most WEBHOOK_CONCURRENCY deliveries are read and applied at once per process; beyond that
// the intake answers 503 with Retry-After at once, without reading the body, and Stripe sends
// the event again later (it retries for up to three days, and `npm run stripe:reconcile` covers
// anything missed).
//
// Why 64: memory and the database bound it. Each delivery in flight holds up to 1 MB of body
// plus the parsed event, so 64 cap the intake's worst case near 64 MB of bodies; and the app's pg
// pool has 10 connections, so beyond ten deliveries more only wait for a connection (at the
// measured ~2-3 ms of database work per delivery, 64 in flight is a queue of tens of ms, not
// seconds). It is above the 50 concurrent deliveries of `npm run bench -- 30-webhook`, so a
// healthy burst from Stripe is never refused; a flood of forged deliveries (a well-formed
// signature header costs nothing to fake) is what meets the cap.
export const WEBHOOK_CONCURRENCY = 64;

let inFlight = 0;

/** Runs deliver in one of the slots, or answers busy() at once when all are taken. */
export async function limitWebhookDeliveries<T>(deliver: () => Promise<T>, busy: () => T, limit = WEBHOOK_CONCURRENCY): Promise<T> {
  if (inFlight >= limit) return busy();
  inFlight += 1;
  try {
    return await deliver();
  } finally {
    inFlight -= 1;
  }
}
