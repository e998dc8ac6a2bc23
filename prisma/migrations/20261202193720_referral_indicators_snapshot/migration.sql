-- AlterTable
ALTER TABLE "ReferralConsent" ADD COLUMN     "indicators" "TraffickingIndicator"[] DEFAULT ARRAY[]::"TraffickingIndicator"[];
