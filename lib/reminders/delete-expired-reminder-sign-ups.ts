// Daily: sign-ups nobody confirmed within 7 days are deleted, address and all.
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { CONFIRMATION_DAYS } from "./confirm-reminder";

export async function deleteExpiredReminderSignUps(prisma: PrismaClient, now: Date): Promise<number> {
  const oldest = new Date(now.getTime() - CONFIRMATION_DAYS * 86_400_000);
  const { count } = await prisma.reminder.deleteMany({ where: { status: "PENDING_CONFIRMATION", createdAt: { lte: oldest } } });
  logger.info("expired reminder sign-ups deleted", { count });
  return count;
}
