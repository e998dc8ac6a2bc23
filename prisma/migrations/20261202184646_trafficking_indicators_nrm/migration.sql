-- CreateEnum
CREATE TYPE "TraffickingIndicator" AS ENUM ('DECEPTION', 'DEBT_BONDAGE', 'DOCUMENTS_CONFISCATED', 'MOVEMENT_RESTRICTED', 'ISOLATION', 'WAGES_WITHHELD', 'THREATS_VIOLENCE');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('SENT', 'ACCEPTED', 'DECLINED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('IN_PERSON', 'PHONE', 'WRITTEN');

-- CreateEnum
CREATE TYPE "SharedData" AS ENUM ('IDENTITY', 'CONTACT', 'EMPLOYER', 'AGENCY', 'ACCOUNT');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "indicators" "TraffickingIndicator"[] DEFAULT ARRAY[]::"TraffickingIndicator"[],
ADD COLUMN     "indicatorsAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "CaseReferral" ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "outcomeAt" TIMESTAMP(3),
ADD COLUMN     "status" "ReferralStatus" NOT NULL DEFAULT 'SENT';

-- CreateTable
CREATE TABLE "ReferralConsent" (
    "referralId" UUID NOT NULL,
    "method" "ConsentMethod" NOT NULL,
    "shared" "SharedData"[],
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralConsent_pkey" PRIMARY KEY ("referralId")
);

-- AddForeignKey
ALTER TABLE "ReferralConsent" ADD CONSTRAINT "ReferralConsent_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "CaseReferral"("id") ON DELETE CASCADE ON UPDATE CASCADE;
