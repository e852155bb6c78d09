-- CreateTable
CREATE TABLE "SupporterSearch" (
    "id" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "queryEncrypted" TEXT,
    "filter" TEXT NOT NULL,
    "sort" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupporterSearch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupporterSearch_expiresAt_idx" ON "SupporterSearch"("expiresAt");

-- AddForeignKey
ALTER TABLE "SupporterSearch" ADD CONSTRAINT "SupporterSearch_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
