-- Phone-first accounts (issue 16): a worker may sign up and sign in with a mobile number and a code
-- by SMS, email optional; every account keeps at least one way to reach it.
-- CreateEnum
CREATE TYPE "PhoneCodePurpose" AS ENUM ('SIGN_IN', 'RESET_PASSWORD');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "phone" TEXT,
ADD COLUMN     "phoneVerifiedAt" TIMESTAMP(3),
ALTER COLUMN "email" DROP NOT NULL;

-- CreateTable
CREATE TABLE "PhoneCode" (
    "id" UUID NOT NULL,
    "phone" TEXT NOT NULL,
    "purpose" "PhoneCodePurpose" NOT NULL,
    "secretHash" TEXT NOT NULL,
    "codeHash" TEXT,
    "name" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'sw',
    "failures" INTEGER NOT NULL DEFAULT 0,
    "verifiedAt" TIMESTAMP(3),
    "usedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhoneCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PhoneCode_secretHash_key" ON "PhoneCode"("secretHash");

-- CreateIndex
CREATE INDEX "PhoneCode_phone_createdAt_idx" ON "PhoneCode"("phone", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");

ALTER TABLE "User" ADD CONSTRAINT "User_email_or_phone" CHECK ("email" IS NOT NULL OR "phone" IS NOT NULL);
