-- Secrets shared by the app servers, e.g. the key that signs the flash cookie (issue 15, low).
CREATE TABLE "AppSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AppSecret_pkey" PRIMARY KEY ("name")
);
