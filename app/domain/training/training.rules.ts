// Pure rules of the training: quiz grading, what a destination's course requires, when a
// certificate may be issued and what its status is today. No database here.

import { EMERGENCY_NUMBERS } from "~/domain/safety/emergency-numbers";

/** Certificates are valid for this long from issue (a project rule until NEA sets one). */
export const CERTIFICATE_VALIDITY_MONTHS = 24;
/** The in-person course (an accredited institution) is required for every destination: Kenya makes
 * pre-departure training at an accredited institution compulsory for low-skilled jobs (kenya-rules.md §4). */
export const IN_PERSON_REQUIRED = true;
/** An in-person assessment counts when its score reaches this (percent), and when it is recent. */
export const IN_PERSON_PASS_SCORE = 50;
export const IN_PERSON_VALID_MONTHS = 24;

export type Grade = { score: number; passed: boolean; wrong: number[] };

/** Grades answers (option index per question, in order); unanswered questions count as wrong. */
export function gradeQuiz(
  correct: number[],
  answers: (number | null | undefined)[],
  passMark: number,
): Grade {
  const wrong = correct.flatMap((c, i) => (answers[i] === c ? [] : [i]));
  const score =
    correct.length === 0 ? 0 : Math.round(((correct.length - wrong.length) / correct.length) * 100);
  return { score, passed: correct.length > 0 && score >= passMark, wrong };
}

export type CourseModule = { slug: string; kind: "CORE" | "COUNTRY"; countryCode: string | null };

/** The course for a destination: every core module and that country's module, if it has one. */
export function courseFor<T extends CourseModule>(modules: T[], destination: string): T[] {
  return modules.filter((m) => m.kind === "CORE" || m.countryCode === destination);
}

export function addMonths(d: Date, months: number) {
  const r = new Date(d);
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
}

export type Missing = { kind: "MODULE"; slug: string } | { kind: "IN_PERSON" };

/** What still stands between the worker and a certificate for the destination (empty: issue it). */
export function certificateGaps(input: {
  required: string[];
  passed: Set<string>;
  inPerson: { score: number; completedAt: Date }[];
  now: Date;
}): Missing[] {
  const gaps: Missing[] = input.required
    .filter((s) => !input.passed.has(s))
    .map((slug) => ({ kind: "MODULE" as const, slug }));
  if (IN_PERSON_REQUIRED && !usableInPerson(input.inPerson, input.now))
    gaps.push({ kind: "IN_PERSON" });
  return gaps;
}

export function usableInPerson<T extends { score: number; completedAt: Date }>(
  rows: T[],
  now: Date,
): T | null {
  const cutoff = addMonths(now, -IN_PERSON_VALID_MONTHS);
  return (
    rows
      .filter(
        (r) => r.score >= IN_PERSON_PASS_SCORE && r.completedAt >= cutoff && r.completedAt <= now,
      )
      .sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime())[0] ?? null
  );
}

export type CertificateStatus = "VALID" | "EXPIRED" | "REVOKED";

export function certificateStatus(
  c: { expiresAt: Date; revokedAt: Date | null },
  now: Date,
): CertificateStatus {
  if (c.revokedAt) return "REVOKED";
  return c.expiresAt <= now ? "EXPIRED" : "VALID";
}

/** Share of the course done, counting lessons read and quizzes passed (for the progress bars). */
export function progressPercent(parts: { lessons: number; read: number; passed: boolean }[]) {
  const total = parts.reduce((n, p) => n + p.lessons + 1, 0);
  if (total === 0) return 0;
  const done = parts.reduce((n, p) => n + Math.min(p.read, p.lessons) + (p.passed ? 1 : 0), 0);
  return Math.round((done / total) * 100);
}

/**
 * The options of a question that name a destination's emergency number (as a whole number, in
 * either language) yet are marked wrong: a quiz must never teach a worker not to call for help.
 */
export function wrongEmergencyAnswers(q: {
  options: { en: string; sw: string }[];
  correct: number;
}): string[] {
  const numbers = new Set(EMERGENCY_NUMBERS.flatMap((e) => e.numbers.map((n) => n.number)));
  return q.options.flatMap((o, i) => {
    if (i === q.correct) return [];
    const tokens = `${o.en} ${o.sw}`.match(/\d+/g) ?? [];
    return tokens.some((t) => numbers.has(t)) ? [o.en] : [];
  });
}
