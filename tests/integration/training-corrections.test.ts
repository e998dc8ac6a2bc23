// Corrections to training content already in a database: the migration that fixes the Saudi quiz
// (999 marked wrong) must reach every copy of the old question, and what is stored afterwards must
// never mark an emergency number wrong.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { wrongEmergencyAnswers } from "~/domain/training/training.rules";

const MIGRATION = path.resolve(
  import.meta.dirname,
  "../../prisma/migrations/20261130120000_correct_emergency_quiz_answers/migration.sql",
);
const SECOND = path.resolve(
  import.meta.dirname,
  "../../prisma/migrations/20261130190000_training_content_corrections/migration.sql",
);
const OLD_SA = {
  promptEn: "Which number is free, 24 hours, inside Saudi Arabia?",
  promptSw: "Nambari ipi ni ya bure, saa 24, ndani ya Saudi Arabia?",
  options: [
    { en: "999", sw: "999" },
    { en: "16008", sw: "16008" },
    {
      en: "8001000352 (Kenya's consulate in Jeddah)",
      sw: "8001000352 (ubalozi mdogo wa Kenya Jeddah)",
    },
  ],
  correctIndex: 2,
  explanationEn: "The Jeddah consulate's toll-free line answers day and night.",
  explanationSw: "Nambari ya bure ya ubalozi mdogo wa Jeddah hujibu mchana na usiku.",
};
const OLD_QA = {
  promptEn: "What is the Qatar Ministry of Labour hotline?",
  promptSw: "Nambari ya Wizara ya Kazi ya Qatar ni ipi?",
  options: [
    { en: "999", sw: "999" },
    { en: "0800 222 223", sw: "0800 222 223" },
    { en: "16008", sw: "16008" },
  ],
  correctIndex: 2,
  explanationEn: "16008 is the Ministry's line; 0800 222 223 is NEA's line in Kenya.",
  explanationSw: "16008 ni nambari ya Wizara; 0800 222 223 ni ya NEA nchini Kenya.",
};

async function storedProblems() {
  const questions = await db.quizQuestion.findMany({
    include: { module: { select: { slug: true, version: true } } },
  });
  return questions.flatMap((q) => {
    const bad = wrongEmergencyAnswers({
      options: q.options as { en: string; sw: string }[],
      correct: q.correctIndex,
    });
    return bad.map(
      (o) => `${q.module.slug} v${q.module.version}: "${q.promptEn}" marks "${o}" wrong`,
    );
  });
}

async function oldVersion(
  slug: string,
  countryCode: string,
  version: number,
  question: typeof OLD_SA,
) {
  return db.trainingModule.create({
    data: {
      slug,
      version,
      kind: "COUNTRY",
      countryCode,
      position: 101,
      published: version % 2 === 0,
      titleEn: "Old",
      titleSw: "Zamani",
      summaryEn: "Old",
      summarySw: "Zamani",
      lessons: { create: [{ position: 1, titleEn: "L", titleSw: "S", bodyEn: "b", bodySw: "b" }] },
      questions: {
        create: [
          {
            position: 1,
            promptEn: "First",
            promptSw: "Kwanza",
            options: [
              { en: "a", sw: "a" },
              { en: "b", sw: "b" },
            ],
            correctIndex: 0,
            explanationEn: "e",
            explanationSw: "e",
          },
          { position: 2, ...question },
        ],
      },
    },
  });
}

