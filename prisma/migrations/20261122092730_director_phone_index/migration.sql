-- CreateIndex
CREATE INDEX "AgencyDirector_phone_idx" ON "AgencyDirector"("phone");
