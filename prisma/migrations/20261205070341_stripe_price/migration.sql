-- CreateTable
CREATE TABLE "StripePrice" (
    "id" TEXT NOT NULL,
    "livemode" BOOLEAN NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "frequency" "Frequency" NOT NULL,
    "amount" INTEGER NOT NULL,
    "stripePriceId" TEXT NOT NULL,
    "stripeProductId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripePrice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StripePrice_stripePriceId_key" ON "StripePrice"("stripePriceId");

-- CreateIndex
CREATE UNIQUE INDEX "StripePrice_livemode_currency_frequency_amount_key" ON "StripePrice"("livemode", "currency", "frequency", "amount");
