-- DropIndex
DROP INDEX "InPersonCompletion_providerId_completedAt_idx";

-- CreateIndex
CREATE INDEX "InPersonCompletion_providerId_id_idx" ON "InPersonCompletion"("providerId", "id");
