// The gifts a yearly statement lists: one supporter's payments that were kept (not failed,
// refunded in full or disputed), paid within the calendar year in UTC, oldest first, each at
// what was kept after any partial refund.
import type { PrismaClient } from "../db/generated/client";
import type { Frequency } from "../db/generated/enums";
import { RECEIPTED_STATUSES } from "./receipted-statuses";

export type StatementGift = { id: string; paidAt: Date; frequency: Frequency; amount: number; currency: string; refunded: boolean };

export async function listStatementGifts(prisma: PrismaClient, supporterId: string, year: number): Promise<StatementGift[]> {
  const rows = await prisma.donation.findMany({
    where: { supporterId, status: { in: RECEIPTED_STATUSES }, paidAt: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
    orderBy: [{ paidAt: "asc" }, { id: "asc" }],
    select: { id: true, paidAt: true, frequency: true, amount: true, amountRefunded: true, currency: true },
  });
  return rows.flatMap((row) => (row.paidAt ? [{ id: row.id, paidAt: row.paidAt, frequency: row.frequency, amount: row.amount - row.amountRefunded, currency: row.currency, refunded: row.amountRefunded > 0 }] : []));
}
