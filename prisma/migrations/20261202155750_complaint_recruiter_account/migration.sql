-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "recruiterAccount" TEXT;
