-- Rule-set corrections (issue 22 §4), for databases seeded before them; new databases get the same
-- from the seed (app/domain/compliance/rule-sets.data.ts). Each seeded version 1 started on
-- 2024-01-01, the research snapshot: each now starts on the day its source took effect, so a contract
-- dated earlier gets only the international baseline, never rules that were not yet law.
-- Only rows still as seeded are touched (version 1, effective 2024-01-01): NEA's own versions stay.

CREATE TEMP TABLE rule_set_start (country char(2), category text, starts timestamp(3), source text);
INSERT INTO rule_set_start VALUES
  ('SA', 'DOMESTIC_WORKER', '2024-09-21', 'Ministerial Decision 40676 of 2 October 2023 (domestic workers regulation), in force one Hijri year after issue, on 21 September 2024 (migrant-rights.org, 2023-10-17) [likely]'),
  ('AE', 'DOMESTIC_WORKER', '2022-12-15', 'Federal Decree-Law 9/2022 on domestic workers, in force 15 December 2022 (u.ae; §3) [likely]'),
  ('QA', 'DOMESTIC_WORKER', '2021-03-20', 'Law 15/2017 (domestic workers, 2017) with the minimum wage of Law 17/2020, in force 20 March 2021 (§3) [solid]: a contract dated earlier gets only the baseline'),
  ('QA', NULL, '2021-03-20', 'Law 17/2020 (minimum wage for all workers), in force 20 March 2021 (§3) [solid]'),
  ('KW', 'DOMESTIC_WORKER', '2016-07-24', 'Law 68/2015 with Ministerial Decision 2302/2016 (minimum wage KWD 60), in force 24 July 2016 (gulfmigration.grc.net) [solid]'),
  ('OM', 'DOMESTIC_WORKER', '2025-10-13', 'Ministerial Resolution 574/2025, issued 9 October 2025 and in force the following Monday, 13 October 2025 (muscatdaily.com 2025-10-12; omanobserver.om) [likely]'),
  ('BH', 'DOMESTIC_WORKER', '2024-01-01', 'Research snapshot: the day these values took effect was not established [placeholder]'),
  ('JO', 'DOMESTIC_WORKER', '2024-01-01', 'Research snapshot: the day these values took effect was not established [placeholder]'),
  ('LB', 'DOMESTIC_WORKER', '2024-01-01', 'Research snapshot: the day these values took effect was not established [placeholder]');

UPDATE "BlmaRuleSet" r
   SET "effectiveFrom" = s.starts,
       "note" = coalesce(r."note", '') || '. In force from ' || to_char(s.starts, 'YYYY-MM-DD') || ': ' || s.source
  FROM rule_set_start s
 WHERE r."countryCode" = s.country
   AND r."jobCategory"::text IS NOT DISTINCT FROM s.category
   AND r."version" = 1
   AND r."effectiveFrom" = '2024-01-01'
   AND r."note" NOT LIKE '%In force from%';

-- Saudi Arabia: the 2023 regulation sets no minimum wage; SAR 1,000 (the Kenyan embassy's notice of
-- November 2025) applies from 1 February 2026, as its own version.
UPDATE "BlmaRuleSet"
   SET "rules" = jsonb_set("rules"::jsonb, '{minWage}', '{"value": null, "src": "No statutory minimum in the 2023 regulation (migrant-rights.org 2023-10-17)", "tag": "likely"}')
 WHERE "countryCode" = 'SA' AND "jobCategory" = 'DOMESTIC_WORKER' AND "version" = 1
   AND "effectiveFrom" = '2024-09-21' AND "rules"::jsonb #>> '{minWage,tag}' = 'unsure';
