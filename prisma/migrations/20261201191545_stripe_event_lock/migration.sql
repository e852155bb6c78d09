-- AlterTable
ALTER TABLE "StripeEvent" ADD COLUMN     "lockedUntil" TIMESTAMPTZ(3);
