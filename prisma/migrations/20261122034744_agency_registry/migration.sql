-- Substring search on agency names and licence numbers (served by a trigram index). pg_trgm is a
-- trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PREVIEWED', 'RUNNING', 'DONE', 'FAILED');

-- DropIndex
DROP INDEX "Agency_searchName_idx";

-- AlterTable
ALTER TABLE "Complaint" DROP COLUMN "reporterContact",
ADD COLUMN     "reporterEmail" TEXT,
ADD COLUMN     "reporterLocale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "reporterPhone" TEXT;

-- AlterTable
ALTER TABLE "LicenceAction" ADD COLUMN     "hearingDate" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Counter" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "csv" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'PREVIEWED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "valid" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportRun_actorId_createdAt_idx" ON "ImportRun"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportRun_status_idx" ON "ImportRun"("status");

-- CreateIndex
CREATE INDEX "Agency_searchName_id_idx" ON "Agency"("searchName", "id");

-- CreateIndex
CREATE INDEX "Agency_searchName_trgm_idx" ON "Agency" USING GIN ("searchName" gin_trgm_ops);
