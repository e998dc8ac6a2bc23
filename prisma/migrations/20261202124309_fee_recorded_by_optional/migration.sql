-- AlterTable
ALTER TABLE "FeePayment" ALTER COLUMN "recordedById" DROP NOT NULL;
