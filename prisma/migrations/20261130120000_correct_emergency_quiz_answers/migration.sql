-- Training content correction (issue 22 §1). The Saudi Arabia quiz marked 999 wrong for "which number is
-- free, 24 hours, inside Saudi Arabia": 911 and 999 are Saudi emergency numbers, so it taught workers not
-- to call the police. Every version of the module that still carries that question (published or draft)
-- gets the corrected question, and the Jeddah consulate's line becomes a question of its own. The Qatar
-- quiz offered 999 (Qatar's emergency number) as a wrong answer to "the Ministry of Labour hotline".
-- New databases get the corrected text from the seed (app/domain/training/catalogue.countries.ts).

INSERT INTO "QuizQuestion" ("id", "moduleId", "position", "promptEn", "promptSw", "options", "correctIndex", "explanationEn", "explanationSw")
SELECT gen_random_uuid(), q."moduleId", (SELECT max(p."position") + 1 FROM "QuizQuestion" p WHERE p."moduleId" = q."moduleId"),
  'Which number reaches Kenya''s consulate in Jeddah free, 24 hours, inside Saudi Arabia?', 'Nambari ipi inakufikisha kwa ubalozi mdogo wa Kenya Jeddah bure, saa 24, ndani ya Saudi Arabia?', '[{"en":"8001000352","sw":"8001000352"},{"en":"0800 222 223","sw":"0800 222 223"},{"en":"16008","sw":"16008"}]'::jsonb, 0,
  'The Jeddah consulate''s toll-free line answers day and night. 0800 222 223 is NEA''s line in Kenya; 16008 is Qatar''s labour ministry.', 'Nambari ya bure ya ubalozi mdogo wa Jeddah hujibu mchana na usiku. 0800 222 223 ni nambari ya NEA nchini Kenya; 16008 ni ya wizara ya kazi ya Qatar.'
FROM "QuizQuestion" q
WHERE q."promptEn" = 'Which number is free, 24 hours, inside Saudi Arabia?';

UPDATE "QuizQuestion" SET "promptEn" = 'You are in danger in Saudi Arabia right now. Which number do you call?', "promptSw" = 'Uko hatarini Saudi Arabia sasa hivi. Unapiga nambari gani?', "options" = '[{"en":"911 (or 999): emergency and police","sw":"911 (au 999): dharura na polisi"},{"en":"0800 222 223 (NEA, in Kenya)","sw":"0800 222 223 (NEA, nchini Kenya)"},{"en":"16008","sw":"16008"}]'::jsonb, "correctIndex" = 0, "explanationEn" = '911 is Saudi Arabia''s emergency number and 999 reaches the police; both are free, day and night. When you are safe, tell the Kenyan mission: the consulate in Jeddah answers free, 24 hours, on 8001000352.', "explanationSw" = '911 ni nambari ya dharura ya Saudi Arabia na 999 ni ya polisi; zote ni bure, mchana na usiku. Ukiwa salama, ujulishe ubalozi wa Kenya: ubalozi mdogo wa Jeddah hujibu bure, saa 24, kwa 8001000352.'
WHERE "promptEn" = 'Which number is free, 24 hours, inside Saudi Arabia?';

UPDATE "QuizQuestion" SET "promptEn" = 'What is the Qatar Ministry of Labour hotline?', "promptSw" = 'Nambari ya Wizara ya Kazi ya Qatar ni ipi?', "options" = '[{"en":"0800 222 223","sw":"0800 222 223"},{"en":"16008","sw":"16008"},{"en":"8001000352","sw":"8001000352"}]'::jsonb, "correctIndex" = 1, "explanationEn" = '16008 is the Ministry''s line for labour complaints. In danger, call 999, Qatar''s emergency number. 0800 222 223 is NEA''s line in Kenya.', "explanationSw" = '16008 ni nambari ya Wizara kwa malalamiko ya kazi. Ukiwa hatarini, piga 999, nambari ya dharura ya Qatar. 0800 222 223 ni ya NEA nchini Kenya.'
WHERE "promptEn" = 'What is the Qatar Ministry of Labour hotline?' AND "options" @> '[{"en": "999"}]'::jsonb;
