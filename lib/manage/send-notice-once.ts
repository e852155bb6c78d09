// A once-only email: claimed by its SentNotice row (kind + reference, unique) before sending, so
// duplicates of a job or of a Stripe event send nothing twice. A send that fails gives the claim
// back so the job's retry can send it; a worker killed between the claim and the send leaves it
// unsent (at most once, as reminders).
import type { PrismaClient } from "../db/generated/client";

export async function sendNoticeOnce(prisma: PrismaClient, notice: { kind: string; reference: string }, send: () => Promise<void>, now = new Date()): Promise<boolean> {
  try {
    await prisma.sentNotice.create({ data: { ...notice, createdAt: now } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
  try {
    await send();
  } catch (error) {
    await prisma.sentNotice.deleteMany({ where: notice });
    throw error;
  }
  return true;
}
