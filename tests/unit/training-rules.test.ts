import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CATALOGUE } from "~/domain/training/catalogue.data";
import {
  addMonths,
  certificateGaps,
  certificateStatus,
  courseFor,
  gradeQuiz,
  IN_PERSON_PASS_SCORE,
  IN_PERSON_VALID_MONTHS,
  progressPercent,
} from "~/domain/training/training.rules";

describe("quiz grading", () => {
  it("scores the share of right answers and lists the wrong ones", () => {
    expect(gradeQuiz([0, 1, 2], [0, 1, 2], 70)).toEqual({ score: 100, passed: true, wrong: [] });
    expect(gradeQuiz([0, 1, 2], [0, 2, 2], 70)).toEqual({ score: 67, passed: false, wrong: [1] });
    expect(gradeQuiz([0, 1, 2], [0, null, undefined], 70)).toEqual({
      score: 33,
      passed: false,
      wrong: [1, 2],
    });
    expect(gradeQuiz([], [], 0).passed).toBe(false); // an empty quiz never passes
  });

  it("never passes below the pass mark and always passes all-right answers (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 100 }),
        (correct, answers, pass) => {
          const g = gradeQuiz(correct, answers, pass);
          expect(g.passed).toBe(g.score >= pass);
          expect(gradeQuiz(correct, correct, pass).passed).toBe(true);
        },
      ),
    );
  });
});

describe("course and certificate rules", () => {
  const modules = [
    { slug: "a", kind: "CORE" as const, countryCode: null },
    { slug: "b", kind: "CORE" as const, countryCode: null },
    { slug: "qa", kind: "COUNTRY" as const, countryCode: "QA" },
    { slug: "sa", kind: "COUNTRY" as const, countryCode: "SA" },
  ];
  const now = new Date("2026-11-22T00:00:00Z");

  it("a destination's course is every core module and that country's module", () => {
    expect(courseFor(modules, "QA").map((m) => m.slug)).toEqual(["a", "b", "qa"]);
    expect(courseFor(modules, "KW").map((m) => m.slug)).toEqual(["a", "b"]);
  });

  it("lists what is missing: modules not passed and a recent, passed in-person course", () => {
    const required = ["a", "b", "qa"];
    const recent = { score: IN_PERSON_PASS_SCORE, completedAt: addMonths(now, -1) };
    expect(
      certificateGaps({ required, passed: new Set(["a", "b", "qa"]), inPerson: [recent], now }),
    ).toEqual([]);
    expect(certificateGaps({ required, passed: new Set(["a"]), inPerson: [recent], now })).toEqual([
      { kind: "MODULE", slug: "b" },
      { kind: "MODULE", slug: "qa" },
    ]);
    expect(certificateGaps({ required, passed: new Set(required), inPerson: [], now })).toEqual([
      { kind: "IN_PERSON" },
    ]);
    expect(
      certificateGaps({
        required,
        passed: new Set(required),
        inPerson: [{ score: IN_PERSON_PASS_SCORE - 1, completedAt: recent.completedAt }],
        now,
      }),
    ).toEqual([{ kind: "IN_PERSON" }]);
    expect(
      certificateGaps({
        required,
        passed: new Set(required),
        inPerson: [{ score: 90, completedAt: addMonths(now, -IN_PERSON_VALID_MONTHS - 1) }],
        now,
      }),
    ).toEqual([{ kind: "IN_PERSON" }]);
  });

  it("a certificate is valid until it expires or is revoked", () => {
    expect(certificateStatus({ expiresAt: addMonths(now, 1), revokedAt: null }, now)).toBe("VALID");
    expect(certificateStatus({ expiresAt: now, revokedAt: null }, now)).toBe("EXPIRED");
    expect(certificateStatus({ expiresAt: addMonths(now, 1), revokedAt: now }, now)).toBe(
      "REVOKED",
    );
  });

  it("progress counts lessons read and quizzes passed", () => {
    expect(progressPercent([{ lessons: 2, read: 0, passed: false }])).toBe(0);
    expect(progressPercent([{ lessons: 2, read: 2, passed: false }])).toBe(67);
    expect(
      progressPercent([
        { lessons: 2, read: 2, passed: true },
        { lessons: 1, read: 0, passed: false },
      ]),
    ).toBe(60);
    expect(progressPercent([])).toBe(0);
  });
});

describe("the seeded catalogue", () => {
  it("has the 11 core modules and Saudi Arabia, UAE and Qatar modules, all complete in both languages", () => {
    expect(CATALOGUE.filter((m) => m.kind === "CORE")).toHaveLength(11);
    expect(
      CATALOGUE.filter((m) => m.kind === "COUNTRY")
        .map((m) => m.countryCode)
        .sort(),
    ).toEqual(["AE", "QA", "SA"]);
    expect(new Set(CATALOGUE.map((m) => m.slug)).size).toBe(CATALOGUE.length);
    const texts = (m: (typeof CATALOGUE)[number]) => [
      m.title,
      m.summary,
      ...m.lessons.flatMap((l) => [l.title, l.body]),
      ...m.questions.flatMap((q) => [q.prompt, q.explanation, ...q.options]),
    ];
    for (const m of CATALOGUE) {
      expect(m.lessons.length, m.slug).toBeGreaterThan(0);
      expect(m.questions.length, m.slug).toBeGreaterThanOrEqual(3);
      for (const t of texts(m)) {
        expect(t.en.trim(), m.slug).not.toBe("");
        expect(t.sw.trim(), m.slug).not.toBe("");
        expect(t.sw, `${m.slug}: Kiswahili must not be a copy of the English`).not.toBe(
          t.en.length > 12 ? t.en : `${t.en}\u0000`,
        );
      }
      for (const q of m.questions) expect(q.correct, m.slug).toBeLessThan(q.options.length);
      // Correct answers are not always in the same place.
    }
    expect(new Set(CATALOGUE.flatMap((m) => m.questions.map((q) => q.correct))).size).toBe(3);
  });
});
