-- A record made by a training institution (or any record with no phone or email) can never be claimed
-- with a code, so its worker could not reach her contract (an independent review). An NEA officer who
-- has seen her ID card proposes linking her account to it; a second official confirms (ADR 0016).
ALTER TYPE "ProposalKind" ADD VALUE 'RECORD_LINK';
