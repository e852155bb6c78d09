// Double opt-in: following the emailed link (and pressing Confirm) schedules the reminder. The
// token is single-use: confirming clears its hash, so a second use finds nothing.
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { hashToken } from "./sign-reminder-link";

export const CONFIRMATION_DAYS = 7;

export type ConfirmResult = { ok: true; remindMonth: string } | { ok: false; message: string };

const unusable = "This confirmation link is not valid any more. It may have been used already or be more than 7 days old. You can ask for a new reminder at any time.";

export async function confirmReminder(prisma: PrismaClient, token: string | undefined, now: Date): Promise<ConfirmResult> {
  if (!token) return { ok: false, message: unusable };
  const oldest = new Date(now.getTime() - CONFIRMATION_DAYS * 86_400_000);
  const confirmed = await prisma.reminder.updateManyAndReturn({
    where: { confirmTokenHash: hashToken(token), status: "PENDING_CONFIRMATION", createdAt: { gt: oldest } },
    data: { status: "SCHEDULED", confirmTokenHash: null, confirmedAt: now },
    select: { id: true, remindMonth: true },
  });
  const reminder = confirmed[0];
  if (!reminder) return { ok: false, message: unusable };
  await prisma.funnelEvent.create({ data: { kind: "REMINDER_CONFIRMED", reminderId: reminder.id, createdAt: now } });
  logger.info("reminder confirmed", { reminderId: reminder.id });
  return { ok: true, remindMonth: reminder.remindMonth };
}
