-- The cities a mission's worker list filters by: read from the index alone (issue 18).
CREATE INDEX "Employer_countryCode_city_idx" ON "Employer"("countryCode", "city");

-- NEA's contract queue: the open contracts in waiting order, and per destination (issue 18). With the
-- open statuses in the predicate, the queue's first page is an ordered index scan of 26 entries
-- instead of a sort of every open contract (~60,000 on the 1M bench dataset).
CREATE INDEX "Contract_open_queue_idx" ON "Contract"("submittedAt", "id")
  WHERE "status" IN ('SUBMITTED', 'UNDER_REVIEW', 'RECOMMENDED', 'RECOMMENDED_REJECTION');
CREATE INDEX "Contract_open_queue_country_idx" ON "Contract"("countryCode", "submittedAt", "id")
  WHERE "status" IN ('SUBMITTED', 'UNDER_REVIEW', 'RECOMMENDED', 'RECOMMENDED_REJECTION');