INSERT INTO "BlmaRuleSet" ("id", "countryCode", "jobCategory", "version", "status", "effectiveFrom", "rules", "note")
SELECT gen_random_uuid(), 'SA', 'DOMESTIC_WORKER'::"JobCategory",
       (SELECT max("version") + 1 FROM "BlmaRuleSet" WHERE "countryCode" = 'SA' AND "jobCategory" = 'DOMESTIC_WORKER'),
       'PUBLISHED'::"BlmaRuleSetStatus", '2026-02-01',
       jsonb_set(v1."rules"::jsonb, '{minWage}', '{"value": {"amount": 1000}, "src": "Kenyan embassy notice, November 2025: SAR 1,000 from 1 February 2026 (§2); not yet seen in a Saudi legal text", "tag": "unsure"}'),
       'Domestic workers: BLA 2017; KSA 2023 regulation; SAR 1,000 minimum from February 2026. In force from 2026-02-01: Embassy of Kenya in Riyadh, notice of November 2025: a minimum monthly wage of SAR 1,000 for Kenyan domestic workers from February 2026 (§2) [likely]'
  FROM "BlmaRuleSet" v1
 WHERE v1."countryCode" = 'SA' AND v1."jobCategory" = 'DOMESTIC_WORKER' AND v1."version" = 1
   AND v1."effectiveFrom" = '2024-09-21'
   AND NOT EXISTS (SELECT 1 FROM "BlmaRuleSet" x WHERE x."countryCode" = 'SA' AND x."jobCategory" = 'DOMESTIC_WORKER' AND x."effectiveFrom" = '2026-02-01');

-- Qatar: probation up to 3 months (Ministerial Decision 39/2018); the passport rule of Law 21/2015 art. 8
-- (the employer may keep it only at the worker's written request); no age limit for all workers.
UPDATE "BlmaRuleSet"
   SET "rules" = jsonb_set(jsonb_set("rules"::jsonb,
         '{probationMaxDays}', '{"value": 90, "src": "Ministerial Decision 39/2018 (domestic worker contract): probation up to 3 months", "tag": "likely"}'),
         '{passportKeptByWorker}', '{"value": true, "src": "Law 21/2015 Art 8: the employer may keep it only if the worker asks in writing", "tag": "likely"}')
 WHERE "countryCode" = 'QA' AND "jobCategory" = 'DOMESTIC_WORKER' AND "version" = 1 AND "effectiveFrom" = '2021-03-20';
UPDATE "BlmaRuleSet"
   SET "rules" = jsonb_set(jsonb_set("rules"::jsonb,
         '{maxWorkerAge}', '{"value": null, "src": "none found for all workers (the age of 60 is in the domestic-worker rules only)", "tag": "placeholder"}'),
         '{passportKeptByWorker}', '{"value": true, "src": "Law 21/2015 Art 8: the employer may keep it only if the worker asks in writing", "tag": "likely"}')
 WHERE "countryCode" = 'QA' AND "jobCategory" IS NULL AND "version" = 1 AND "effectiveFrom" = '2021-03-20';

-- UAE end of service is disputed (14 days a year per a 2022 ministry statement, none per 2023 advice):
-- encoded as unsure, so it only warns.
UPDATE "BlmaRuleSet"
   SET "rules" = jsonb_set("rules"::jsonb, '{endOfService}', '{"value": {"daysPerYear": 14, "rule": "14 days'' wage per year of service, if the 2022 ministry statement applies (disputed)"}, "src": "disputed: 14 days a year per a 2022 ministry statement; none per 2023 advice (DL 9/2022 §3)", "tag": "unsure"}')
 WHERE "countryCode" = 'AE' AND "jobCategory" = 'DOMESTIC_WORKER' AND "version" = 1 AND "effectiveFrom" = '2022-12-15';

-- Kuwait: the passport rule's source, as the training text now teaches it.
UPDATE "BlmaRuleSet"
   SET "rules" = jsonb_set("rules"::jsonb, '{passportKeptByWorker,src}', '"Law 68/2015 Art 22(4): the employer may keep it only with the worker''s consent"')
 WHERE "countryCode" = 'KW' AND "jobCategory" = 'DOMESTIC_WORKER' AND "version" = 1 AND "effectiveFrom" = '2016-07-24';

-- Lebanon: migrant domestic workers' wages are set in US dollars, as the rule set says.
UPDATE "Country" SET "currency" = 'USD' WHERE "code" = 'LB' AND "currency" = 'LBP';

DROP TABLE rule_set_start;
