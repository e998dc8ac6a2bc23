// Pre-departure training: the public catalogue, a worker's progress lesson by lesson, and quizzes.
// Certificates are in certificates.server.ts.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import type { Locale } from "~/i18n/messages";
import { recordAudit } from "~/domain/audit/audit.server";
import { renderMarkdown } from "./markdown.server";
import {
  certificateGaps,
  certificateStatus,
  courseFor,
  gradeQuiz,
  progressPercent,
  usableInPerson,
} from "./training.rules";
import { once } from "~/utils/idempotency.server";
import { DomainError } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

const pick = (locale: Locale, en: string, sw: string) => (locale === "sw" ? sw : en);

/** The newest published version of every module, in catalogue order. */
export async function publishedModules() {
  const rows = await db.trainingModule.findMany({
    where: { published: true },
    orderBy: [{ position: "asc" }, { version: "desc" }],
    select: {
      id: true,
      slug: true,
      version: true,
      kind: true,
      countryCode: true,
      position: true,
      passMark: true,
      titleEn: true,
      titleSw: true,
      summaryEn: true,
      summarySw: true,
      _count: { select: { lessons: true, questions: true } },
    },
  });
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.slug) ? false : (seen.add(r.slug), true)));
}

export async function workerIdOf(actor: User | null) {
  if (!actor || !can(actor, "worker:self")) return null;
  const w = await db.worker.findUnique({ where: { userId: actor.id }, select: { id: true } });
  return w?.id ?? null;
}

/** A worker's progress per module slug: lessons read in the current version, and passed in any version. */
async function progressBySlug(workerId: string | null, modules: { id: string; slug: string }[]) {
  const map = new Map<
    string,
    { read: number[]; passed: boolean; bestScore: number | null; attempts: number }
  >();
  if (!workerId) return map;
  const rows = await db.moduleProgress.findMany({
    where: { workerId, module: { slug: { in: modules.map((m) => m.slug) } } },
    select: {
      moduleId: true,
      lessonsRead: true,
      passedAt: true,
      bestScore: true,
      quizAttempts: true,
      module: { select: { slug: true } },
    },
  });
  const current = new Set(modules.map((m) => m.id));
  for (const m of modules)
    map.set(m.slug, { read: [], passed: false, bestScore: null, attempts: 0 });
  for (const r of rows) {
    const p = map.get(r.module.slug)!;
    if (r.passedAt) p.passed = true;
    if (current.has(r.moduleId)) {
      p.read = r.lessonsRead;
      p.bestScore = r.bestScore;
      p.attempts = r.quizAttempts;
    }
  }
  return map;
}

export async function destinationCountries() {
  return db.country.findMany({
    where: { code: { not: "KE" } },
    orderBy: { nameEn: "asc" },
    select: { code: true, nameEn: true, nameSw: true },
  });
}

/** The catalogue, with the signed-in worker's progress and the course for a destination. */
export async function catalogue(actor: User | null, locale: Locale, destination: string | null) {
  const modules = await publishedModules();
  const workerId = await workerIdOf(actor);
  const progress = await progressBySlug(workerId, modules);
  const view = modules.map((m) => {
    const p = progress.get(m.slug);
    return {
      slug: m.slug,
      kind: m.kind,
      countryCode: m.countryCode,
      version: m.version,
      title: pick(locale, m.titleEn, m.titleSw),
      summary: pick(locale, m.summaryEn, m.summarySw),
      lessons: m._count.lessons,
      read: p?.read.length ?? 0,
      passed: p?.passed ?? false,
      percent: progressPercent([
        { lessons: m._count.lessons, read: p?.read.length ?? 0, passed: p?.passed ?? false },
      ]),
    };
  });
  let dest = destination;
  if (!dest && workerId) {
    const c = await db.contract.findFirst({
      where: {
        workerId,
        status: {
          in: [
            "APPROVED",
            "SIGNED",
            "RECOMMENDED",
            "RECOMMENDED_REJECTION",
            "SUBMITTED",
            "UNDER_REVIEW",
          ],
        },
      },
      orderBy: { createdAt: "desc" },
      select: { countryCode: true },
    });
    dest = c?.countryCode ?? null;
  }
  const course = dest ? await courseState(workerId, dest, view) : null;
  const certificates = workerId ? await ownCertificates(workerId) : [];
  return { modules: view, course, certificates, signedInWorker: !!workerId };
}

