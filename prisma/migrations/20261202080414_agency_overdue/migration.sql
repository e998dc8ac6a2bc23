-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "agencyOverdueAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Case_agencyAnswerDueAt_idx" ON "Case"("agencyAnswerDueAt");
