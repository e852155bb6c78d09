// Cancelling: the visible link in every email and RFC 8058 one-click unsubscribe (same token)
// both cancel every reminder still to come for the address (a reader who says stop means all
// of them, and a stranger's sign-up is undone). Cancelling twice is still success, so a mail
// provider's repeated POST is harmless.
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { hashToken, verifyReminderLink } from "./sign-reminder-link";

export type CancelResult = { ok: true } | { ok: false; message: string };

const unusable = "This link is not valid. If you copied it from an email, check that you copied all of it.";

export async function cancelReminder(prisma: PrismaClient, token: string | undefined, now: Date, reason: "reader" | "one-click" = "reader"): Promise<CancelResult> {
  if (!token || !verifyReminderLink("cancel", token)) return { ok: false, message: unusable };
  const reminder = await prisma.reminder.findUnique({ where: { cancelTokenHash: hashToken(token) }, select: { id: true, emailIndex: true } });
  if (!reminder) return { ok: false, message: unusable };
  const { count } = await prisma.reminder.updateMany({
    where: { emailIndex: reminder.emailIndex, status: { in: ["PENDING_CONFIRMATION", "SCHEDULED"] } },
    data: { status: "CANCELLED", cancelledAt: now, cancelReason: reason, confirmTokenHash: null },
  });
  logger.info("reminder cancelled", { reminderId: reminder.id, reason, count });
  return { ok: true };
}
