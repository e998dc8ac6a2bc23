-- CreateIndex
CREATE UNIQUE INDEX "FeePayment_workerId_mpesaRef_key" ON "FeePayment"("workerId", "mpesaRef");
