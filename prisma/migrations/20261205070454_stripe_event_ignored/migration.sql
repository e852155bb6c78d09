-- AlterEnum
ALTER TYPE "StripeEventStatus" ADD VALUE 'IGNORED';
