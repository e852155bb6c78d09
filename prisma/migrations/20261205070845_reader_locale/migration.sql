-- AlterTable
ALTER TABLE "ManageLink" ADD COLUMN     "locale" VARCHAR(8);

-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN     "locale" VARCHAR(8);
