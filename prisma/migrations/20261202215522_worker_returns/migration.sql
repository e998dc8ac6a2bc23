-- CreateEnum
CREATE TYPE "ReturnReason" AS ENUM ('CONTRACT_ENDED', 'UNPAID_WAGES', 'ABUSE', 'ILLNESS', 'FAMILY', 'EMPLOYER_ENDED', 'DEPORTED', 'OTHER');

-- CreateEnum
CREATE TYPE "ReturnRecorder" AS ENUM ('WORKER', 'MISSION', 'NEA_DESK');

-- CreateEnum
CREATE TYPE "ReintegrationKind" AS ENUM ('COUNSELLING', 'SKILLS_RECOGNITION', 'BUSINESS_TRAINING', 'HEALTH', 'LEGAL_AID');

-- CreateEnum
CREATE TYPE "ReintegrationStatus" AS ENUM ('REQUESTED', 'SENT', 'ACCEPTED', 'DECLINED', 'CLOSED');

-- CreateEnum
CREATE TYPE "GoAgain" AS ENUM ('YES', 'NO', 'UNSURE');

-- CreateEnum
CREATE TYPE "ReturnSkill" AS ENUM ('COOKING', 'CHILDCARE', 'ELDERLY_CARE', 'CLEANING', 'DRIVING', 'LANGUAGE', 'OTHER');

-- CreateTable
CREATE TABLE "WorkerReturn" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "missionId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "returnedOn" DATE NOT NULL,
    "early" BOOLEAN NOT NULL,
    "reason" "ReturnReason" NOT NULL,
    "note" TEXT,
    "recordedBy" "ReturnRecorder" NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkerReturn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReturnDebrief" (
    "id" UUID NOT NULL,
    "returnId" UUID NOT NULL,
    "paidInFull" BOOLEAN NOT NULL,
    "owedAmount" DECIMAL(12,2),
    "owedCurrency" CHAR(3),
    "passportKept" BOOLEAN NOT NULL,
    "contractRespected" BOOLEAN NOT NULL,
    "abused" BOOLEAN NOT NULL,
    "goAgain" "GoAgain" NOT NULL,
    "sameAgency" BOOLEAN,
    "skills" "ReturnSkill"[] DEFAULT ARRAY[]::"ReturnSkill"[],
    "help" "ReintegrationKind"[] DEFAULT ARRAY[]::"ReintegrationKind"[],
    "answeredBy" "ReturnRecorder" NOT NULL,
    "answeredById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReturnDebrief_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReintegrationService" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ReintegrationKind" NOT NULL,
    "counties" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "address" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReintegrationService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReintegrationReferral" (
    "id" UUID NOT NULL,
    "returnId" UUID NOT NULL,
    "kind" "ReintegrationKind" NOT NULL,
    "serviceId" UUID,
    "status" "ReintegrationStatus" NOT NULL DEFAULT 'REQUESTED',
    "note" TEXT,
    "outcome" TEXT,
    "outcomeAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "requestedById" UUID,
    "sentById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReintegrationReferral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkerReturn_registrationId_key" ON "WorkerReturn"("registrationId");

-- CreateIndex
CREATE INDEX "WorkerReturn_createdAt_id_idx" ON "WorkerReturn"("createdAt", "id");

-- CreateIndex
CREATE INDEX "WorkerReturn_workerId_idx" ON "WorkerReturn"("workerId");

-- CreateIndex
CREATE INDEX "WorkerReturn_agencyId_returnedOn_idx" ON "WorkerReturn"("agencyId", "returnedOn");

-- CreateIndex
CREATE INDEX "WorkerReturn_countryCode_returnedOn_idx" ON "WorkerReturn"("countryCode", "returnedOn");

-- CreateIndex
CREATE UNIQUE INDEX "ReturnDebrief_returnId_key" ON "ReturnDebrief"("returnId");

-- CreateIndex
CREATE INDEX "ReintegrationService_kind_active_name_idx" ON "ReintegrationService"("kind", "active", "name");

-- CreateIndex
CREATE INDEX "ReintegrationReferral_status_createdAt_idx" ON "ReintegrationReferral"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ReintegrationReferral_serviceId_idx" ON "ReintegrationReferral"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "ReintegrationReferral_returnId_kind_key" ON "ReintegrationReferral"("returnId", "kind");

-- AddForeignKey
ALTER TABLE "WorkerReturn" ADD CONSTRAINT "WorkerReturn_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "MissionRegistration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnDebrief" ADD CONSTRAINT "ReturnDebrief_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "WorkerReturn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReintegrationReferral" ADD CONSTRAINT "ReintegrationReferral_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "WorkerReturn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReintegrationReferral" ADD CONSTRAINT "ReintegrationReferral_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "ReintegrationService"("id") ON DELETE SET NULL ON UPDATE CASCADE;
