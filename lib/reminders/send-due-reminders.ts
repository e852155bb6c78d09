// The reminder run (every few minutes): sends each due, confirmed reminder once.
//
// Exactly once across workers: a batch is claimed in one statement (`FOR UPDATE SKIP LOCKED`,
// setting sendClaimedAt), so two workers never hold the same row. Rows the SMTP server accepted
// are marked SENT in groups of SENT_FLUSH_SIZE (one statement per group: per-row marks made the
// database the bottleneck). The crash window is between acceptance and that mark: we cannot
// know whether a claimed message left, so a claim older than CLAIM_LEASE_MINUTES that never
// became SENT is cancelled ("send interrupted"), never retried. A missed reminder is better
// than the same reminder twice. A definite SMTP refusal (a 4xx/5xx reply) is known
// not to have been delivered: 4xx, or no connection at all (SMTP down), releases the claim for
// the next run; 5xx cancels. A row that cannot be read (its address encrypted under a key that is
// not configured, or damaged) is skipped, counted and logged by id, and its claim released: one
// such row must not stop everyone else's reminders, and restoring the key sends it later.
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Frequency } from "@/lib/db/generated/enums";
import { sendEmail, type OutgoingEmail } from "@/lib/email/send-email";
import { logger } from "@/lib/log/logger";
import { decryptPii } from "@/lib/privacy/encrypt-pii";
import { readDiscreetEmail } from "@/lib/email/read-discreet-email";
import { composeReminderEmail } from "./compose-reminder-emails";

export const CLAIM_LEASE_MINUTES = 15;
const SENT_FLUSH_SIZE = 25;

export type SendDueOptions = {
  now: Date;
  batchSize?: number;
  concurrency?: number;
  send?: (email: OutgoingEmail) => Promise<unknown>;
};

export type SendDueOutcome = { sent: number; donated: number; alreadyReminded: number; interrupted: number; retryLater: number; undeliverable: number; skipped: number };

type ClaimedReminder = { id: string; emailEncrypted: string; frequency: Frequency | null; amount: number | null; currency: string | null; locale: string | null };

type SendFailure = "retry later" | "undeliverable" | "unknown";

// nodemailer errors carry the SMTP reply code, and `command: "CONN"` when no connection was made.
function classifySendFailure(error: unknown): SendFailure {
  if (typeof error !== "object" || error === null) return "unknown";
  const code = "responseCode" in error && typeof error.responseCode === "number" ? error.responseCode : undefined;
  if (code !== undefined && code >= 500) return "undeliverable";
  if (code !== undefined && code >= 400) return "retry later";
  if ("command" in error && error.command === "CONN") return "retry later";
  return "unknown";
}

async function cancelBeforeClaiming(prisma: PrismaClient, now: Date, today: string): Promise<Pick<SendDueOutcome, "donated" | "alreadyReminded" | "interrupted">> {
  const leaseStart = new Date(now.getTime() - CLAIM_LEASE_MINUTES * 60_000);
  const monthStart = new Date(`${today.slice(0, 7)}-01T00:00:00.000Z`);
  const interrupted = await prisma.$executeRaw`
    UPDATE "Reminder" SET status = 'CANCELLED', "cancelReason" = 'send interrupted', "cancelledAt" = ${now}, "updatedAt" = ${now}
    WHERE status = 'SCHEDULED' AND "sendClaimedAt" < ${leaseStart}`;
  // A reader who has given since signing up is not asked again.
  const donated = await prisma.$executeRaw`
    UPDATE "Reminder" r SET status = 'CANCELLED', "cancelReason" = 'donated', "cancelledAt" = ${now}, "updatedAt" = ${now}
    WHERE r.status = 'SCHEDULED' AND r."remindOn" <= ${today}::date AND r."sendClaimedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Supporter" s JOIN "Donation" d ON d."supporterId" = s.id
                  WHERE s."emailIndex" = r."emailIndex" AND d."paidAt" > r."createdAt")`;
  // At most one reminder per address per month: an overdue reminder with a later one also due
  // (the worker was down), or one due after another was sent this month, is not sent.
  const alreadyReminded = await prisma.$executeRaw`
    UPDATE "Reminder" r SET status = 'CANCELLED', "cancelReason" = 'already reminded this month', "cancelledAt" = ${now}, "updatedAt" = ${now}
    WHERE r.status = 'SCHEDULED' AND r."remindOn" <= ${today}::date AND r."sendClaimedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Reminder" o WHERE o."emailIndex" = r."emailIndex" AND o.id <> r.id AND (
            (o.status = 'SENT' AND o."sentAt" >= ${monthStart})
         OR (o.status = 'SCHEDULED' AND o."remindOn" <= ${today}::date AND o."remindOn" > r."remindOn")))`;
  return { donated, alreadyReminded, interrupted };
}

