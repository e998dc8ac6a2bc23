-- A worker account claiming a record someone else made proves it with a one-time code sent to the
-- contact recorded on that record (issue 15 §2).
CREATE TABLE "RecordClaim" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "workerId" UUID,
    "codeHash" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "linkedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RecordClaim_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "RecordClaim_userId_createdAt_idx" ON "RecordClaim"("userId", "createdAt");
CREATE INDEX "RecordClaim_workerId_createdAt_idx" ON "RecordClaim"("workerId", "createdAt");
ALTER TABLE "RecordClaim" ADD CONSTRAINT "RecordClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RecordClaim" ADD CONSTRAINT "RecordClaim_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE SET NULL ON UPDATE CASCADE;
