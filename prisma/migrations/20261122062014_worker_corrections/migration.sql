-- CreateEnum
CREATE TYPE "CorrectionField" AS ENUM ('FIRST_NAME', 'LAST_NAME', 'NATIONAL_ID', 'DATE_OF_BIRTH');

-- CreateEnum
CREATE TYPE "CorrectionStatus" AS ENUM ('OPEN', 'APPLIED', 'REJECTED');

-- CreateTable
CREATE TABLE "CorrectionRequest" (
    "id" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "field" "CorrectionField" NOT NULL,
    "requestedValue" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "CorrectionStatus" NOT NULL DEFAULT 'OPEN',
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorrectionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CorrectionRequest_status_createdAt_idx" ON "CorrectionRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CorrectionRequest_workerId_createdAt_idx" ON "CorrectionRequest"("workerId", "createdAt");

-- AddForeignKey
ALTER TABLE "CorrectionRequest" ADD CONSTRAINT "CorrectionRequest_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE CASCADE ON UPDATE CASCADE;
