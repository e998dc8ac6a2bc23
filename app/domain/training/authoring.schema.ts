// Authoring a training module: the draft form (saved as often as the author likes, either language
// may be unfinished) and the rules a draft must meet before it is published. Pure: no database.
import { z } from "zod";
import type { FieldErrors } from "~/utils/validation";
import { wrongEmergencyAnswers } from "./training.rules";

export const MAX_LESSONS = 30;
export const MAX_QUESTIONS = 30;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;
export const DRAFT_INTENTS = ["save", "add-lesson", "add-question", "publish"] as const;

const text = (max: number) => z.string().trim().max(max, "error.tooLong").default("");
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on");

export const LessonDraftSchema = z.object({
  titleEn: text(200),
  titleSw: text(200),
  bodyEn: text(20_000),
  bodySw: text(20_000),
  remove: checkbox,
});
export const QuestionDraftSchema = z.object({
  promptEn: text(500),
  promptSw: text(500),
  /** One option per line, in the same order in both languages. */
  optionsEn: text(2000),
  optionsSw: text(2000),
  correct: z.coerce
    .number({ error: "authoring.error.correct" })
    .int("authoring.error.correct")
    .min(1, "authoring.error.correct")
    .max(MAX_OPTIONS, "authoring.error.correct"),
  explanationEn: text(2000),
  explanationSw: text(2000),
  remove: checkbox,
});
export const ModuleDraftSchema = z.object({
  intent: z.enum(DRAFT_INTENTS, { error: "error.required" }),
  titleEn: text(200),
  titleSw: text(200),
  summaryEn: text(500),
  summarySw: text(500),
  position: z.coerce
    .number({ error: "authoring.error.position" })
    .int("authoring.error.position")
    .min(1, "authoring.error.position")
    .max(999, "authoring.error.position"),
  passMark: z.coerce
    .number({ error: "authoring.error.passMark" })
    .int("authoring.error.passMark")
    .min(50, "authoring.error.passMark")
    .max(100, "authoring.error.passMark"),
  lessons: z.array(LessonDraftSchema).max(MAX_LESSONS).default([]),
  questions: z.array(QuestionDraftSchema).max(MAX_QUESTIONS).default([]),
});
export type ModuleDraftInput = z.output<typeof ModuleDraftSchema>;
/** The draft as the form shows it (also what a failed submission sends back). */
export type DraftValues = {
  titleEn: string;
  titleSw: string;
  summaryEn: string;
  summarySw: string;
  position: string;
  passMark: string;
  lessons: { titleEn: string; titleSw: string; bodyEn: string; bodySw: string }[];
  questions: {
    promptEn: string;
    promptSw: string;
    optionsEn: string;
    optionsSw: string;
    correct: string;
    explanationEn: string;
    explanationSw: string;
  }[];
};

const ITEM = /^(lessons|questions)\[(\d{1,2})\]\.([a-zA-Z]{1,20})$/;

/** The form's fields as nested values (`lessons[2].bodySw`); indices past the limits are ignored. */
export function readDraftForm(form: FormData): Record<string, unknown> & {
  lessons: Record<string, string>[];
  questions: Record<string, string>[];
} {
  const out: Record<string, unknown> & {
    lessons: Record<string, string>[];
    questions: Record<string, string>[];
  } = { lessons: [], questions: [] };
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const m = ITEM.exec(key);
    if (m) {
      const list = out[m[1] as "lessons" | "questions"];
      const i = Number(m[2]);
      if (i >= (m[1] === "lessons" ? MAX_LESSONS : MAX_QUESTIONS)) continue;
      list[i] = { ...(list[i] ?? {}), [m[3]!]: value };
    } else if (!key.includes("[")) {
      out[key] = value;
    }
  }
  out.lessons = Array.from(out.lessons, (l) => l ?? {});
  out.questions = Array.from(out.questions, (q) => q ?? {});
  return out;
}

export const optionLines = (v: string) =>
  v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * What stops a draft from being published: every text in both languages, at least one lesson and
 * one question, each question with 2–6 options in the same number in both languages, and a correct
 * answer among them that never marks a destination's emergency number wrong. Empty: publish.
 */
export function publishProblems(d: Omit<DraftValues, "position" | "passMark">): FieldErrors {
  const errors: FieldErrors = {};
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);
  const filled = (v: unknown) => typeof v === "string" && v.trim() !== "";
  const both = (prefix: string, v: object, base: string) => {
    const r = v as Record<string, unknown>;
    if (!filled(r[`${base}En`])) add(`${prefix}${base}En`, "authoring.error.missingEn");
    if (!filled(r[`${base}Sw`])) add(`${prefix}${base}Sw`, "authoring.error.missingSw");
  };
  both("", d, "title");
  both("", d, "summary");
  if (d.lessons.length === 0) add("form", "authoring.error.needLesson");
  if (d.questions.length === 0) add("form", "authoring.error.needQuestion");
  d.lessons.forEach((l, i) => {
    both(`lessons[${i}].`, l, "title");
    both(`lessons[${i}].`, l, "body");
  });
  d.questions.forEach((q, i) => {
    const p = `questions[${i}].`;
    both(p, q, "prompt");
    both(p, q, "explanation");
    const en = optionLines(q.optionsEn);
    const sw = optionLines(q.optionsSw);
    if (en.length < MIN_OPTIONS || en.length > MAX_OPTIONS)
      add(`${p}optionsEn`, "authoring.error.options");
    if (sw.length !== en.length) add(`${p}optionsSw`, "authoring.error.optionsMatch");
    const correct = Number(q.correct);
    if (!Number.isInteger(correct) || correct < 1 || correct > en.length)
      add(`${p}correct`, "authoring.error.correct");
    else {
      const options = en.map((e, j) => ({ en: e, sw: sw[j] ?? "" }));
      if (wrongEmergencyAnswers({ options, correct: correct - 1 }).length > 0)
        add(`${p}correct`, "authoring.error.emergencyWrong");
    }
  });
  return errors;
}

export const NewModuleSchema = z
  .object({
    slug: z
      .string({ error: "authoring.error.slug" })
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "authoring.error.slug")
      .max(60, "authoring.error.slug"),
    kind: z.enum(["CORE", "COUNTRY"], { error: "error.required" }),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "authoring.error.country")
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "COUNTRY" && !v.countryCode)
      ctx.addIssue({ code: "custom", path: ["countryCode"], message: "authoring.error.country" });
  });
export type NewModuleInput = z.output<typeof NewModuleSchema>;

/** What the author sent, in the form's shape, to show again when it cannot be saved. */
export function draftValuesOf(raw: ReturnType<typeof readDraftForm>): DraftValues {
  const s = (v: unknown) => (typeof v === "string" ? v : "");
  return {
    titleEn: s(raw.titleEn),
    titleSw: s(raw.titleSw),
    summaryEn: s(raw.summaryEn),
    summarySw: s(raw.summarySw),
    position: s(raw.position),
    passMark: s(raw.passMark),
    lessons: raw.lessons.map((l) => ({
      titleEn: s(l.titleEn),
      titleSw: s(l.titleSw),
      bodyEn: s(l.bodyEn),
      bodySw: s(l.bodySw),
    })),
    questions: raw.questions.map((q) => ({
      promptEn: s(q.promptEn),
      promptSw: s(q.promptSw),
      optionsEn: s(q.optionsEn),
      optionsSw: s(q.optionsSw),
      correct: s(q.correct),
      explanationEn: s(q.explanationEn),
      explanationSw: s(q.explanationSw),
    })),
  };
}
