-- CreateEnum
CREATE TYPE "FeePurpose" AS ENUM ('RECRUITMENT_FEE', 'VISA', 'AIR_TICKET', 'MEDICAL', 'INSURANCE', 'TRAINING', 'DOCUMENTS', 'OTHER');

-- CreateEnum
CREATE TYPE "FeePayee" AS ENUM ('AGENCY', 'PERSON');

-- CreateEnum
CREATE TYPE "RefundClaimStatus" AS ENUM ('OPEN', 'REFUND_REPORTED', 'DISPUTED', 'UPHOLD_PROPOSED', 'DISMISS_PROPOSED', 'UPHELD', 'REFUNDED', 'DISMISSED');

-- CreateTable
CREATE TABLE "FeePayment" (
    "id" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "paidOn" DATE NOT NULL,
    "purpose" "FeePurpose" NOT NULL,
    "paidTo" "FeePayee" NOT NULL,
    "payeeName" TEXT,
    "payeePhone" TEXT,
    "mpesaRef" TEXT,
    "findings" TEXT[],
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeePayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RefundClaim" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "paymentId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "status" "RefundClaimStatus" NOT NULL DEFAULT 'OPEN',
    "amount" DECIMAL(12,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "overdueAt" TIMESTAMP(3),
    "refundRef" TEXT,
    "disputeReason" TEXT,
    "answeredById" UUID,
    "answeredAt" TIMESTAMP(3),
    "workerAnsweredAt" TIMESTAMP(3),
    "proposedById" UUID,
    "proposalNote" TEXT,
    "decidedById" UUID,
    "decisionNote" TEXT,
    "decidedAt" TIMESTAMP(3),
    "refundedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RefundClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeePayment_workerId_createdAt_idx" ON "FeePayment"("workerId", "createdAt");

-- CreateIndex
CREATE INDEX "FeePayment_contractId_idx" ON "FeePayment"("contractId");

-- CreateIndex
CREATE INDEX "FeePayment_payeePhone_idx" ON "FeePayment"("payeePhone");

-- CreateIndex
CREATE UNIQUE INDEX "RefundClaim_reference_key" ON "RefundClaim"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "RefundClaim_paymentId_key" ON "RefundClaim"("paymentId");

-- CreateIndex
CREATE INDEX "RefundClaim_agencyId_status_createdAt_idx" ON "RefundClaim"("agencyId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "RefundClaim_status_dueAt_idx" ON "RefundClaim"("status", "dueAt");

-- CreateIndex
CREATE INDEX "RefundClaim_workerId_idx" ON "RefundClaim"("workerId");

-- AddForeignKey
ALTER TABLE "FeePayment" ADD CONSTRAINT "FeePayment_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeePayment" ADD CONSTRAINT "FeePayment_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefundClaim" ADD CONSTRAINT "RefundClaim_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "FeePayment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefundClaim" ADD CONSTRAINT "RefundClaim_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefundClaim" ADD CONSTRAINT "RefundClaim_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
