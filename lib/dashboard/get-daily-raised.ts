// Money raised (the "Gift" view) per UTC day in a period, one-time and recurring apart, with empty days as zeros.
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { DashboardPeriod } from "./dashboard-period";

export type DailyRaised = { day: string; once: number; recurring: number };

type Row = { day: string; once: bigint; recurring: bigint };

export async function getDailyRaised(prisma: PrismaClient, { from, to, currency }: DashboardPeriod): Promise<DailyRaised[]> {
  const rows = await prisma.$queryRaw<Row[]>`
    WITH days AS (
      SELECT generate_series(${from}::timestamptz AT TIME ZONE 'UTC', ${to}::timestamptz AT TIME ZONE 'UTC' - interval '1 day', interval '1 day') AS day
    ), raised AS (
      SELECT date_trunc('day', "paidAt" AT TIME ZONE 'UTC') AS day,
             SUM("raised") FILTER (WHERE "frequency" = 'ONCE') AS once,
             SUM("raised") FILTER (WHERE "frequency" <> 'ONCE') AS recurring
      FROM "Gift"
      WHERE "currency" = ${currency} AND "paidAt" >= ${from} AND "paidAt" < ${to}
      GROUP BY 1
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS day, COALESCE(raised.once, 0)::bigint AS once, COALESCE(raised.recurring, 0)::bigint AS recurring
    FROM days LEFT JOIN raised ON raised.day = days.day
    ORDER BY days.day`;
  return rows.map((row) => ({ day: row.day, once: Number(row.once), recurring: Number(row.recurring) }));
}
