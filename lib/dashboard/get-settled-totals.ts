// Money raised in a period across every currency, added up in the settlement currency from what
// Stripe settled for each gift (the "Gift" view's settledRaised, at the rate Stripe applied), next
// to each currency's own figure. Gifts whose balance transaction is not in the ledger yet are
// counted apart: reconciliation fills them in (lib/stripe/fill-settlements.ts).
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { DashboardPeriod } from "./dashboard-period";

export type SettledTotals = {
  settlementCurrency: string;
  settled: number;
  awaitingSettlement: number;
  byCurrency: { currency: string; raised: number; settled: number }[];
};

type Row = { currency: string; raised: bigint; settled: bigint; awaiting: bigint };

export async function getSettledTotals(prisma: PrismaClient, { from, to }: Pick<DashboardPeriod, "from" | "to">, settlementCurrency: string): Promise<SettledTotals> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT "currency",
           COALESCE(SUM("raised"), 0)::bigint AS raised,
           COALESCE(SUM("settledRaised") FILTER (WHERE "settlementCurrency" = ${settlementCurrency}), 0)::bigint AS settled,
           COUNT(*) FILTER (WHERE "settledRaised" IS NULL OR "settlementCurrency" <> ${settlementCurrency}) AS awaiting
    FROM "Gift"
    WHERE "paidAt" >= ${from} AND "paidAt" < ${to}
    GROUP BY "currency"
    ORDER BY SUM("settledRaised") DESC NULLS LAST, "currency"`;
  const byCurrency = rows.map((row) => ({ currency: row.currency, raised: Number(row.raised), settled: Number(row.settled) }));
  return {
    settlementCurrency,
    settled: byCurrency.reduce((sum, row) => sum + row.settled, 0),
    awaitingSettlement: rows.reduce((sum, row) => sum + Number(row.awaiting), 0),
    byCurrency,
  };
}
