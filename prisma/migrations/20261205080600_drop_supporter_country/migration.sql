-- Supporter.country was never written: we keep as little as we can about people at risk.
-- AlterTable
ALTER TABLE "Supporter" DROP COLUMN "country";
