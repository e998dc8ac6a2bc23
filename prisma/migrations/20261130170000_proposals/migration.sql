-- Four eyes on the decisions that were single-step (issue 15 §4): sanctions, bulk sanctions,
-- certificate revocation and rule-set publication are proposed by one official and confirmed by another.
CREATE TYPE "ProposalKind" AS ENUM ('AGENCY_SANCTION', 'BULK_SANCTION', 'CERTIFICATE_REVOCATION', 'RULE_SET_PUBLICATION');
CREATE TYPE "ProposalStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'REFUSED', 'WITHDRAWN');

CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PROPOSED',
    "subjectId" UUID,
    "input" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "proposedById" UUID NOT NULL,
    "decidedById" UUID,
    "decisionNote" TEXT,
    "result" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Proposal_status_createdAt_idx" ON "Proposal"("status", "createdAt");
CREATE INDEX "Proposal_subjectId_status_idx" ON "Proposal"("subjectId", "status");
-- One open proposal per agency, certificate or rule set at a time (not part of the Prisma schema).
CREATE UNIQUE INDEX "Proposal_one_open_per_subject" ON "Proposal"("kind", "subjectId") WHERE "status" = 'PROPOSED' AND "subjectId" IS NOT NULL;
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