async function courseState(
  workerId: string | null,
  destination: string,
  modules: {
    slug: string;
    kind: "CORE" | "COUNTRY";
    countryCode: string | null;
    lessons: number;
    read: number;
    passed: boolean;
  }[],
) {
  const required = courseFor(modules, destination);
  const inPerson = workerId
    ? await db.inPersonCompletion.findMany({
        where: { workerId },
        select: {
          id: true,
          score: true,
          completedAt: true,
          course: true,
          provider: { select: { name: true } },
        },
      })
    : [];
  const now = new Date();
  const gaps = certificateGaps({
    required: required.map((m) => m.slug),
    passed: new Set(required.filter((m) => m.passed).map((m) => m.slug)),
    inPerson,
    now,
  });
  const inPersonUsed = usableInPerson(inPerson, now);
  return {
    destination,
    slugs: required.map((m) => m.slug),
    percent: progressPercent(
      required.map((m) => ({ lessons: m.lessons, read: m.read, passed: m.passed })),
    ),
    gaps,
    inPerson: inPersonUsed
      ? {
          provider: inPersonUsed.provider.name,
          course: inPersonUsed.course,
          completedAt: inPersonUsed.completedAt.toISOString(),
          score: inPersonUsed.score,
        }
      : null,
  };
}

async function ownCertificates(workerId: string) {
  const rows = await db.certificate.findMany({
    where: { workerId },
    orderBy: { issuedAt: "desc" },
    take: 20,
    select: {
      id: true,
      code: true,
      countryCode: true,
      issuedAt: true,
      expiresAt: true,
      revokedAt: true,
      revokeReason: true,
    },
  });
  const now = new Date();
  return rows.map((c) => ({ ...c, status: certificateStatus(c, now) }));
}

async function moduleBySlug(slug: string) {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) throw notFound();
  const m = await db.trainingModule.findFirst({
    where: { slug, published: true },
    orderBy: { version: "desc" },
    include: {
      lessons: { orderBy: { position: "asc" } },
      questions: { orderBy: { position: "asc" } },
    },
  });
  if (!m) throw notFound();
  return m;
}

export async function moduleView(actor: User | null, slug: string, locale: Locale) {
  const m = await moduleBySlug(slug);
  const p = (await progressBySlug(await workerIdOf(actor), [m])).get(m.slug);
  const country = m.countryCode
    ? await db.country.findUnique({
        where: { code: m.countryCode },
        select: { nameEn: true, nameSw: true },
      })
    : null;
  return {
    slug: m.slug,
    version: m.version,
    kind: m.kind,
    countryCode: m.countryCode,
    countryName: country ? pick(locale, country.nameEn, country.nameSw) : null,
    passMark: m.passMark,
    title: pick(locale, m.titleEn, m.titleSw),
    summary: pick(locale, m.summaryEn, m.summarySw),
    lessons: m.lessons.map((l) => ({
      position: l.position,
      title: pick(locale, l.titleEn, l.titleSw),
      read: p?.read.includes(l.position) ?? false,
    })),
    questions: m.questions.length,
    progress: p
      ? { read: p.read.length, passed: p.passed, bestScore: p.bestScore, attempts: p.attempts }
      : null,
    percent: progressPercent([
      { lessons: m.lessons.length, read: p?.read.length ?? 0, passed: p?.passed ?? false },
    ]),
  };
}

export async function lessonView(
  actor: User | null,
  slug: string,
  position: number,
  locale: Locale,
) {
  const m = await moduleBySlug(slug);
  const i = m.lessons.findIndex((l) => l.position === position);
  if (i < 0) throw notFound();
  const l = m.lessons[i]!;
  const p = (await progressBySlug(await workerIdOf(actor), [m])).get(m.slug);
  return {
    module: { slug: m.slug, title: pick(locale, m.titleEn, m.titleSw), lessons: m.lessons.length },
    lesson: {
      position: l.position,
      number: i + 1,
      title: pick(locale, l.titleEn, l.titleSw),
      html: renderMarkdown(pick(locale, l.bodyEn, l.bodySw)),
      read: p?.read.includes(l.position) ?? false,
    },
    previous: m.lessons[i - 1]?.position ?? null,
    next: m.lessons[i + 1]?.position ?? null,
  };
}

