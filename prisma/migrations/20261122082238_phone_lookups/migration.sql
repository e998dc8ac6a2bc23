-- CreateIndex
CREATE INDEX "MissionRegistration_phoneAbroad_idx" ON "MissionRegistration"("phoneAbroad");

-- CreateIndex
CREATE INDEX "Worker_phone_idx" ON "Worker"("phone");
