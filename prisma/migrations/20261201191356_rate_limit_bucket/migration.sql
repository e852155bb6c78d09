-- CreateTable
CREATE TABLE "rate_limit_bucket" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_bucket_pkey" PRIMARY KEY ("key")
);
