-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN     "confirmationSentAt" TIMESTAMPTZ(3);
