-- AlterTable
ALTER TABLE "Worker" ADD COLUMN     "checkInPinSetAt" TIMESTAMP(3);
