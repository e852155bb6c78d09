-- AlterTable
ALTER TABLE "Supporter" ADD COLUMN     "nameIndex" TEXT;

-- CreateIndex
CREATE INDEX "Supporter_nameIndex_idx" ON "Supporter"("nameIndex");
