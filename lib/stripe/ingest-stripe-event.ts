// Records a verified Stripe event durably (one row per event id: a duplicate is a no-op), then
// applies it once. Used by the webhook route and by reconciliation from the Events API.
// A failure to apply keeps its error and attempt count on the row and asks Stripe to retry.
// An event of a type no handler exists for is recorded as IGNORED and not applied; if a handler
// is added later, the next delivery or reconciliation of that event claims and applies it.
// The bookkeeping statements go straight to the pg pool: they run on every delivery, and
// through Prisma each cost three to four times the CPU (ARCHITECTURE.md, "Hot paths").
import type Stripe from "stripe";
import { getPgPool } from "../db/pg-pool";
import { getPrisma } from "../db/prisma";
import { logger } from "../log/logger";
import { redact } from "../log/redact";
import { dispatchStripeEvent, isHandledEvent, type HandledEvent } from "./dispatch-stripe-event";

// applied: this delivery applied it; duplicate: applied before; busy: another delivery is
// applying it right now (answer 5xx: if that one fails, Stripe's retry must still find work);
// ignored: no handler for its type, recorded as IGNORED; failed: not applied, the error is on the row.
export type IngestResult = { result: "applied" | "duplicate" | "ignored" | "busy" | "failed"; outcome: string };

const CLAIM_SECONDS = 60;

/** The last line of an error (Prisma's messages start with the call site), without identities. */
function shortError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const last =
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? "error";
  return String(redact(last)).slice(0, 500);
}

function objectIdOf(event: Stripe.Event): string | null {
  const object = event.data.object;
  return "id" in object && typeof object.id === "string" ? object.id : null;
}

/** The stored copy of an event: identities are removed first (the payload is only a hint). */
function eventRowValues(event: Stripe.Event): unknown[] {
  return [event.id, event.type, event.livemode, event.api_version, objectIdOf(event), event.created, JSON.stringify(redact(event))];
}

/** Records an event of an unhandled type as IGNORED; a replay finds the row and adds nothing. */
async function recordIgnored(event: Stripe.Event): Promise<IngestResult> {
  await getPgPool().query(
    `INSERT INTO "StripeEvent" ("id", "type", "livemode", "apiVersion", "objectId", "stripeCreatedAt", "payload", "status")
     VALUES ($1, $2, $3, $4, $5, to_timestamp($6), $7::jsonb, 'IGNORED')
     ON CONFLICT ("id") DO NOTHING`,
    eventRowValues(event),
  );
  return { result: "ignored", outcome: "ignored: not handled" };
}

/**
 * Records the event and claims it for this delivery in one statement (the hot path is a single
 * round trip): a new row is inserted already claimed; an existing row is claimed only if it is
 * not applied yet and no other delivery holds it (ON CONFLICT ... DO UPDATE ... WHERE is atomic:
 * a concurrent duplicate waits for the first insert and then sees its claim). A row IGNORED
 * when its type had no handler is claimable like a new one.
 */
async function recordAndClaim(event: HandledEvent): Promise<"claimed" | "duplicate" | "busy"> {
  const claimed = await getPgPool().query(
    `INSERT INTO "StripeEvent" ("id", "type", "livemode", "apiVersion", "objectId", "stripeCreatedAt", "payload", "attempts", "lockedUntil")
     VALUES ($1, $2, $3, $4, $5, to_timestamp($6), $7::jsonb, 1, now() + make_interval(secs => $8))
     ON CONFLICT ("id") DO UPDATE SET "attempts" = "StripeEvent"."attempts" + 1, "lockedUntil" = EXCLUDED."lockedUntil"
       WHERE "StripeEvent"."status" IN ('RECEIVED', 'FAILED', 'IGNORED') AND ("StripeEvent"."lockedUntil" IS NULL OR "StripeEvent"."lockedUntil" < now())
     RETURNING "id"`,
    [...eventRowValues(event), CLAIM_SECONDS],
  );
  if (claimed.rowCount === 1) return "claimed";
  const row = await getPgPool().query<{ status: string }>(`SELECT "status" FROM "StripeEvent" WHERE "id" = $1`, [event.id]);
  const status = row.rows[0]?.status;
  return status === "PROCESSED" || status === "SKIPPED" ? "duplicate" : "busy";
}

async function finish(eventId: string, status: "PROCESSED" | "SKIPPED", outcome: string): Promise<void> {
  await getPgPool().query(
    `UPDATE "StripeEvent" SET "status" = $2::"StripeEventStatus", "outcome" = $3, "processedAt" = now(), "lockedUntil" = NULL, "lastError" = NULL
     WHERE "id" = $1`,
    [eventId, status, outcome],
  );
}

/** Records (unless recorded) and applies the event once; never throws. */
export async function ingestStripeEvent(event: Stripe.Event): Promise<IngestResult> {
  let result: IngestResult;
  try {
    result = isHandledEvent(event) ? await applyOnce(event) : await recordIgnored(event);
  } catch (error) {
    result = { result: "failed", outcome: `failed: could not record the event (${shortError(error)})` };
  }
  const log = result.result === "failed" ? logger.error : logger.info;
  log(`[${event.type}] ${result.outcome}`, { eventId: event.id, objectId: objectIdOf(event) });
  return result;
}

async function applyOnce(event: HandledEvent): Promise<IngestResult> {
  const claimed = await recordAndClaim(event);
  if (claimed === "duplicate") return { result: "duplicate", outcome: "duplicate: already applied" };
  if (claimed === "busy") return { result: "busy", outcome: "busy: another delivery is applying it" };
  try {
    const outcome = await dispatchStripeEvent(event);
    // "ignored: ..." is an event about something this app did not create: kept, never applied.
    const skipped = outcome.startsWith("skipped") || outcome.startsWith("ignored");
    await finish(event.id, skipped ? "SKIPPED" : "PROCESSED", outcome);
    return { result: "applied", outcome };
  } catch (error) {
    const message = shortError(error);
    await getPrisma()
      .stripeEvent.update({ where: { id: event.id }, data: { status: "FAILED", lastError: message, lockedUntil: null } })
      .catch(() => undefined); // the database itself may be what failed; the claim then lapses
    return { result: "failed", outcome: `failed: ${message}` };
  }
}
