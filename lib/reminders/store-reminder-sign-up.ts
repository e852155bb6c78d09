// The worker's half of "Email me" (sign-up-for-reminder.ts queues it): stores the pending
// reminder and emails the confirmation link. Nothing is scheduled until the link is followed.
// One address and month is one reminder: signing up again reuses the row and, while it is
// pending, sends a new confirmation (the old link stops working). At most one confirmation goes
// to an address per day, whatever month is asked for: a repeat within the day stores nothing
// and sends nothing, so the form cannot be used to fill someone's inbox.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import { readDiscreetEmail } from "@/lib/email/read-discreet-email";
import { sendEmail, type OutgoingEmail } from "@/lib/email/send-email";
import { locales } from "@/lib/i18n/locales";
import { logger } from "@/lib/log/logger";
import { emailIndex } from "@/lib/privacy/email-index";
import { decryptPii } from "@/lib/privacy/encrypt-pii";
import { remindOnDate } from "./compute-remind-month";
import { composeConfirmationEmail } from "./compose-reminder-emails";
import { reminderSources } from "./parse-reminder-sign-up";
import { hashToken, newConfirmToken, signReminderLink } from "./sign-reminder-link";

export const CONFIRMATION_INTERVAL_MS = 86_400_000;

const jobSchema = z.object({
  emailEncrypted: z.string().min(1),
  remindMonth: z.string().regex(/^\d{4}-\d{2}$/),
  frequency: z.enum(["ONCE", "MONTHLY", "ANNUAL"]).nullable(),
  amount: z.number().int().positive().nullable(),
  currency: z
    .string()
    .regex(/^[a-z]{3}$/)
    .nullable(),
  source: z.enum(reminderSources),
  clientAddressHash: z.string().min(1),
  // The language the reader signed up in (absent from jobs queued before languages: English).
  locale: z.enum(locales).optional(),
});

export type ReminderSignUpJob = z.infer<typeof jobSchema>;

export type StoreSignUpOptions = { now: Date; send?: (email: OutgoingEmail) => Promise<unknown> };

// The worker runs ten sign-ups at once on a smaller pool, and same-address ones queue on the
// lock: Prisma's defaults (2 s to get a connection, 5 s to finish) are too short for that.
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

type Decision = { confirm: false; outcome: string; reminderId: string } | { confirm: true; reminderId: string };

export async function storeReminderSignUp(prisma: PrismaClient, payload: unknown, { now, send = sendEmail }: StoreSignUpOptions): Promise<string> {
  const signUp = jobSchema.parse(payload);
  const email = decryptPii(signUp.emailEncrypted);
  const index = emailIndex(email);
  const confirmToken = newConfirmToken();
  const decision = await prisma.$transaction(async (tx): Promise<Decision> => {
    // Sign-ups for one address taken by two workers at once take turns, so both cannot send.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`reminder-sign-up:${index}`}))`;
    const recent = await tx.reminder.findFirst({
      where: { emailIndex: index, confirmationSentAt: { gt: new Date(now.getTime() - CONFIRMATION_INTERVAL_MS) } },
      select: { id: true },
    });
    if (recent) return { confirm: false, outcome: "skipped: a confirmation went to this address within a day", reminderId: recent.id };
    const existing = await tx.reminder.findUnique({ where: { emailIndex_remindMonth: { emailIndex: index, remindMonth: signUp.remindMonth } }, select: { id: true, status: true } });
    if (existing && (existing.status === "SCHEDULED" || existing.status === "SENT")) return { confirm: false, outcome: "skipped: already confirmed", reminderId: existing.id };
    const pending = {
      status: "PENDING_CONFIRMATION" as const,
      confirmTokenHash: hashToken(confirmToken),
      confirmationSentAt: now,
      emailEncrypted: signUp.emailEncrypted,
      frequency: signUp.frequency,
      amount: signUp.amount,
      currency: signUp.currency,
      source: signUp.source,
      clientAddressHash: signUp.clientAddressHash,
      locale: signUp.locale ?? null,
      // The 7-day expiry and "donated since signing up" both count from the latest sign-up.
      createdAt: now,
      confirmedAt: null,
      cancelledAt: null,
      cancelReason: null,
      sendClaimedAt: null,
    };
    if (existing) {
      await tx.reminder.update({ where: { id: existing.id }, data: pending, select: { id: true } });
      return { confirm: true, reminderId: existing.id };
    }
    // The id is chosen here because the cancel token is derived from it.
    const id = randomUUID();
    const { remindMonth } = signUp;
    await tx.reminder.create({ data: { ...pending, id, emailIndex: index, remindMonth, remindOn: remindOnDate(remindMonth), cancelTokenHash: hashToken(signReminderLink("cancel", id)) }, select: { id: true } });
    await tx.funnelEvent.create({ data: { kind: "REMINDER_SIGNUP", reminderId: id, createdAt: now } });
    return { confirm: true, reminderId: id };
  }, TRANSACTION_LIMITS);
  if (!decision.confirm) {
    logger.info("reminder sign-up not confirmed by email", { reminderId: decision.reminderId, outcome: decision.outcome });
    return decision.outcome;
  }
  const { reminderId } = decision;
  try {
    const discreet = await readDiscreetEmail(prisma);
    await send(composeConfirmationEmail({ to: email, reminderId, confirmToken, remindMonth: signUp.remindMonth, locale: signUp.locale, discreet }));
  } catch (error) {
    // Not sent, so it does not count towards the day's one confirmation: the job's retry may send it.
    await prisma.reminder.updateMany({ where: { id: reminderId, confirmTokenHash: hashToken(confirmToken) }, data: { confirmationSentAt: null } });
    throw error;
  }
  logger.info("reminder sign-up stored", { reminderId, remindMonth: signUp.remindMonth });
  return "confirmation sent";
}
