// The currencies the ledger holds, alphabetically, for the overview's currency picker.
// A skip scan over the (currency, paidAt) index, so it stays instant on millions of donations.
import "server-only";
import type { PrismaClient } from "../db/generated/client";

export async function listCurrencies(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ currency: string }[]>`
    WITH RECURSIVE found AS (
      (SELECT "currency" FROM "Donation" ORDER BY "currency" LIMIT 1)
      UNION ALL
      SELECT (SELECT "currency" FROM "Donation" WHERE "currency" > found."currency" ORDER BY "currency" LIMIT 1)
      FROM found WHERE found."currency" IS NOT NULL
    )
    SELECT "currency" FROM found WHERE "currency" IS NOT NULL`;
  return rows.map((row) => row.currency);
}
