-- CreateEnum
CREATE TYPE "NewsletterConsentStatus" AS ENUM ('PENDING_CONFIRMATION', 'CONFIRMED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "NewsletterConsent" (
    "id" TEXT NOT NULL,
    "emailIndex" TEXT NOT NULL,
    "emailEncrypted" TEXT NOT NULL,
    "status" "NewsletterConsentStatus" NOT NULL DEFAULT 'PENDING_CONFIRMATION',
    "source" VARCHAR(32) NOT NULL,
    "consentVersion" VARCHAR(32) NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "consentedAt" TIMESTAMPTZ(3) NOT NULL,
    "confirmTokenHash" TEXT,
    "confirmationSentAt" TIMESTAMPTZ(3),
    "confirmedAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnVia" VARCHAR(16),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NewsletterConsent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterConsent_emailIndex_key" ON "NewsletterConsent"("emailIndex");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterConsent_confirmTokenHash_key" ON "NewsletterConsent"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "NewsletterConsent_status_idx" ON "NewsletterConsent"("status");
