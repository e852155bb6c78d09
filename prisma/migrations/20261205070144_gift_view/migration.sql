-- CreateView
-- One row per counted gift: a donation that succeeded or was partly refunded (disputed, fully
-- refunded, failed and pending ones count for nothing). "raised" is what the newsroom kept, the
-- amount minus refunds, in minor units. Every dashboard figure of money raised reads this view,
-- so what counts as a gift is decided here only. Not declared in schema.prisma: it is read by SQL.
CREATE VIEW "Gift" AS
SELECT "id", "supporterId", "subscriptionId", "currency", "frequency", "paidAt", "amount", "amount" - "amountRefunded" AS "raised"
FROM "Donation"
WHERE "status" IN ('SUCCEEDED', 'PARTIALLY_REFUNDED');
