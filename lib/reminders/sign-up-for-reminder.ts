// "Email me": stores a pending reminder (address encrypted, looked up by its blind index) and
// emails a confirmation link. Nothing is scheduled until the link is followed. One address and
// month is one reminder: signing up again reuses the row and, while it is pending, sends a new
// confirmation (the old link stops working).
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { sendEmail, type OutgoingEmail } from "@/lib/email/send-email";
import { logger } from "@/lib/log/logger";
import { emailIndex, normaliseEmail } from "@/lib/privacy/email-index";
import { encryptPii } from "@/lib/privacy/encrypt-pii";
import { remindOnDate } from "./compute-remind-month";
import { composeConfirmationEmail } from "./compose-reminder-emails";
import { limitReminderSignUps, type SignUpAllowance } from "./limit-reminder-sign-ups";
import { parseReminderSignUp, signUpErrorMessages, type FieldError } from "./parse-reminder-sign-up";
import { hashToken, newConfirmToken, signReminderLink } from "./sign-reminder-link";

export type SignUpResult =
  | { ok: true; remindMonth: string }
  | { ok: false; status: 400 | 429 | 503; error: FieldError };

export type SignUpContext = {
  now: Date;
  clientAddressHash: string;
  limit?: (clientAddressHash: string) => Promise<SignUpAllowance>;
  send?: (email: OutgoingEmail) => Promise<unknown>;
};

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

export async function signUpForReminder(prisma: PrismaClient, fields: Record<string, string | undefined>, context: SignUpContext): Promise<SignUpResult> {
  const parsed = parseReminderSignUp(fields, context.now);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  const allowance = await (context.limit ?? limitReminderSignUps)(context.clientAddressHash);
  if (!allowance.allowed) {
    const minutes = Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60));
    return { ok: false, status: 429, error: { code: "rate_limited", field: "email", message: `Too many reminder requests from this connection. Please try again in ${minutes} minutes.` } };
  }
  const { email, remindMonth, choice, source } = parsed.signUp;
  const index = emailIndex(email);
  const confirmToken = newConfirmToken();
  const pending = {
    status: "PENDING_CONFIRMATION" as const,
    confirmTokenHash: hashToken(confirmToken),
    emailEncrypted: encryptPii(normaliseEmail(email)),
    frequency: choice.frequency ?? null,
    amount: choice.amount ?? null,
    currency: choice.currency ?? null,
    source,
    clientAddressHash: context.clientAddressHash,
    // The 7-day expiry and "donated since signing up" both count from the latest sign-up.
    createdAt: context.now,
    confirmedAt: null,
    cancelledAt: null,
    cancelReason: null,
    sendClaimedAt: null,
  };

  let reminderId: string | undefined;
  for (let attempt = 0; attempt < 2 && !reminderId; attempt++) {
    const existing = await prisma.reminder.findUnique({ where: { emailIndex_remindMonth: { emailIndex: index, remindMonth } }, select: { id: true, status: true } });
    if (existing && (existing.status === "SCHEDULED" || existing.status === "SENT")) {
      // Already confirmed (or already sent this month): nothing to do, and the answer is the
      // same as for a new sign-up so the form does not reveal who has signed up.
      logger.info("reminder sign-up repeated", { reminderId: existing.id, status: existing.status });
      return { ok: true, remindMonth };
    }
    try {
      if (existing) {
        await prisma.reminder.update({ where: { id: existing.id }, data: pending, select: { id: true } });
        reminderId = existing.id;
      } else {
        // The id is chosen here because the cancel token is derived from it.
        const id = randomUUID();
        await prisma.reminder.create({
          data: { ...pending, id, emailIndex: index, remindMonth, remindOn: remindOnDate(remindMonth), cancelTokenHash: hashToken(signReminderLink("cancel", id)) },
          select: { id: true },
        });
        await prisma.funnelEvent.create({ data: { kind: "REMINDER_SIGNUP", reminderId: id, createdAt: context.now } });
        reminderId = id;
      }
    } catch (error) {
      // Two sign-ups for the same address and month raced: the second reuses the first's row.
      if (!isUniqueViolation(error) || attempt > 0) throw error;
    }
  }

  try {
    await (context.send ?? sendEmail)(composeConfirmationEmail({ to: email, reminderId: reminderId!, confirmToken, remindMonth }));
  } catch (error) {
    logger.error("reminder confirmation not sent", { reminderId, error: error instanceof Error ? error.message : String(error) });
    return { ok: false, status: 503, error: { code: "email_failed", field: "email", message: signUpErrorMessages.email_failed } };
  }
  logger.info("reminder sign-up stored", { reminderId, remindMonth });
  return { ok: true, remindMonth };
}
