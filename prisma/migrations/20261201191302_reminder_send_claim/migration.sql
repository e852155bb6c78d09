-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN     "sendClaimedAt" TIMESTAMPTZ(3);