async function claimBatch(prisma: PrismaClient, now: Date, today: string, batchSize: number, releasedThisRun: string[]): Promise<ClaimedReminder[]> {
  return prisma.$queryRaw<ClaimedReminder[]>`
    UPDATE "Reminder" SET "sendClaimedAt" = ${now}, "updatedAt" = ${now}
    WHERE id IN (
      SELECT id FROM "Reminder"
      WHERE status = 'SCHEDULED' AND "remindOn" <= ${today}::date AND "sendClaimedAt" IS NULL
        AND id <> ALL(${releasedThisRun}::text[])
      ORDER BY "remindOn", id
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "emailEncrypted", frequency, amount, currency, locale`;
}

/** Accepted reminders, marked SENT (with their funnel event) a group at a time. */
function sentMarker(prisma: PrismaClient, now: Date) {
  const pending: string[] = [];
  const flush = async () => {
    const ids = pending.splice(0);
    if (ids.length === 0) return;
    await prisma.$executeRaw`
      WITH sent AS (UPDATE "Reminder" SET status = 'SENT', "sentAt" = ${now}, "updatedAt" = ${now} WHERE id = ANY(${ids}::text[]) RETURNING id)
      INSERT INTO "FunnelEvent" (id, kind, "reminderId", "createdAt")
      SELECT gen_random_uuid()::text, 'REMINDER_SENT'::"FunnelEventKind", id, ${now} FROM sent`;
  };
  return {
    flush,
    async add(id: string) {
      pending.push(id);
      if (pending.length >= SENT_FLUSH_SIZE) await flush();
    },
  };
}

type RunState = { outcome: SendDueOutcome; released: string[]; sent: ReturnType<typeof sentMarker>; discreet: boolean };

function composeFor(reminder: ClaimedReminder, discreet: boolean): OutgoingEmail | undefined {
  try {
    return composeReminderEmail({
      to: decryptPii(reminder.emailEncrypted),
      reminderId: reminder.id,
      locale: reminder.locale,
      discreet,
      choice: { frequency: reminder.frequency ?? undefined, amount: reminder.amount ?? undefined, currency: reminder.currency ?? undefined },
    });
  } catch (error) {
    // The message names a key id at most, never the address.
    logger.error("reminder skipped: its address cannot be decrypted", { reminderId: reminder.id, error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

async function sendOne(prisma: PrismaClient, reminder: ClaimedReminder, now: Date, send: SendDueOptions["send"] & object, { outcome, released, sent, discreet }: RunState) {
  const email = composeFor(reminder, discreet);
  if (!email) {
    await prisma.reminder.update({ where: { id: reminder.id }, data: { sendClaimedAt: null }, select: { id: true } });
    released.push(reminder.id);
    outcome.skipped++;
    return;
  }
  try {
    await send(email);
  } catch (error) {
    const failure = classifySendFailure(error);
    logger.warn("reminder not sent", { reminderId: reminder.id, failure, error: error instanceof Error ? error.message : String(error) });
    if (failure === "retry later") {
      await prisma.reminder.update({ where: { id: reminder.id }, data: { sendClaimedAt: null }, select: { id: true } });
      released.push(reminder.id);
      outcome.retryLater++;
    } else if (failure === "undeliverable") {
      await prisma.reminder.update({ where: { id: reminder.id }, data: { status: "CANCELLED", cancelReason: "undeliverable", cancelledAt: now }, select: { id: true } });
      outcome.undeliverable++;
    }
    // Otherwise the message may have left: the claim stays and lapses into "send interrupted".
    return;
  }
  outcome.sent++;
  await sent.add(reminder.id);
}

export async function sendDueReminders(prisma: PrismaClient, options: SendDueOptions): Promise<SendDueOutcome> {
  // More lanes than SMTP connections keep the pool's queue full: a pooled connection that finds
  // its queue empty idles ~100 ms before it looks again (measured: 33 msg/s at 5 lanes on 5
  // connections, 109 at 20 lanes).
  // A crash loses at most one batch (its claimed rows lapse), so batches stay small.
  const { now, batchSize = 100, concurrency = 40, send = sendEmail } = options;
  const today = now.toISOString().slice(0, 10);
  const outcome: SendDueOutcome = { sent: 0, retryLater: 0, undeliverable: 0, skipped: 0, ...(await cancelBeforeClaiming(prisma, now, today)) };
  // Reminders released for a later run are not claimed again in this one.
  const released: string[] = [];
  const state: RunState = { outcome, released, sent: sentMarker(prisma, now), discreet: await readDiscreetEmail(prisma) };
  for (;;) {
    const batch = await claimBatch(prisma, now, today, batchSize, released);
    if (batch.length === 0) break;
    const [releasedBefore, skippedBefore] = [released.length, outcome.skipped];
    let next = 0;
    const lanes = Array.from({ length: Math.min(concurrency, batch.length) }, async () => {
      while (next < batch.length) await sendOne(prisma, batch[next++]!, now, send, state);
    });
    await Promise.all(lanes);
    await state.sent.flush();
    // A whole batch put off (unreadable rows aside): the mail server is down or refusing; wait for the next run.
    const skippedNow = outcome.skipped - skippedBefore;
    const putOff = released.length - releasedBefore - skippedNow;
    if (putOff > 0 && putOff + skippedNow === batch.length) break;
  }
  logger.info("due reminders processed", outcome);
  return outcome;
}
