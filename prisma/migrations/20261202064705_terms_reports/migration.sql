-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "agencyAnswer" TEXT,
ADD COLUMN     "agencyAnswerDueAt" TIMESTAMP(3),
ADD COLUMN     "agencyAnsweredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "substitutionReportedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "TermsReport" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "termsHash" TEXT,
    "channel" "CheckInChannel" NOT NULL,
    "reported" JSONB NOT NULL,
    "differences" JSONB NOT NULL,
    "caseId" UUID,
    "reportedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TermsReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TermsReport_registrationId_createdAt_idx" ON "TermsReport"("registrationId", "createdAt");

-- CreateIndex
CREATE INDEX "TermsReport_caseId_idx" ON "TermsReport"("caseId");

-- AddForeignKey
ALTER TABLE "TermsReport" ADD CONSTRAINT "TermsReport_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "MissionRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
