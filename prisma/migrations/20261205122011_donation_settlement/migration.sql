-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "exchangeRate" DECIMAL(20,10),
ADD COLUMN     "settlementAmount" INTEGER,
ADD COLUMN     "settlementCurrency" VARCHAR(3),
ADD COLUMN     "settlementFee" INTEGER,
ADD COLUMN     "settlementNet" INTEGER,
ADD COLUMN     "stripeBalanceTransactionId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Donation_stripeBalanceTransactionId_key" ON "Donation"("stripeBalanceTransactionId");

-- ReplaceView
-- The "Gift" view learns what each gift settled as in the account's settlement currency (the
-- charge's balance transaction, at the rate Stripe applied). "settledRaised" is the settled
-- amount less refunds in proportion (a refund's own exchange may differ slightly), null until the
-- balance transaction is known.
CREATE OR REPLACE VIEW "Gift" AS
SELECT "id", "supporterId", "subscriptionId", "currency", "frequency", "paidAt", "amount", "amount" - "amountRefunded" AS "raised",
       "settlementCurrency",
       CASE WHEN "settlementAmount" IS NULL OR "amount" = 0 THEN NULL
            ELSE ROUND("settlementAmount"::numeric * ("amount" - "amountRefunded") / "amount")::integer END AS "settledRaised"
FROM "Donation"
WHERE "status" IN ('SUCCEEDED', 'PARTIALLY_REFUNDED');