/** Records a lesson as read by the signed-in worker (idempotent); answers the next lesson's position, if any. */
export async function markLessonRead(
  actor: User,
  slug: string,
  position: number,
): Promise<number | null> {
  const workerId = await workerIdOf(actor);
  if (!workerId) throw forbidden();
  const m = await moduleBySlug(slug);
  const i = m.lessons.findIndex((l) => l.position === position);
  if (i < 0) throw notFound();
  await transaction(async (tx) => {
    await tx.moduleProgress.upsert({
      where: { workerId_moduleId: { workerId, moduleId: m.id } },
      create: { workerId, moduleId: m.id, lessonsRead: [] },
      update: {},
    });
    // One statement, so two tabs marking lessons at once cannot lose either.
    await tx.$executeRaw`
      UPDATE "ModuleProgress" SET "lessonsRead" = array_append("lessonsRead", ${position}), "updatedAt" = now()
      WHERE "workerId" = ${workerId}::uuid AND "moduleId" = ${m.id}::uuid AND NOT (${position} = ANY("lessonsRead"))`;
  });
  return m.lessons[i + 1]?.position ?? null;
}

export async function quizView(slug: string, locale: Locale) {
  const m = await moduleBySlug(slug);
  return {
    module: {
      slug: m.slug,
      title: pick(locale, m.titleEn, m.titleSw),
      passMark: m.passMark,
      lessons: m.lessons.length,
    },
    questions: m.questions.map((q) => ({
      position: q.position,
      prompt: pick(locale, q.promptEn, q.promptSw),
      options: (q.options as { en: string; sw: string }[]).map((o) => pick(locale, o.en, o.sw)),
    })),
  };
}

export type QuizResult = {
  score: number;
  passed: boolean;
  saved: boolean;
  firstPass: boolean;
  feedback: { position: number; prompt: string; explanation: string; chosen: string | null }[];
};

/**
 * Grades a quiz. Anyone may try; for a signed-in worker the attempt counts, and only after every
 * lesson of the module has been read (so a certificate cannot be clicked through).
 */
export async function submitQuiz(
  actor: User | null,
  slug: string,
  answers: (number | null)[],
  locale: Locale,
  ctx: RequestContext,
  submissionKey: string | null = null,
): Promise<QuizResult> {
  const m = await moduleBySlug(slug);
  if (answers.length !== m.questions.length) throw new DomainError("training.error.answerAll");
  const grade = gradeQuiz(
    m.questions.map((q) => q.correctIndex),
    answers,
    m.passMark,
  );
  const feedback = grade.wrong.map((i) => {
    const q = m.questions[i]!;
    const options = q.options as { en: string; sw: string }[];
    const chosen = answers[i] == null ? null : options[answers[i]!];
    return {
      position: q.position,
      prompt: pick(locale, q.promptEn, q.promptSw),
      explanation: pick(locale, q.explanationEn, q.explanationSw),
      chosen: chosen ? pick(locale, chosen.en, chosen.sw) : null,
    };
  });
  const workerId = await workerIdOf(actor);
  if (!workerId)
    return { score: grade.score, passed: grade.passed, saved: false, firstPass: false, feedback };
  const firstPass = await transaction(async (tx) => {
    const p = await tx.moduleProgress.findUnique({
      where: { workerId_moduleId: { workerId, moduleId: m.id } },
    });
    const read = new Set(p?.lessonsRead ?? []);
    if (!p || m.lessons.some((l) => !read.has(l.position)))
      throw new DomainError("training.error.readFirst");
    // A double click or a resent form is one attempt: the key counts it once. Everything else
    // (best score, passing) is the same however often it is sent.
    await once(
      tx,
      { key: submissionKey, actorId: actor!.id, action: `training.quiz:${m.slug}` },
      () =>
        tx.moduleProgress.update({ where: { id: p.id }, data: { quizAttempts: { increment: 1 } } }),
      () => null,
    );
    await tx.moduleProgress.update({
      where: { id: p.id },
      data: { bestScore: Math.max(p.bestScore ?? 0, grade.score) },
    });
    if (!grade.passed) return false;
    const first = await tx.moduleProgress.updateMany({
      where: { id: p.id, passedAt: null },
      data: { passedAt: new Date() },
    });
    if (first.count === 1) {
      await recordAudit(tx, {
        actor: actorOf(actor!),
        action: "training.module_completed",
        entityType: "Worker",
        entityId: workerId,
        summary: { module: m.slug, version: m.version, score: grade.score },
        ctx,
      });
    }
    return first.count === 1;
  });
  return { score: grade.score, passed: grade.passed, saved: true, firstPass, feedback };
}
