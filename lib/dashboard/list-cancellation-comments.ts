// The latest words supporters left when cancelling (cancellation_details.comment), decrypted, for
// admins only: one per recurring donation, newest first, with no name or link beside them.
// Erasure clears a supporter's comments, so an erased supporter's never appear.
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { decryptPii } from "../privacy/encrypt-pii";
import type { DashboardPeriod } from "./dashboard-period";

export type CancellationComment = { at: Date; feedback: string | null; comment: string };

type Row = { at: Date; feedback: string | null; comment: string };

function readable(ciphertext: string): string | null {
  try {
    return decryptPii(ciphertext);
  } catch {
    return null; // a key retired too early: leave the comment out rather than fail the page
  }
}

export async function listCancellationComments(prisma: PrismaClient, { from, to, currency }: DashboardPeriod, limit = 10): Promise<CancellationComment[]> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT at, feedback, comment FROM (
      SELECT DISTINCT ON ("subscriptionId") "occurredAt" AS at, "reasonFeedback" AS feedback, "reasonCommentEncrypted" AS comment
      FROM "SubscriptionChange"
      WHERE "currency" = ${currency} AND "kind" IN ('CANCEL_SCHEDULED', 'CANCELLED') AND "reasonCommentEncrypted" IS NOT NULL
        AND "occurredAt" >= ${from} AND "occurredAt" < ${to}
      ORDER BY "subscriptionId", "occurredAt" DESC
    ) AS latest
    ORDER BY at DESC
    LIMIT ${limit}`;
  return rows.flatMap((row) => {
    const comment = readable(row.comment);
    return comment ? [{ at: row.at, feedback: row.feedback, comment }] : [];
  });
}
