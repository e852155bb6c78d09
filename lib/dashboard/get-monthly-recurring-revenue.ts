// Recurring revenue received per calendar month (UTC) over the last `months` months, this one
// included: what monthly and annual supporters actually paid, net of refunds (the "Gift" view).
import "server-only";
import type { PrismaClient } from "../db/generated/client";

export type MonthlyRevenue = { month: string; monthly: number; annual: number };

type Row = { month: string; monthly: bigint; annual: bigint };

export async function getMonthlyRecurringRevenue(prisma: PrismaClient, currency: string, now = new Date(), months = 12): Promise<MonthlyRevenue[]> {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const rows = await prisma.$queryRaw<Row[]>`
    WITH months AS (
      SELECT generate_series(${start}::timestamptz AT TIME ZONE 'UTC', ${end}::timestamptz AT TIME ZONE 'UTC' - interval '1 month', interval '1 month') AS month
    ), revenue AS (
      SELECT date_trunc('month', "paidAt" AT TIME ZONE 'UTC') AS month,
             SUM("raised") FILTER (WHERE "frequency" = 'MONTHLY') AS monthly,
             SUM("raised") FILTER (WHERE "frequency" = 'ANNUAL') AS annual
      FROM "Gift"
      WHERE "currency" = ${currency} AND "paidAt" >= ${start} AND "paidAt" < ${end} AND "frequency" <> 'ONCE'
      GROUP BY 1
    )
    SELECT to_char(months.month, 'YYYY-MM') AS month, COALESCE(revenue.monthly, 0)::bigint AS monthly, COALESCE(revenue.annual, 0)::bigint AS annual
    FROM months LEFT JOIN revenue ON revenue.month = months.month
    ORDER BY months.month`;
  return rows.map((row) => ({ month: row.month, monthly: Number(row.monthly), annual: Number(row.annual) }));
}
