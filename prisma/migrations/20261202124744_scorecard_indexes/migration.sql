-- CreateIndex
CREATE INDEX "Case_agencyId_createdAt_idx" ON "Case"("agencyId", "createdAt");

-- CreateIndex
CREATE INDEX "Contract_agencyId_substitutionReportedAt_idx" ON "Contract"("agencyId", "substitutionReportedAt");

-- CreateIndex
CREATE INDEX "MissionRegistration_agencyId_arrivedAt_idx" ON "MissionRegistration"("agencyId", "arrivedAt");
