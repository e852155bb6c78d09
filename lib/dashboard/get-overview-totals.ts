// The overview's headline figures for one period and currency. Gifts and money raised come from
// the "Gift" view (prisma/migrations/*_gift_view): a donation that succeeded or was partly
// refunded, raising its amount minus refunds. All amounts are minor units.
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { DashboardPeriod } from "./dashboard-period";

export type OverviewTotals = {
  raised: number;
  gifts: number;
  averageGift: number;
  once: { raised: number; gifts: number };
  recurring: { raised: number; gifts: number };
  newSupporters: number;
  activeRecurring: { monthly: number; annual: number };
  monthlyRecurringRevenue: number;
  recurringStarted: number;
  recurringCancelled: number;
  checkout: { attempts: number; completed: number };
  /** What readers added to their gifts to cover payment fees (issue 21), and how many gifts did. */
  feesCovered: { amount: number; gifts: number };
};

type MoneyRow = { once_raised: bigint; once_gifts: bigint; recurring_raised: bigint; recurring_gifts: bigint; fees_covered: bigint; fee_gifts: bigint };
type RecurringRow = { monthly_supporters: bigint; annual_supporters: bigint; monthly_sum: bigint; annual_sum: bigint };
type CountRow = { count: bigint };
type FlowRow = { started: bigint; cancelled: bigint };
type CheckoutRow = { attempts: bigint; completed: bigint };

export async function getOverviewTotals(prisma: PrismaClient, { from, to, currency }: DashboardPeriod): Promise<OverviewTotals> {
  const [money, recurring, supporters, flow, checkout] = await Promise.all([
    prisma.$queryRaw<MoneyRow[]>`
      SELECT COALESCE(SUM("raised") FILTER (WHERE "frequency" = 'ONCE'), 0)::bigint AS once_raised,
             COUNT(*) FILTER (WHERE "frequency" = 'ONCE') AS once_gifts,
             COALESCE(SUM("raised") FILTER (WHERE "frequency" <> 'ONCE'), 0)::bigint AS recurring_raised,
             COUNT(*) FILTER (WHERE "frequency" <> 'ONCE') AS recurring_gifts,
             COALESCE(SUM("feeCover"), 0)::bigint AS fees_covered,
             COUNT(*) FILTER (WHERE "feeCover" > 0) AS fee_gifts
      FROM "Gift"
      WHERE "currency" = ${currency} AND "paidAt" >= ${from} AND "paidAt" < ${to}`,
    // Active means paying now (past-due ones are listed as failed renewals instead).
    prisma.$queryRaw<RecurringRow[]>`
      SELECT COUNT(DISTINCT COALESCE("supporterId", "id")) FILTER (WHERE "frequency" = 'MONTHLY') AS monthly_supporters,
             COUNT(DISTINCT COALESCE("supporterId", "id")) FILTER (WHERE "frequency" = 'ANNUAL') AS annual_supporters,
             COALESCE(SUM("amount") FILTER (WHERE "frequency" = 'MONTHLY'), 0)::bigint AS monthly_sum,
             COALESCE(SUM("amount") FILTER (WHERE "frequency" = 'ANNUAL'), 0)::bigint AS annual_sum
      FROM "Subscription"
      WHERE "currency" = ${currency} AND "status" IN ('ACTIVE', 'TRIALING')`,
    // Supporters are people, not currencies: new supporters count first gifts in any currency.
    prisma.$queryRaw<CountRow[]>`
      SELECT COUNT(*) AS count FROM "Supporter" WHERE "firstGiftAt" >= ${from} AND "firstGiftAt" < ${to}`,
    prisma.$queryRaw<FlowRow[]>`
      SELECT COUNT(*) FILTER (WHERE "startedAt" >= ${from} AND "startedAt" < ${to}) AS started,
             COUNT(*) FILTER (WHERE "canceledAt" >= ${from} AND "canceledAt" < ${to}) AS cancelled
      FROM "Subscription"
      WHERE "currency" = ${currency} AND (("startedAt" >= ${from} AND "startedAt" < ${to}) OR ("canceledAt" >= ${from} AND "canceledAt" < ${to}))`,
    prisma.$queryRaw<CheckoutRow[]>`
      SELECT COUNT(*) AS attempts, COUNT(*) FILTER (WHERE "status" = 'COMPLETED') AS completed
      FROM "CheckoutAttempt"
      WHERE "currency" = ${currency} AND "createdAt" >= ${from} AND "createdAt" < ${to}`,
  ]);
  const m = money[0]!;
  const r = recurring[0]!;
  const once = { raised: Number(m.once_raised), gifts: Number(m.once_gifts) };
  const recurringGifts = { raised: Number(m.recurring_raised), gifts: Number(m.recurring_gifts) };
  const raised = once.raised + recurringGifts.raised;
  const gifts = once.gifts + recurringGifts.gifts;
  return {
    raised,
    gifts,
    averageGift: gifts === 0 ? 0 : Math.round(raised / gifts),
    once,
    recurring: recurringGifts,
    newSupporters: Number(supporters[0]!.count),
    activeRecurring: { monthly: Number(r.monthly_supporters), annual: Number(r.annual_supporters) },
    monthlyRecurringRevenue: Number(r.monthly_sum) + Math.round(Number(r.annual_sum) / 12),
    recurringStarted: Number(flow[0]!.started),
    recurringCancelled: Number(flow[0]!.cancelled),
    checkout: { attempts: Number(checkout[0]!.attempts), completed: Number(checkout[0]!.completed) },
    feesCovered: { amount: Number(m.fees_covered), gifts: Number(m.fee_gifts) },
  };
}
