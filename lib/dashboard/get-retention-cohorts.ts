// Retention by month of first gift: of the supporters whose first gift fell in a month, how
// many gave again (a counted gift, the "Gift" view, in any currency) 1, 2, … months later. The last `months` cohorts, UTC months.
import "server-only";
import type { PrismaClient } from "../db/generated/client";

export type RetentionCohort = { month: string; supporters: number; gaveAgain: number[] };

type SizeRow = { month: string; supporters: bigint };
type CellRow = { month: string; months_later: number; supporters: bigint };

export async function getRetentionCohorts(prisma: PrismaClient, now = new Date(), months = 12): Promise<RetentionCohort[]> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const [sizes, cells] = await Promise.all([
    prisma.$queryRaw<SizeRow[]>`
      SELECT to_char(date_trunc('month', "firstGiftAt" AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, COUNT(*) AS supporters
      FROM "Supporter" WHERE "firstGiftAt" >= ${start}
      GROUP BY 1 ORDER BY 1`,
    prisma.$queryRaw<CellRow[]>`
      WITH cohort AS (
        SELECT "id", date_trunc('month', "firstGiftAt" AT TIME ZONE 'UTC') AS month
        FROM "Supporter" WHERE "firstGiftAt" >= ${start}
      ), activity AS (
        SELECT DISTINCT "supporterId" AS id, date_trunc('month', "paidAt" AT TIME ZONE 'UTC') AS month
        FROM "Gift"
        WHERE "paidAt" >= ${start} AND "supporterId" IS NOT NULL
      )
      SELECT to_char(cohort.month, 'YYYY-MM') AS month,
             ((extract(year FROM activity.month) - extract(year FROM cohort.month)) * 12
               + extract(month FROM activity.month) - extract(month FROM cohort.month))::int AS months_later,
             COUNT(*) AS supporters
      FROM cohort JOIN activity ON activity.id = cohort.id AND activity.month > cohort.month
      GROUP BY 1, 2`,
  ]);
  const byMonth = new Map(sizes.map((row) => [row.month, { month: row.month, supporters: Number(row.supporters), gaveAgain: [] as number[] }]));
  for (const cell of cells) {
    const cohort = byMonth.get(cell.month);
    if (cohort) cohort.gaveAgain[cell.months_later - 1] = Number(cell.supporters);
  }
  return [...byMonth.values()].map((cohort) => {
    const span = monthsBetween(cohort.month, now);
    return { ...cohort, gaveAgain: Array.from({ length: span }, (_, i) => cohort.gaveAgain[i] ?? 0) };
  });
}

/** Whole months from a YYYY-MM cohort to now's month: how many "months later" columns it can have. */
function monthsBetween(month: string, now: Date): number {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return (now.getUTCFullYear() - year) * 12 + (now.getUTCMonth() + 1 - m);
}
