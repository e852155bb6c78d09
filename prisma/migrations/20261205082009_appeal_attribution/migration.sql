-- Issue 18: where an appeal was shown and acted on. Counters per day, placement, variant and article path,
-- never a row per reader. Gifts and reminder sign-ups keep their attribution until retention clears it.
CREATE TABLE "AppealCounter" (
    "day" DATE NOT NULL,
    "placement" VARCHAR(16) NOT NULL,
    "variant" VARCHAR(8) NOT NULL,
    "articlePath" VARCHAR(512) NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "reminderSignUps" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AppealCounter_pkey" PRIMARY KEY ("day","placement","variant","articlePath")
);

ALTER TABLE "CheckoutAttempt" ADD COLUMN "placement" VARCHAR(16), ADD COLUMN "variant" VARCHAR(8), ADD COLUMN "articlePath" VARCHAR(512);
ALTER TABLE "Reminder" ADD COLUMN "placement" VARCHAR(16), ADD COLUMN "variant" VARCHAR(8), ADD COLUMN "articlePath" VARCHAR(512);
