-- CreateEnum
CREATE TYPE "ManageLinkPurpose" AS ENUM ('MANAGE', 'UPDATE_PAYMENT_METHOD');

-- CreateTable
CREATE TABLE "ManageLink" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "supporterId" TEXT NOT NULL,
    "purpose" "ManageLinkPurpose" NOT NULL DEFAULT 'MANAGE',
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManageLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SentNotice" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SentNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ManageLink_tokenHash_key" ON "ManageLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ManageLink_supporterId_idx" ON "ManageLink"("supporterId");

-- CreateIndex
CREATE INDEX "ManageLink_expiresAt_idx" ON "ManageLink"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "SentNotice_kind_reference_key" ON "SentNotice"("kind", "reference");
