// The reminder email's "Support our reporting" link lands here first (/r/<token>): the click is
// counted once per reminder, then the reader goes to the appeal with their saved choice and
// source=reminder, which checkout stores on the attempt so donations can be attributed.
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { donationChoiceSearchParams } from "./parse-donation-choice";
import { verifyReminderLink } from "./sign-reminder-link";

/** The appeal path (with query) to send the reader to; a bad token still goes to the appeal. */
export async function recordReminderClick(prisma: PrismaClient, token: string, now: Date): Promise<string> {
  const reminderId = verifyReminderLink("click", token);
  const reminder = reminderId ? await prisma.reminder.findUnique({ where: { id: reminderId }, select: { id: true, frequency: true, amount: true, currency: true, clickedAt: true } }) : null;
  if (!reminder) return "/";
  if (!reminder.clickedAt) {
    const first = await prisma.reminder.updateMany({ where: { id: reminder.id, clickedAt: null }, data: { clickedAt: now } });
    if (first.count === 1) await prisma.funnelEvent.create({ data: { kind: "REMINDER_CLICKED", reminderId: reminder.id, createdAt: now } });
    logger.info("reminder clicked", { reminderId: reminder.id });
  }
  const params = donationChoiceSearchParams({ frequency: reminder.frequency ?? undefined, amount: reminder.amount ?? undefined, currency: reminder.currency ?? undefined });
  params.set("source", "reminder");
  return `/?${params.toString()}`;
}
