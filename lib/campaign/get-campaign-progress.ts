// How far a campaign has come, and how it got there day by day (UTC) from its first day to today
// or its last. Money counts the "Gift" view's settledRaised: what Stripe settled in the settlement
// currency after its own exchange, less refunds; gifts whose balance transaction is not in the
// ledger yet count once reconciliation has it. Supporters counts people whose first gift fell in it.
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { campaignRange, type Campaign } from "./campaign";

export type CampaignDay = { day: string; reached: number; cumulative: number };
export type CampaignProgress = { campaign: Campaign; reached: number; days: CampaignDay[] };

type Row = { day: string; reached: bigint };

export async function getCampaignProgress(prisma: PrismaClient, campaign: Campaign, now = new Date(), withDays = true): Promise<CampaignProgress> {
  const { from, to: end } = campaignRange(campaign);
  const to = now < end ? now : end;
  const rows = to <= from ? [] : campaign.goalKind === "money" ? await moneyByDay(prisma, campaign.currency, from, to) : await supportersByDay(prisma, from, to);
  let cumulative = 0;
  const byDay = new Map(rows.map((row) => [row.day, Number(row.reached)]));
  const days: CampaignDay[] = [];
  for (let day = from.getTime(); day < to.getTime(); day += 86_400_000) {
    const key = new Date(day).toISOString().slice(0, 10);
    const reached = byDay.get(key) ?? 0;
    cumulative += reached;
    days.push({ day: key, reached, cumulative });
  }
  return { campaign, reached: cumulative, days: withDays ? days : [] };
}

function moneyByDay(prisma: PrismaClient, currency: string, from: Date, to: Date): Promise<Row[]> {
  return prisma.$queryRaw<Row[]>`
    SELECT to_char(date_trunc('day', "paidAt" AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, COALESCE(SUM("settledRaised"), 0)::bigint AS reached
    FROM "Gift"
    WHERE "settlementCurrency" = ${currency} AND "paidAt" >= ${from} AND "paidAt" < ${to}
    GROUP BY 1`;
}

function supportersByDay(prisma: PrismaClient, from: Date, to: Date): Promise<Row[]> {
  return prisma.$queryRaw<Row[]>`
    SELECT to_char(date_trunc('day', "firstGiftAt" AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, COUNT(*)::bigint AS reached
    FROM "Supporter"
    WHERE "firstGiftAt" >= ${from} AND "firstGiftAt" < ${to}
    GROUP BY 1`;
}
