-- CreateTable
CREATE TABLE "ManageSession" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "supporterId" TEXT NOT NULL,
    "emailIndex" TEXT NOT NULL,
    "locale" VARCHAR(8),
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManageSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ManageSession_tokenHash_key" ON "ManageSession"("tokenHash");

-- CreateIndex
CREATE INDEX "ManageSession_supporterId_idx" ON "ManageSession"("supporterId");

-- CreateIndex
CREATE INDEX "ManageSession_expiresAt_idx" ON "ManageSession"("expiresAt");
