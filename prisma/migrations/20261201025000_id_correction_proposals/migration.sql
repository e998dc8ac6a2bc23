-- A new national ID on a record officials relied on is applied only when a second official
-- confirms it (ADR 0016): it decides whose contracts the record catches.
ALTER TYPE "ProposalKind" ADD VALUE 'ID_CORRECTION' AFTER 'RECORD_LINK';
