-- An independent review found that one NEA supervisor could upload an agency list and so grant
-- licences (rows with status ACTIVE) alone. An import becomes a proposal a second official confirms
-- (ADR 0016); officers may now prepare one.
ALTER TYPE "ProposalKind" ADD VALUE 'AGENCY_IMPORT';
