-- Bringing a deactivated official back (password and second factor still set) is a proposal one
-- admin makes and another confirms (ADR 0016).
ALTER TYPE "ProposalKind" ADD VALUE 'OFFICIAL_REACTIVATION' AFTER 'SECOND_FACTOR_RESET';
