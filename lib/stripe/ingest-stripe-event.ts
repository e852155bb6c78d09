// Records a verified Stripe event durably (one row per event id: a duplicate is a no-op), then
// applies it once. Used by the webhook route and by reconciliation from the Events API.
// A failure to apply keeps its error and attempt count on the row and asks Stripe to retry.
import type Stripe from "stripe";
import type { Prisma } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { logger } from "../log/logger";
import { redact } from "../log/redact";
import { dispatchStripeEvent } from "./dispatch-stripe-event";

// applied: this delivery applied it; duplicate: applied before; busy: another delivery is
// applying it right now (answer 5xx: if that one fails, Stripe's retry must still find work);
// failed: not applied, the error is on the row.
export type IngestResult = { result: "applied" | "duplicate" | "busy" | "failed"; outcome: string };

const CLAIM_MS = 60_000;

/** The last line of an error (Prisma's messages start with the call site), without identities. */
function shortError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const last = text.split("\n").map((line) => line.trim()).filter(Boolean).at(-1) ?? "error";
  return String(redact(last)).slice(0, 500);
}

function objectIdOf(event: Stripe.Event): string | null {
  const object = event.data.object;
  return "id" in object && typeof object.id === "string" ? object.id : null;
}

/** Inserts the event row unless it exists (INSERT ... ON CONFLICT DO NOTHING). */
export async function recordStripeEvent(event: Stripe.Event): Promise<void> {
  await getPrisma().stripeEvent.createMany({
    data: [
      {
        id: event.id,
        type: event.type,
        livemode: event.livemode,
        apiVersion: event.api_version,
        objectId: objectIdOf(event),
        stripeCreatedAt: new Date(event.created * 1000),
        // The payload is a hint (state is re-read from Stripe); identities are removed before it is kept.
        payload: redact(event) as Prisma.InputJsonValue,
      },
    ],
    skipDuplicates: true,
  });
}

/** Claims the event for this delivery (an atomic status check and lock in one UPDATE). */
async function claim(eventId: string): Promise<"claimed" | "duplicate" | "busy"> {
  const now = new Date();
  const { count } = await getPrisma().stripeEvent.updateMany({
    where: { id: eventId, status: { in: ["RECEIVED", "FAILED"] }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    data: { lockedUntil: new Date(now.getTime() + CLAIM_MS), attempts: { increment: 1 } },
  });
  if (count === 1) return "claimed";
  const row = await getPrisma().stripeEvent.findUnique({ where: { id: eventId }, select: { status: true } });
  return row?.status === "PROCESSED" || row?.status === "SKIPPED" ? "duplicate" : "busy";
}

export async function applyStripeEvent(event: Stripe.Event): Promise<IngestResult> {
  const prisma = getPrisma();
  const claimed = await claim(event.id);
  if (claimed === "duplicate") return { result: "duplicate", outcome: "duplicate: already applied" };
  if (claimed === "busy") return { result: "busy", outcome: "busy: another delivery is applying it" };
  try {
    const outcome = (await dispatchStripeEvent(event)) ?? "skipped: not handled";
    await prisma.stripeEvent.update({
      where: { id: event.id },
      data: { status: outcome.startsWith("skipped") ? "SKIPPED" : "PROCESSED", outcome, processedAt: new Date(), lockedUntil: null, lastError: null },
    });
    return { result: "applied", outcome };
  } catch (error) {
    const message = shortError(error);
    await prisma.stripeEvent
      .update({ where: { id: event.id }, data: { status: "FAILED", lastError: message, lockedUntil: null } })
      .catch(() => undefined); // the database itself may be what failed; the claim then lapses
    return { result: "failed", outcome: `failed: ${message}` };
  }
}

export async function ingestStripeEvent(event: Stripe.Event): Promise<IngestResult> {
  let result: IngestResult;
  try {
    await recordStripeEvent(event);
    result = await applyStripeEvent(event);
  } catch (error) {
    result = { result: "failed", outcome: `failed: could not record the event (${shortError(error)})` };
  }
  const log = result.result === "failed" ? logger.error : logger.info;
  log(`[${event.type}] ${result.outcome}`, { eventId: event.id, objectId: objectIdOf(event) });
  return result;
}
