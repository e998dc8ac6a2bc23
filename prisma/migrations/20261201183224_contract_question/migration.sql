-- AlterEnum
ALTER TYPE "CaseCategory" ADD VALUE 'CONTRACT_QUESTION';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "contractId" UUID;

-- CreateIndex
CREATE INDEX "Case_contractId_idx" ON "Case"("contractId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;
