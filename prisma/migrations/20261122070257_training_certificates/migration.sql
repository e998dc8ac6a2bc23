-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "basis" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "revokedById" UUID;

-- CreateIndex
CREATE INDEX "Certificate_issuedAt_idx" ON "Certificate"("issuedAt");
