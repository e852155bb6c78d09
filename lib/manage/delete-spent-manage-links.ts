import type { PrismaClient } from "../db/generated/client";

/** Manage links are kept a day past use or expiry (to answer "already used"), then deleted. */
export async function deleteSpentManageLinks(prisma: PrismaClient, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 86_400_000);
  const { count } = await prisma.manageLink.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { usedAt: { lt: cutoff } }] } });
  return count;
}
