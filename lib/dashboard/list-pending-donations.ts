// Gifts whose money is still on its way: bank debits the reader confirmed that their bank has not
// settled yet (status PENDING). They are not money raised until they settle, so the overview and
// the donations list show them apart, oldest first (the longest waiting).
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { Frequency } from "../db/generated/enums";

export type PendingDonation = { id: string; createdAt: Date; amount: number; currency: string; frequency: Frequency; supporterId: string | null };

export async function listPendingDonations(prisma: PrismaClient, currency: string | undefined, limit = 20): Promise<{ total: number; amount: number; donations: PendingDonation[] }> {
  const where = { status: "PENDING" as const, ...(currency ? { currency } : {}) };
  const [sums, donations] = await Promise.all([
    prisma.donation.aggregate({ where, _count: { _all: true }, _sum: { amount: true } }),
    prisma.donation.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: limit, select: { id: true, createdAt: true, amount: true, currency: true, frequency: true, supporterId: true } }),
  ]);
  return { total: sums._count._all, amount: sums._sum.amount ?? 0, donations };
}
