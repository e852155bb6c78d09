// The calendar years (UTC) for which a supporter has a yearly statement to download: the years
// with a gift listStatementGifts would list. For the supporter's page and the staff dashboard.
import type { PrismaClient } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { RECEIPTED_STATUSES } from "./receipted-statuses";

/** The calendar years (UTC) in which this supporter has a gift a statement would list, newest first. */
export async function listStatementYears(supporterId: string, prisma: PrismaClient = getPrisma()): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM "paidAt" AT TIME ZONE 'UTC')::int AS year
    FROM "Donation"
    WHERE "supporterId" = ${supporterId} AND "paidAt" IS NOT NULL AND "status"::text = ANY(${RECEIPTED_STATUSES})
    ORDER BY year DESC`;
  return rows.map((row) => row.year);
}
