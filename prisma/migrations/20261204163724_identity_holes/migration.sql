-- AlterTable
ALTER TABLE "ManageLink" ADD COLUMN     "emailIndex" TEXT;

-- CreateTable
CREATE TABLE "ErasedStripeCustomer" (
    "customerIndex" TEXT NOT NULL,
    "supporterId" TEXT NOT NULL,
    "erasedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ErasedStripeCustomer_pkey" PRIMARY KEY ("customerIndex")
);

-- CreateIndex
CREATE INDEX "ErasedStripeCustomer_supporterId_idx" ON "ErasedStripeCustomer"("supporterId");

-- AddForeignKey
ALTER TABLE "ErasedStripeCustomer" ADD CONSTRAINT "ErasedStripeCustomer_supporterId_fkey" FOREIGN KEY ("supporterId") REFERENCES "Supporter"("id") ON DELETE CASCADE ON UPDATE CASCADE;
