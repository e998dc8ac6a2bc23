-- CreateEnum
CREATE TYPE "RecruiterIdKind" AS ENUM ('PHONE', 'MPESA', 'PAGE');

-- CreateEnum
CREATE TYPE "RecruiterStatus" AS ENUM ('UNDER_REVIEW', 'CONFIRM_PROPOSED', 'DISMISS_PROPOSED', 'CONFIRMED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "RecruiterReportSource" AS ENUM ('REPORT', 'FEE_PAYMENT', 'CASE', 'FAMILY');

-- CreateTable
CREATE TABLE "RecruiterIdentifier" (
    "id" UUID NOT NULL,
    "kind" "RecruiterIdKind" NOT NULL,
    "value" TEXT NOT NULL,
    "display" TEXT NOT NULL,
    "status" "RecruiterStatus" NOT NULL DEFAULT 'UNDER_REVIEW',
    "label" TEXT,
    "mergedIntoId" UUID,
    "proposedById" UUID,
    "proposalNote" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecruiterIdentifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecruiterReport" (
    "id" UUID NOT NULL,
    "identifierId" UUID NOT NULL,
    "source" "RecruiterReportSource" NOT NULL,
    "sourceId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecruiterReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyContact" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "kind" "RecruiterIdKind" NOT NULL,
    "value" TEXT NOT NULL,
    "display" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgencyContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecruiterIdentifier_mergedIntoId_idx" ON "RecruiterIdentifier"("mergedIntoId");

-- CreateIndex
CREATE INDEX "RecruiterIdentifier_status_updatedAt_idx" ON "RecruiterIdentifier"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RecruiterIdentifier_kind_value_key" ON "RecruiterIdentifier"("kind", "value");

-- CreateIndex
CREATE INDEX "RecruiterReport_identifierId_createdAt_idx" ON "RecruiterReport"("identifierId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RecruiterReport_identifierId_source_sourceId_key" ON "RecruiterReport"("identifierId", "source", "sourceId");

-- CreateIndex
CREATE INDEX "AgencyContact_agencyId_idx" ON "AgencyContact"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyContact_kind_value_key" ON "AgencyContact"("kind", "value");

-- AddForeignKey
ALTER TABLE "RecruiterIdentifier" ADD CONSTRAINT "RecruiterIdentifier_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "RecruiterIdentifier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecruiterReport" ADD CONSTRAINT "RecruiterReport_identifierId_fkey" FOREIGN KEY ("identifierId") REFERENCES "RecruiterIdentifier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyContact" ADD CONSTRAINT "AgencyContact_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
