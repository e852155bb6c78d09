// The Sources report: for each placement, copy variant and article path over a period, the appeal's
// views, Continue clicks and reminder sign-ups (AppealCounter), and completed gifts and money raised per
// currency (the "Gift" view joined to the checkout attempt that led to it, plus AppealGiftTotal, where
// retention rolls those up before it clears the attribution: the figures stay the same after it).
// Gifts are first gifts: a recurring donation's renewals are not counted again for the article.
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { compareVariants, type VariantComparison } from "./compare-variants";
import type { DashboardPeriod } from "./dashboard-period";

export type SourceFigures = { views: number; clicks: number; reminderSignUps: number; gifts: number; raised: Record<string, number> };
export type ArticleSource = SourceFigures & { placement: string; variant: string; articlePath: string };
export type VariantSource = SourceFigures & { variant: string; comparison: VariantComparison };
export type PlacementSources = { placement: string; totals: SourceFigures; variants: VariantSource[]; articles: ArticleSource[] };

type CounterRow = { placement: string; variant: string; articlePath: string; views: bigint; clicks: bigint; reminderSignUps: bigint };
type GiftRow = { placement: string; variant: string; articlePath: string; currency: string; gifts: bigint; raised: bigint };

const emptyFigures = (): SourceFigures => ({ views: 0, clicks: 0, reminderSignUps: 0, gifts: 0, raised: {} });

function add(into: SourceFigures, from: SourceFigures): void {
  into.views += from.views;
  into.clicks += from.clicks;
  into.reminderSignUps += from.reminderSignUps;
  into.gifts += from.gifts;
  for (const [currency, minor] of Object.entries(from.raised)) into.raised[currency] = (into.raised[currency] ?? 0) + minor;
}

async function readCounters(prisma: PrismaClient, { from, to }: DashboardPeriod): Promise<CounterRow[]> {
  return prisma.$queryRaw<CounterRow[]>`
    SELECT "placement", "variant", "articlePath", SUM("views")::bigint AS views, SUM("clicks")::bigint AS clicks, SUM("reminderSignUps")::bigint AS "reminderSignUps"
    FROM "AppealCounter"
    WHERE "day" >= (${from}::timestamptz AT TIME ZONE 'UTC')::date AND "day" < (${to}::timestamptz AT TIME ZONE 'UTC')::date
    GROUP BY 1, 2, 3`;
}

async function readGifts(prisma: PrismaClient, { from, to }: DashboardPeriod): Promise<GiftRow[]> {
  return prisma.$queryRaw<GiftRow[]>`
    WITH attributed AS (
      SELECT c."placement", COALESCE(c."variant", 'a') AS variant, COALESCE(c."articlePath", '') AS "articlePath", g."currency", 1 AS gifts, g."raised"
      FROM "Gift" g
      JOIN "Donation" d ON d."id" = g."id"
      JOIN "CheckoutAttempt" c ON c."id" = d."checkoutAttemptId"
      WHERE c."placement" IS NOT NULL AND g."paidAt" >= ${from} AND g."paidAt" < ${to}
      UNION ALL
      SELECT "placement", "variant", "articlePath", "currency", "gifts", "raised"
      FROM "AppealGiftTotal"
      WHERE "day" >= (${from}::timestamptz AT TIME ZONE 'UTC')::date AND "day" < (${to}::timestamptz AT TIME ZONE 'UTC')::date
    )
    SELECT "placement", "variant", "articlePath", "currency", SUM("gifts")::bigint AS gifts, SUM("raised")::bigint AS raised
    FROM attributed
    GROUP BY 1, 2, 3, 4`;
}

export async function getAppealSources(prisma: PrismaClient, period: DashboardPeriod): Promise<PlacementSources[]> {
  const [counters, gifts] = await Promise.all([readCounters(prisma, period), readGifts(prisma, period)]);
  const articles = new Map<string, ArticleSource>();
  const article = (placement: string, variant: string, articlePath: string) => {
    const key = JSON.stringify([placement, variant, articlePath]);
    let row = articles.get(key);
    if (!row) articles.set(key, (row = { placement, variant, articlePath, ...emptyFigures() }));
    return row;
  };
  for (const row of counters) {
    add(article(row.placement, row.variant, row.articlePath), { ...emptyFigures(), views: Number(row.views), clicks: Number(row.clicks), reminderSignUps: Number(row.reminderSignUps) });
  }
  for (const row of gifts) {
    add(article(row.placement, row.variant, row.articlePath), { ...emptyFigures(), gifts: Number(row.gifts), raised: { [row.currency]: Number(row.raised) } });
  }

  const placements = [...new Set([...articles.values()].map((row) => row.placement))].sort();
  return placements.map((placement) => {
    const rows = [...articles.values()].filter((row) => row.placement === placement).sort((a, b) => b.views - a.views || a.variant.localeCompare(b.variant) || a.articlePath.localeCompare(b.articlePath));
    const totals = emptyFigures();
    const byVariant = new Map<string, SourceFigures>();
    for (const row of rows) {
      add(totals, row);
      if (!byVariant.has(row.variant)) byVariant.set(row.variant, emptyFigures());
      add(byVariant.get(row.variant)!, row);
    }
    const baseline = byVariant.get("a") ?? emptyFigures();
    const variants = [...byVariant.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([variant, figures]) => ({ variant, ...figures, comparison: compareVariants(baseline, figures, variant === "a") }));
    return { placement, totals, variants, articles: rows };
  });
}
