-- A contract's decision follows the recommendation (as for licences): an officer recommends
-- approval (RECOMMENDED) or rejection (RECOMMENDED_REJECTION), and a second official decides.
ALTER TYPE "ContractStatus" ADD VALUE 'RECOMMENDED_REJECTION' AFTER 'RECOMMENDED';
