-- AlterTable
ALTER TABLE "ReintegrationReferral" ADD COLUMN     "consentAt" TIMESTAMP(3);

-- Help she ticked in her debrief was asked for by her: her consent dates from the referral.
-- Referrals her answers opened on their own (legal aid, counselling) wait for her agreement.
UPDATE "ReintegrationReferral" r
SET "consentAt" = r."createdAt"
FROM "ReturnDebrief" d
WHERE d."returnId" = r."returnId" AND r."kind" = ANY (d."help");
