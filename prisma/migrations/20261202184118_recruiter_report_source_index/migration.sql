-- CreateIndex
CREATE INDEX "RecruiterReport_sourceId_idx" ON "RecruiterReport"("sourceId");
