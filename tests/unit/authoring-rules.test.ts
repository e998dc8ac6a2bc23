// The rules of authoring: reading the nested form, and what stops a draft from being published.
import { describe, expect, it } from "vitest";
import {
  ModuleDraftSchema,
  publishProblems,
  readDraftForm,
  type DraftValues,
} from "~/domain/training/authoring.schema";
import { fieldErrorsOf } from "~/utils/validation";

const complete: DraftValues = {
  titleEn: "Money",
  titleSw: "Pesa",
  summaryEn: "Sending money home",
  summarySw: "Kutuma pesa nyumbani",
  position: "20",
  passMark: "70",
  lessons: [{ titleEn: "Banks", titleSw: "Benki", bodyEn: "Use a bank.", bodySw: "Tumia benki." }],
  questions: [
    {
      promptEn: "Safest?",
      promptSw: "Salama zaidi?",
      optionsEn: "Bank\nStranger",
      optionsSw: "Benki\nMgeni",
      correct: "1",
      explanationEn: "A bank.",
      explanationSw: "Benki.",
    },
  ],
};

describe("publishProblems", () => {
  it("passes a draft complete in both languages", () => {
    expect(publishProblems(complete)).toEqual({});
  });

  it("names each missing language, field by field", () => {
    const d = structuredClone(complete);
    d.titleSw = " ";
    d.lessons[0]!.bodyEn = "";
    d.questions[0]!.explanationSw = "";
    expect(publishProblems(d)).toEqual({
      titleSw: ["authoring.error.missingSw"],
      "lessons[0].bodyEn": ["authoring.error.missingEn"],
      "questions[0].explanationSw": ["authoring.error.missingSw"],
    });
  });

  it("needs a lesson and a question; answers in equal number, 2 to 6, with the right one among them", () => {
    expect(publishProblems({ ...complete, lessons: [], questions: [] }).form).toEqual([
      "authoring.error.needLesson",
      "authoring.error.needQuestion",
    ]);
    const q = (over: Partial<DraftValues["questions"][number]>) =>
      publishProblems({ ...complete, questions: [{ ...complete.questions[0]!, ...over }] });
    expect(q({ optionsSw: "Benki" })).toEqual({
      "questions[0].optionsSw": ["authoring.error.optionsMatch"],
    });
    expect(q({ optionsEn: "One", optionsSw: "Moja" })).toEqual({
      "questions[0].optionsEn": ["authoring.error.options"],
    });
    expect(q({ correct: "3" })).toEqual({ "questions[0].correct": ["authoring.error.correct"] });
    expect(q({ optionsEn: "Bank\n\n  \nStranger\n", optionsSw: "Benki\nMgeni" })).toEqual({}); // blank lines do not count
  });

  it("refuses a quiz that marks an emergency number wrong (the Saudi 999 answer key of 2026-11)", () => {
    const q = (over: Partial<DraftValues["questions"][number]>) =>
      publishProblems({ ...complete, questions: [{ ...complete.questions[0]!, ...over }] });
    expect(
      q({ optionsEn: "999\n16008\n8001000352", optionsSw: "999\n16008\n8001000352", correct: "3" }),
    ).toEqual({ "questions[0].correct": ["authoring.error.emergencyWrong"] });
    expect(
      q({ optionsEn: "911 or 999\n16008", optionsSw: "911 au 999\n16008", correct: "1" }),
    ).toEqual({});
  });
});

describe("the draft form", () => {
  it("reads nested fields, ignores indices past the limits, and validates", () => {
    const f = new FormData();
    for (const [k, v] of Object.entries({
      intent: "save",
      titleEn: "T",
      position: "3",
      passMark: "70",
      "lessons[1].titleEn": "Second",
      "lessons[0].bodySw": "Kwanza",
      "lessons[0].remove": "on",
      "lessons[99].titleEn": "x",
      "questions[0].correct": "2",
      "evil[0]": "x",
    }))
      f.append(k, v);
    const raw = readDraftForm(f);
    expect(raw.lessons).toEqual([{ bodySw: "Kwanza", remove: "on" }, { titleEn: "Second" }]);
    const parsed = ModuleDraftSchema.parse(raw);
    expect(parsed.lessons.map((l) => l.remove)).toEqual([true, false]);
    expect(parsed.lessons[1]).toMatchObject({ titleEn: "Second", titleSw: "", bodyEn: "" });
    expect(parsed.questions[0]).toMatchObject({ correct: 2, promptEn: "" });
  });

  it("reports errors under the names the form uses", () => {
    const r = ModuleDraftSchema.safeParse({
      intent: "save",
      position: "0",
      passMark: "20",
      lessons: [{ titleEn: "x".repeat(201) }],
      questions: [],
    });
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!.issues)).toEqual({
      position: ["authoring.error.position"],
      passMark: ["authoring.error.passMark"],
      "lessons[0].titleEn": ["error.tooLong"],
    });
  });
});
