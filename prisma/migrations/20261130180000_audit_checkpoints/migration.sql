-- The audit chain's ends (issue 15 §8, ADR 0018): the chain head is checkpointed at an interval,
-- signed with a key the database does not hold. The app role may only read and append here.
CREATE TABLE "AuditCheckpoint" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "count" BIGINT NOT NULL,
    "headSeq" BIGINT NOT NULL,
    "headHash" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AuditCheckpoint_headSeq_idx" ON "AuditCheckpoint"("headSeq");
