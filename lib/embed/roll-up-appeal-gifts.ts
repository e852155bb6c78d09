// Retention for appeal attribution (RETENTION_ATTRIBUTION_DAYS): checkout attempts and reminders older
// than the cutoff lose their placement, variant and article path. First, in the same transaction, the
// gifts those attempts led to are added to AppealGiftTotal per paid day, placement, variant, article and
// currency, so the Sources report shows the same figures after as before. Reminder sign-ups are already
// counted in AppealCounter, so a reminder's attribution is simply cleared.
import type { PrismaClient } from "../db/generated/client";

export type AttributionCleared = { checkoutAttempts: number; reminders: number };

export async function rollUpAppealGifts(prisma: PrismaClient, cutoff: Date): Promise<AttributionCleared> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "AppealGiftTotal" ("day", "placement", "variant", "articlePath", "currency", "gifts", "raised")
      SELECT (g."paidAt" AT TIME ZONE 'UTC')::date, c."placement", COALESCE(c."variant", 'a'), COALESCE(c."articlePath", ''), g."currency", COUNT(*), SUM(g."raised")
      FROM "Gift" g
      JOIN "Donation" d ON d."id" = g."id"
      JOIN "CheckoutAttempt" c ON c."id" = d."checkoutAttemptId"
      WHERE c."createdAt" < ${cutoff} AND c."placement" IS NOT NULL AND g."paidAt" IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5
      ON CONFLICT ("day", "placement", "variant", "articlePath", "currency")
      DO UPDATE SET "gifts" = "AppealGiftTotal"."gifts" + EXCLUDED."gifts", "raised" = "AppealGiftTotal"."raised" + EXCLUDED."raised"`;
    const attributed = { OR: [{ placement: { not: null } }, { variant: { not: null } }, { articlePath: { not: null } }] };
    const cleared = { placement: null, variant: null, articlePath: null };
    const attempts = await tx.checkoutAttempt.updateMany({ where: { createdAt: { lt: cutoff }, ...attributed }, data: cleared });
    const reminders = await tx.reminder.updateMany({ where: { createdAt: { lt: cutoff }, ...attributed }, data: cleared });
    return { checkoutAttempts: attempts.count, reminders: reminders.count };
  });
}
