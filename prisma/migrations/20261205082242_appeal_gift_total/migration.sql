-- Issue 18: gifts and money per day, placement, variant, article path and currency, kept after
-- retention clears the attribution on CheckoutAttempt (aggregates only, no row per supporter).
CREATE TABLE "AppealGiftTotal" (
    "day" DATE NOT NULL,
    "placement" VARCHAR(16) NOT NULL,
    "variant" VARCHAR(8) NOT NULL,
    "articlePath" VARCHAR(512) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "gifts" INTEGER NOT NULL DEFAULT 0,
    "raised" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "AppealGiftTotal_pkey" PRIMARY KEY ("day","placement","variant","articlePath","currency")
);
