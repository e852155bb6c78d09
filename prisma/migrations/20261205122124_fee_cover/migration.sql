-- DropIndex
DROP INDEX "StripePrice_livemode_currency_frequency_amount_key";

-- AlterTable
ALTER TABLE "CheckoutAttempt" ADD COLUMN     "feeCover" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "feeCover" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "StripePrice" ADD COLUMN     "kind" VARCHAR(8) NOT NULL DEFAULT 'gift';

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "feeCover" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "StripePrice_livemode_kind_currency_frequency_amount_key" ON "StripePrice"("livemode", "kind", "currency", "frequency", "amount");

-- The "Gift" view (last redefined by 20261205122011_donation_settlement) carries the fee cover too: the overview shows fees covered.
CREATE OR REPLACE VIEW "Gift" AS
SELECT "id", "supporterId", "subscriptionId", "currency", "frequency", "paidAt", "amount", "amount" - "amountRefunded" AS "raised",
       "settlementCurrency",
       CASE WHEN "settlementAmount" IS NULL OR "amount" = 0 THEN NULL
            ELSE ROUND("settlementAmount"::numeric * ("amount" - "amountRefunded") / "amount")::integer END AS "settledRaised",
       "feeCover"
FROM "Donation"
WHERE "status" IN ('SUCCEEDED', 'PARTIALLY_REFUNDED');
