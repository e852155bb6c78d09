// The donations list: filters by currency, frequency and status, newest payment first,
// keyset pagination on (paidAt, id). Unpaid attempts have no paidAt and are not listed here.
import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { DonationStatus, Frequency } from "../db/generated/enums";
import { decodeCursor, encodeCursor } from "../supporters/keyset-cursor";

export type DonationFilters = { currency?: string; frequency?: string; status?: string };

export type DonationRow = {
  id: string;
  paidAt: Date;
  amount: number;
  amountRefunded: number;
  currency: string;
  frequency: Frequency;
  status: DonationStatus;
  supporterId: string | null;
};

export function donationWhere(filters: DonationFilters): Prisma.DonationWhereInput {
  const frequency = Object.values(Frequency).find((f) => f === filters.frequency?.toUpperCase());
  const status = Object.values(DonationStatus).find((s) => s === filters.status?.toUpperCase());
  const currency = /^[a-z]{3}$/i.test(filters.currency ?? "") ? filters.currency!.toLowerCase() : undefined;
  return { paidAt: { not: null }, ...(currency ? { currency } : {}), ...(frequency ? { frequency } : {}), ...(status ? { status } : {}) };
}

export async function listDonations(prisma: PrismaClient, filters: DonationFilters, cursor?: string, pageSize = 50): Promise<{ donations: DonationRow[]; nextCursor: string | null }> {
  const after = decodeCursor(cursor);
  const where = donationWhere(filters);
  const rows = await prisma.donation.findMany({
    where: after ? { AND: [where, { OR: [{ paidAt: { lt: after.at } }, { paidAt: after.at, id: { lt: after.id } }] }] } : where,
    orderBy: [{ paidAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: { id: true, paidAt: true, amount: true, amountRefunded: true, currency: true, frequency: true, status: true, supporterId: true },
  });
  const page = rows.slice(0, pageSize).map((row) => ({ ...row, paidAt: row.paidAt! }));
  const last = page[page.length - 1];
  return { donations: page, nextCursor: rows.length > pageSize && last ? encodeCursor(last.paidAt, last.id) : null };
}
