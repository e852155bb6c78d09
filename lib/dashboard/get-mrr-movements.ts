// How monthly recurring revenue moved in each calendar month (UTC) of the last `months`, this one
// included, in one currency, read from the recurring donations' history (SubscriptionChange):
//   new          a recurring donation started (its monthly equivalent)
//   reactivated  a supporter who had ended one started again
//   expansion    an amount or frequency change that raised the monthly equivalent (the rise)
//   contraction  one that lowered it (the fall, as a positive amount)
//   churned      a recurring donation ended (what it was worth when it ended)
// Monthly equivalent: a monthly amount as is, an annual one divided by 12; sums are rounded to
// whole minor units once, per month. Pauses and scheduled cancellations move nothing: the donation
// is still counted until Stripe ends it.
import "server-only";
import type { PrismaClient } from "../db/generated/client";

export type MrrMovement = { month: string; new: number; reactivated: number; expansion: number; contraction: number; churned: number; net: number };

type Row = { month: string; new: bigint; reactivated: bigint; expansion: bigint; contraction: bigint; churned: bigint };

export async function getMrrMovements(prisma: PrismaClient, currency: string, now = new Date(), months = 12): Promise<MrrMovement[]> {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const rows = await prisma.$queryRaw<Row[]>`
    WITH months AS (
      SELECT generate_series(${start}::timestamptz AT TIME ZONE 'UTC', ${end}::timestamptz AT TIME ZONE 'UTC' - interval '1 month', interval '1 month') AS month
    ), changes AS (
      SELECT date_trunc('month', "occurredAt" AT TIME ZONE 'UTC') AS month, "kind",
             CASE "fromFrequency" WHEN 'ANNUAL' THEN "fromAmount" / 12.0 ELSE "fromAmount"::numeric END AS before,
             CASE "toFrequency" WHEN 'ANNUAL' THEN "toAmount" / 12.0 ELSE "toAmount"::numeric END AS after
      FROM "SubscriptionChange"
      WHERE "currency" = ${currency} AND "occurredAt" >= ${start} AND "occurredAt" < ${end}
        AND "kind" IN ('STARTED', 'REACTIVATED', 'AMOUNT_CHANGED', 'FREQUENCY_CHANGED', 'CANCELLED')
    ), sums AS (
      SELECT month,
             SUM(after) FILTER (WHERE "kind" = 'STARTED') AS new,
             SUM(after) FILTER (WHERE "kind" = 'REACTIVATED') AS reactivated,
             SUM(after - before) FILTER (WHERE "kind" IN ('AMOUNT_CHANGED', 'FREQUENCY_CHANGED') AND after > before) AS expansion,
             SUM(before - after) FILTER (WHERE "kind" IN ('AMOUNT_CHANGED', 'FREQUENCY_CHANGED') AND after < before) AS contraction,
             SUM(before) FILTER (WHERE "kind" = 'CANCELLED') AS churned
      FROM changes GROUP BY month
    )
    SELECT to_char(months.month, 'YYYY-MM') AS month,
           round(COALESCE(sums.new, 0))::bigint AS new,
           round(COALESCE(sums.reactivated, 0))::bigint AS reactivated,
           round(COALESCE(sums.expansion, 0))::bigint AS expansion,
           round(COALESCE(sums.contraction, 0))::bigint AS contraction,
           round(COALESCE(sums.churned, 0))::bigint AS churned
    FROM months LEFT JOIN sums ON sums.month = months.month
    ORDER BY months.month`;
  return rows.map((row) => {
    const movement = { new: Number(row.new), reactivated: Number(row.reactivated), expansion: Number(row.expansion), contraction: Number(row.contraction), churned: Number(row.churned) };
    return { month: row.month, ...movement, net: movement.new + movement.reactivated + movement.expansion - movement.contraction - movement.churned };
  });
}
