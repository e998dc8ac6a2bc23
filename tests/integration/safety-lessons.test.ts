// The safety lessons a fact-check found missing (issue 22 §2): in the seed for new databases, and
// added by a migration to databases made before them — once, however often it runs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { SAFETY_ADDITIONS } from "~/domain/training/catalogue.safety";
import { CATALOGUE } from "~/domain/training/catalogue.data";
import { wrongEmergencyAnswers } from "~/domain/training/training.rules";

const MIGRATION = path.resolve(
  import.meta.dirname,
  "../../prisma/migrations/20261130230000_safety_lessons/migration.sql",
);

const added = Object.entries(SAFETY_ADDITIONS).flatMap(([slug, a]) => [
  ...a.lessons.map((l) => ({ slug, kind: "lesson" as const, title: l.title.en })),
  ...a.questions.map((q) => ({ slug, kind: "question" as const, title: q.prompt.en })),
]);

async function countOf(item: (typeof added)[number]) {
  const module = { slug: item.slug };
  return item.kind === "lesson"
    ? db.trainingLesson.count({ where: { module, titleEn: item.title } })
    : db.quizQuestion.count({ where: { module, promptEn: item.title } });
}

describe("safety lessons (issue 22 §2)", () => {
  it("cover what the fact-check found missing, in English and Kiswahili", () => {
    const text = (slug: string) =>
      JSON.stringify(CATALOGUE.find((m) => m.slug === slug)!.lessons).toLowerCase();
    expect(text("country-sa")).toMatch(/huroob/);
    expect(text("country-sa")).toMatch(/within 12 months of the end of the contract/);
    expect(text("country-sa")).toMatch(/musaned/);
    expect(text("country-ae")).toMatch(/5 days/);
    expect(text("country-ae")).toMatch(/mohre/);
    expect(text("country-qa")).toMatch(/72 hours/);
    expect(text("country-qa")).toMatch(/no-objection certificate/);
    expect(text("country-qa")).toMatch(/qatar visa centre/);
    expect(text("staying-safe")).toMatch(/sexual/);
    expect(text("staying-safe")).toMatch(/m-pesa pin/);
    for (const [, a] of Object.entries(SAFETY_ADDITIONS))
      for (const t of [...a.lessons.map((l) => l.body), ...a.questions.map((q) => q.prompt)]) {
        expect(t.en.length).toBeGreaterThan(20);
        expect(t.sw.length).toBeGreaterThan(20);
        expect(t.sw).not.toBe(t.en);
      }
    // No new question marks an emergency number wrong.
    for (const [, a] of Object.entries(SAFETY_ADDITIONS))
      for (const q of a.questions) expect(wrongEmergencyAnswers(q)).toEqual([]);
  });

  it("a database made before them gets each lesson and question once, after the existing ones", async () => {
    for (const item of added) expect(await countOf(item), item.title).toBe(1); // from the seed
    // As before the lessons existed.
    for (const item of added)
      if (item.kind === "lesson")
        await db.trainingLesson.deleteMany({
          where: { module: { slug: item.slug }, titleEn: item.title },
        });
      else
        await db.quizQuestion.deleteMany({
          where: { module: { slug: item.slug }, promptEn: item.title },
        });
    for (const item of added) expect(await countOf(item)).toBe(0);
    const sql = readFileSync(MIGRATION, "utf8");
    await db.$executeRawUnsafe(sql);
    await db.$executeRawUnsafe(sql); // a second run adds nothing
    for (const item of added) expect(await countOf(item), item.title).toBe(1);
    const sa = await db.trainingModule.findFirstOrThrow({
      where: { slug: "country-sa" },
      include: { lessons: { orderBy: { position: "asc" } } },
    });
    expect(sa.lessons.map((l) => l.position)).toEqual(sa.lessons.map((_, i) => i + 1));
    expect(sa.lessons.at(-1)!.titleEn).toBe("Your wages and your residence card");
  });
});
