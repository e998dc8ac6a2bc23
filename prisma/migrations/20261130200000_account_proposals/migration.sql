-- An independent review found that one admin could create a second NEA supervisor (or reset an
-- official's second factor) and so take any two-official decision alone. Officials' accounts and
-- resets of their second factor become proposals another admin confirms (ADR 0016).
ALTER TYPE "ProposalKind" ADD VALUE 'OFFICIAL_ACCOUNT';
ALTER TYPE "ProposalKind" ADD VALUE 'SECOND_FACTOR_RESET';