describe("training content corrections", () => {
  it("the seeded catalogue marks no emergency number wrong", async () => {
    expect(await db.quizQuestion.count()).toBeGreaterThan(30);
    expect(await storedProblems()).toEqual([]);
  });

  it("the migration corrects every stored copy of the old Saudi and Qatar questions, and only those", async () => {
    const sa = [
      await oldVersion("country-sa", "SA", 90, OLD_SA),
      await oldVersion("country-sa", "SA", 91, OLD_SA),
    ];
    const qa = await oldVersion("country-qa", "QA", 90, OLD_QA);
    expect((await storedProblems()).length).toBe(3); // the old answer keys fail the rule
    const untouched = await db.quizQuestion.findMany({
      where: { promptEn: { not: OLD_SA.promptEn } },
      orderBy: { id: "asc" },
    });

    await db.$executeRawUnsafe(readFileSync(MIGRATION, "utf8"));

    expect(await storedProblems()).toEqual([]);
    for (const m of sa) {
      const qs = await db.quizQuestion.findMany({
        where: { moduleId: m.id },
        orderBy: { position: "asc" },
      });
      expect(qs.map((q) => q.position)).toEqual([1, 2, 3]);
      const danger = qs[1]!;
      expect(danger.promptEn).toMatch(/danger/);
      expect((danger.options as { en: string }[])[danger.correctIndex]!.en).toMatch(/911.*999/);
      const jeddah = qs[2]!;
      expect((jeddah.options as { en: string }[])[jeddah.correctIndex]!.en).toBe("8001000352");
    }
    const hotline = await db.quizQuestion.findFirstOrThrow({
      where: { moduleId: qa.id, position: 2 },
    });
    expect((hotline.options as { en: string }[])[hotline.correctIndex]!.en).toBe("16008");
    expect(hotline.explanationEn).toMatch(/999/);
    // Questions that were right already are as they were (the seeded Qatar hotline question included).
    const after = await db.quizQuestion.findMany({
      where: { id: { in: untouched.map((q) => q.id) } },
      orderBy: { id: "asc" },
    });
    expect(after.filter((q) => q.moduleId !== qa.id)).toEqual(
      untouched.filter((q) => q.moduleId !== qa.id),
    );
  });

  it("the second correction (issue 22 §1) reaches every stored copy: approval before travel, the Saudi minimum wage, the passport rule, the Kiswahili rest day", async () => {
    const OLD = {
      journeyEn: "3. A **contract** that NEA checks and approves **before you sign it**.",
      saEn: "There is no minimum wage: the wage in your approved contract is what you must be paid, every month.",
      passportEn:
        "- **You keep your own passport** and residence card. An employer or agency that takes them breaks the law in the UAE, Qatar, Kuwait and Saudi Arabia.",
      restSw: "una **siku ya mapumziko ya wiki yenye malipo ya saa 24**.",
    };
    // The seeded catalogue says none of it any more.
    const said = async (text: string) =>
      db.trainingLesson.count({
        where: { OR: [{ bodyEn: { contains: text } }, { bodySw: { contains: text } }] },
      });
    for (const old of Object.values(OLD)) expect(await said(old), old).toBe(0);
    expect(await said("SAR 1,000")).toBeGreaterThan(0);
    expect(await said("never sign such a request")).toBeGreaterThan(0);

    // An old copy (as a database made before the fix holds it) is corrected by the migration.
    const m = await oldVersion("country-sa", "SA", 92, OLD_SA);
    const lesson = await db.trainingLesson.findFirstOrThrow({ where: { moduleId: m.id } });
    await db.trainingLesson.update({
      where: { id: lesson.id },
      data: { bodyEn: Object.values(OLD).slice(0, 3).join("\n\n"), bodySw: OLD.restSw },
    });
    const q = await db.quizQuestion.findFirstOrThrow({ where: { moduleId: m.id, position: 1 } });
    await db.quizQuestion.update({
      where: { id: q.id },
      data: {
        promptEn: "When must NEA approve your contract?",
        options: [
          { en: "After you arrive abroad", sw: "Baada ya kufika ng'ambo" },
          {
            en: "Before you sign it and leave Kenya",
            sw: "Kabla hujautia sahihi na kuondoka Kenya",
          },
        ],
      },
    });
    await db.$executeRawUnsafe(readFileSync(SECOND, "utf8"));
    const fixed = await db.trainingLesson.findUniqueOrThrow({ where: { id: lesson.id } });
    for (const old of Object.values(OLD)) {
      expect(fixed.bodyEn).not.toContain(old);
      expect(fixed.bodySw).not.toContain(old);
    }
    expect(fixed.bodyEn).toContain("approved by the Kenyan government");
    expect(fixed.bodyEn).toContain("SAR 1,000 a month");
    expect(fixed.bodyEn).toContain("never sign such a request");
    expect(fixed.bodySw).toContain("siku ya mapumziko ya saa 24 yenye malipo kila wiki");
    const fq = await db.quizQuestion.findUniqueOrThrow({ where: { id: q.id } });
    expect(fq.promptEn).toBe("When must the government approve your contract?");
    expect(JSON.stringify(fq.options)).toContain("Before you leave Kenya");
    expect(JSON.stringify(fq.options)).not.toContain("sign it");
  });
});
