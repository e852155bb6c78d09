// Churn per calendar month (UTC) of the last `months`, this one included, in one currency: the
// recurring donations that ended in the month over those running at its start (started before
// it and not yet ended), counted by donation, not by money. Read from the recurring donations'
// history (SubscriptionChange). The rate is null for a month that started with none running.
import "server-only";
import type { PrismaClient } from "../db/generated/client";

export type MonthlyChurn = { month: string; runningAtStart: number; cancelled: number; rate: number | null };

type Row = { month: string; running: bigint; cancelled: bigint };

export async function getMonthlyChurn(prisma: PrismaClient, currency: string, now = new Date(), months = 12): Promise<MonthlyChurn[]> {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const rows = await prisma.$queryRaw<Row[]>`
    WITH months AS (
      SELECT generate_series(${start}::timestamptz AT TIME ZONE 'UTC', ${end}::timestamptz AT TIME ZONE 'UTC' - interval '1 month', interval '1 month') AS month
    ), lives AS (
      SELECT "subscriptionId",
             MIN("occurredAt" AT TIME ZONE 'UTC') FILTER (WHERE "kind" IN ('STARTED', 'REACTIVATED')) AS started,
             MIN("occurredAt" AT TIME ZONE 'UTC') FILTER (WHERE "kind" = 'CANCELLED') AS ended
      FROM "SubscriptionChange"
      WHERE "currency" = ${currency} AND "kind" IN ('STARTED', 'REACTIVATED', 'CANCELLED') AND "occurredAt" < ${end}
      GROUP BY "subscriptionId"
    )
    SELECT to_char(months.month, 'YYYY-MM') AS month,
           COUNT(lives."subscriptionId") FILTER (WHERE lives.started < months.month AND (lives.ended IS NULL OR lives.ended >= months.month)) AS running,
           COUNT(lives."subscriptionId") FILTER (WHERE lives.ended >= months.month AND lives.ended < months.month + interval '1 month') AS cancelled
    FROM months LEFT JOIN lives ON lives.started IS NULL OR lives.started < months.month + interval '1 month'
    GROUP BY months.month
    ORDER BY months.month`;
  return rows.map((row) => {
    const runningAtStart = Number(row.running);
    const cancelled = Number(row.cancelled);
    return { month: row.month, runningAtStart, cancelled, rate: runningAtStart === 0 ? null : cancelled / runningAtStart };
  });
}
