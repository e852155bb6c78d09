-- CreateEnum
CREATE TYPE "SubscriptionChangeKind" AS ENUM ('STARTED', 'AMOUNT_CHANGED', 'FREQUENCY_CHANGED', 'PAUSED', 'RESUMED', 'CANCEL_SCHEDULED', 'CANCEL_UNSCHEDULED', 'CANCELLED', 'REACTIVATED');

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "pauseResumesAt" TIMESTAMPTZ(3),
ADD COLUMN     "paused" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SubscriptionChange" (
    "id" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "kind" "SubscriptionChangeKind" NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "fromAmount" INTEGER,
    "fromFrequency" "Frequency",
    "toAmount" INTEGER,
    "toFrequency" "Frequency",
    "reasonFeedback" TEXT,
    "reasonCommentEncrypted" TEXT,
    "resumesAt" TIMESTAMPTZ(3),
    "stripeEventId" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscriptionChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SubscriptionChange_subscriptionId_occurredAt_idx" ON "SubscriptionChange"("subscriptionId", "occurredAt");

-- CreateIndex
CREATE INDEX "SubscriptionChange_kind_occurredAt_idx" ON "SubscriptionChange"("kind", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionChange_stripeEventId_kind_key" ON "SubscriptionChange"("stripeEventId", "kind");

-- AddForeignKey
ALTER TABLE "SubscriptionChange" ADD CONSTRAINT "SubscriptionChange_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every recurring donation already in the ledger gets the start (and, if it ended, the
-- cancellation) its row records, so churn and MRR movements cover the time before this table.
-- Amounts are the ones the row holds now: changes made before it cannot be recovered.
INSERT INTO "SubscriptionChange" ("id", "subscriptionId", "kind", "currency", "toAmount", "toFrequency", "occurredAt")
SELECT 'backfill_started_' || "id", "id", 'STARTED', "currency", "amount", "frequency", "startedAt"
FROM "Subscription"
WHERE "status" NOT IN ('INCOMPLETE', 'INCOMPLETE_EXPIRED');

INSERT INTO "SubscriptionChange" ("id", "subscriptionId", "kind", "currency", "fromAmount", "fromFrequency", "occurredAt")
SELECT 'backfill_cancelled_' || "id", "id", 'CANCELLED', "currency", "amount", "frequency", COALESCE("canceledAt", "updatedAt")
FROM "Subscription"
WHERE "status" = 'CANCELED';
