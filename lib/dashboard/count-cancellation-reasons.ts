// Why supporters cancel, for one period and currency: each recurring donation cancelled (or set
// to end) in the period counts once, under the reason Stripe holds for its latest cancellation
// (cancellation_details.feedback; null when they gave none).
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { DashboardPeriod } from "./dashboard-period";

export type CancellationReason = { feedback: string | null; count: number };

type Row = { feedback: string | null; count: bigint };

export async function countCancellationReasons(prisma: PrismaClient, { from, to, currency }: DashboardPeriod): Promise<CancellationReason[]> {
  const rows = await prisma.$queryRaw<Row[]>`
    WITH latest AS (
      SELECT DISTINCT ON ("subscriptionId") "reasonFeedback" AS feedback
      FROM "SubscriptionChange"
      WHERE "currency" = ${currency} AND "kind" IN ('CANCEL_SCHEDULED', 'CANCELLED') AND "occurredAt" >= ${from} AND "occurredAt" < ${to}
      ORDER BY "subscriptionId", "occurredAt" DESC
    )
    SELECT feedback, COUNT(*) AS count FROM latest GROUP BY feedback ORDER BY count DESC, feedback NULLS LAST`;
  return rows.map((row) => ({ feedback: row.feedback, count: Number(row.count) }));
}
