// Authors (admins) write modules in Markdown, in English and Kiswahili. Each module has numbered
// versions: the author edits a draft (the one unpublished version, always the newest) and publishes
// it when both languages are complete. Learners always see the newest published version; a
// certificate records the versions it was earned on, so publishing never invalidates one.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { renderMarkdown } from "./markdown.server";
import {
  optionLines,
  publishProblems,
  type DraftValues,
  type ModuleDraftInput,
  type NewModuleInput,
} from "./authoring.schema";
import { DomainError } from "~/domain/errors";
import { keyedStep, once } from "~/utils/idempotency.server";
import { forbidden, notFound } from "~/utils/http.server";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

function requireAuthor(actor: User) {
  if (!can(actor, "training:author")) throw forbidden();
}

const SLUG = /^[a-z0-9-]{1,60}$/;

/** Every module once, with its newest published version and its draft, in catalogue order. */
export async function authorModules(actor: User) {
  requireAuthor(actor);
  const rows = await db.trainingModule.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }, { version: "desc" }],
    select: {
      slug: true,
      version: true,
      published: true,
      kind: true,
      countryCode: true,
      position: true,
      titleEn: true,
      titleSw: true,
      createdAt: true,
    },
  });
  const bySlug = new Map<
    string,
    {
      slug: string;
      kind: string;
      countryCode: string | null;
      position: number;
      title: string;
      published: number | null;
      draft: number | null;
    }
  >();
  for (const r of rows) {
    const m = bySlug.get(r.slug) ?? {
      slug: r.slug,
      kind: r.kind,
      countryCode: r.countryCode,
      position: r.position,
      title: r.titleEn || r.titleSw || r.slug,
      published: null,
      draft: null,
    };
    if (r.published && m.published === null) m.published = r.version;
    if (!r.published && m.draft === null) m.draft = r.version;
    bySlug.set(r.slug, m);
  }
  return [...bySlug.values()];
}

const full = {
  lessons: { orderBy: { position: "asc" as const } },
  questions: { orderBy: { position: "asc" as const } },
};

async function draftRow(client: Tx | typeof db, slug: string) {
  return client.trainingModule.findFirst({
    where: { slug, published: false },
    orderBy: { version: "desc" },
    include: full,
  });
}

type ModuleRow = NonNullable<Awaited<ReturnType<typeof draftRow>>>;

/** A stored module in the form's shape. */
export function valuesOf(m: ModuleRow): DraftValues {
  return {
    titleEn: m.titleEn,
    titleSw: m.titleSw,
    summaryEn: m.summaryEn,
    summarySw: m.summarySw,
    position: String(m.position),
    passMark: String(m.passMark),
    lessons: m.lessons.map((l) => ({
      titleEn: l.titleEn,
      titleSw: l.titleSw,
      bodyEn: l.bodyEn,
      bodySw: l.bodySw,
    })),
    questions: m.questions.map((q) => {
      const options = q.options as { en: string; sw: string }[];
      return {
        promptEn: q.promptEn,
        promptSw: q.promptSw,
        optionsEn: options.map((o) => o.en).join("\n"),
        optionsSw: options.map((o) => o.sw).join("\n"),
        correct: String(q.correctIndex + 1),
        explanationEn: q.explanationEn,
        explanationSw: q.explanationSw,
      };
    }),
  };
}

/** The editor's view of a module: its draft (with rendered previews) if one exists, and the newest published version. */
export async function authorModule(actor: User, slug: string) {
  requireAuthor(actor);
  if (!SLUG.test(slug)) throw notFound();
  const [draft, published] = await Promise.all([
    draftRow(db, slug),
    db.trainingModule.findFirst({
      where: { slug, published: true },
      orderBy: { version: "desc" },
      select: {
        version: true,
        titleEn: true,
        titleSw: true,
        kind: true,
        countryCode: true,
        createdAt: true,
        _count: { select: { lessons: true, questions: true } },
      },
    }),
  ]);
  if (!draft && !published) throw notFound();
  return {
    slug,
    published,
    draft: draft
      ? {
          version: draft.version,
          kind: draft.kind,
          countryCode: draft.countryCode,
          values: valuesOf(draft),
          previews: draft.lessons.map((l) => ({
            en: renderMarkdown(l.bodyEn),
            sw: renderMarkdown(l.bodySw),
          })),
          problems: publishProblems(valuesOf(draft)),
        }
      : null,
  };
}

/** A new module: version 1, an empty draft. Returns its address (the first one, on a repeat). */
export async function createModule(
  actor: User,
  input: NewModuleInput,
  ctx: RequestContext,
  submissionKey: string | null = null,
) {
  requireAuthor(actor);
  // The same form sent twice (a double click, a resend) created the module the first time: the
  // second gets the same answer, not "that address is taken".
  const scope = { key: submissionKey, actorId: actor.id, action: "training.module_create" };
  return keyedStep<string>(
    db,
    scope,
    (ref) => ref ?? input.slug,
    async () => {
      if (input.kind === "COUNTRY") {
        const c = await db.country.findUnique({
          where: { code: input.countryCode! },
          select: { code: true },
        });
        if (!c || c.code === "KE")
          throw new DomainError("authoring.error.country", {
            fieldErrors: {
              countryCode: ["authoring.error.country"],
            },
          });
      }
      const r = await transaction((tx) =>
        once(
          tx,
          scope,
          () => insertModule(tx, actor, input, ctx),
          () => input.slug,
        ),
      );
      return r.repeated ? (r.resultRef ?? input.slug) : input.slug;
    },
  );
}

const slugTaken = () =>
  new DomainError("authoring.error.slugTaken", {
    fieldErrors: { slug: ["authoring.error.slugTaken"] },
  });

async function insertModule(tx: Tx, actor: User, input: NewModuleInput, ctx: RequestContext) {
  if (await tx.trainingModule.findFirst({ where: { slug: input.slug }, select: { id: true } })) {
    throw slugTaken();
  }
  const last = await tx.trainingModule.aggregate({ _max: { position: true } });
  try {
    const m = await tx.trainingModule.create({
      data: {
        slug: input.slug,
        version: 1,
        kind: input.kind,
        countryCode: input.kind === "COUNTRY" ? input.countryCode! : null,
        position: (last._max.position ?? 0) + 1,
        published: false,
        titleEn: "",
        titleSw: "",
        summaryEn: "",
        summarySw: "",
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "training.module_saved",
      entityType: "TrainingModule",
      entityId: m.id,
      summary: { slug: input.slug, version: 1, created: true },
      ctx,
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw slugTaken();
    throw e;
  }
}

/** Starts the next version as a copy of the newest published one; if a draft exists already, that is the draft. */
export async function startNewVersion(actor: User, slug: string, ctx: RequestContext) {
  requireAuthor(actor);
  if (!SLUG.test(slug)) throw notFound();
  try {
    await transaction(async (tx) => {
      if (await draftRow(tx, slug)) return;
      const source = await tx.trainingModule.findFirst({
        where: { slug, published: true },
        orderBy: { version: "desc" },
        include: full,
      });
      if (!source) throw notFound();
      const top = await tx.trainingModule.aggregate({ where: { slug }, _max: { version: true } });
      const version = (top._max.version ?? source.version) + 1;
      const m = await tx.trainingModule.create({
        data: {
          slug,
          version,
          kind: source.kind,
          countryCode: source.countryCode,
          position: source.position,
          passMark: source.passMark,
          published: false,
          titleEn: source.titleEn,
          titleSw: source.titleSw,
          summaryEn: source.summaryEn,
          summarySw: source.summarySw,
          lessons: {
            create: source.lessons.map(({ position, titleEn, titleSw, bodyEn, bodySw }) => ({
              position,
              titleEn,
              titleSw,
              bodyEn,
              bodySw,
            })),
          },
          questions: {
            create: source.questions.map(
              ({
                position,
                promptEn,
                promptSw,
                options,
                correctIndex,
                explanationEn,
                explanationSw,
              }) => ({
                position,
                promptEn,
                promptSw,
                options: options ?? [],
                correctIndex,
                explanationEn,
                explanationSw,
              }),
            ),
          },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: "training.module_saved",
        entityType: "TrainingModule",
        entityId: m.id,
        summary: { slug, version, from: source.version },
        ctx,
      });
    });
  } catch (e) {
    // Two authors starting the same version at once: the second finds the first one's draft.
    if ((e as { code?: string }).code !== "P2002") throw e;
  }
}

const emptyLesson = { titleEn: "", titleSw: "", bodyEn: "", bodySw: "" };
const emptyQuestion = {
  promptEn: "",
  promptSw: "",
  options: [],
  correctIndex: 0,
  explanationEn: "",
  explanationSw: "",
};

/**
 * Saves the draft as submitted (removing ticked lessons and questions, adding an empty one when
 * asked), then, when the intent is to publish, publishes it if nothing is missing. Saving always
 * keeps the author's work; a refused publication says what is missing, field by field.
 */
export async function saveDraft(
  actor: User,
  slug: string,
  input: ModuleDraftInput,
  ctx: RequestContext,
) {
  requireAuthor(actor);
  if (!SLUG.test(slug)) throw notFound();
  const saved = await transaction(async (tx) => {
    const draft = await draftRow(tx, slug);
    if (!draft) throw notFound();
    await tx.$executeRaw`SELECT 1 FROM "TrainingModule" WHERE "id" = ${draft.id}::uuid FOR UPDATE`;
    const lessons = input.lessons
      .filter((l) => !l.remove)
      .map(({ titleEn, titleSw, bodyEn, bodySw }) => ({ titleEn, titleSw, bodyEn, bodySw }));
    if (input.intent === "add-lesson") lessons.push(emptyLesson);
    const questions = input.questions
      .filter((q) => !q.remove)
      .map((q) => {
        const en = optionLines(q.optionsEn);
        const sw = optionLines(q.optionsSw);
        const options = Array.from({ length: Math.max(en.length, sw.length) }, (_, i) => ({
          en: en[i] ?? "",
          sw: sw[i] ?? "",
        }));
        return {
          promptEn: q.promptEn,
          promptSw: q.promptSw,
          options,
          correctIndex: q.correct - 1,
          explanationEn: q.explanationEn,
          explanationSw: q.explanationSw,
        };
      });
    if (input.intent === "add-question") questions.push(emptyQuestion);
    await tx.trainingLesson.deleteMany({ where: { moduleId: draft.id } });
    await tx.quizQuestion.deleteMany({ where: { moduleId: draft.id } });
    await tx.trainingModule.update({
      where: { id: draft.id },
      data: {
        titleEn: input.titleEn,
        titleSw: input.titleSw,
        summaryEn: input.summaryEn,
        summarySw: input.summarySw,
        position: input.position,
        passMark: input.passMark,
        lessons: { create: lessons.slice(0, 30).map((l, i) => ({ ...l, position: i + 1 })) },
        questions: { create: questions.slice(0, 30).map((q, i) => ({ ...q, position: i + 1 })) },
      },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "training.module_saved",
      entityType: "TrainingModule",
      entityId: draft.id,
      summary: {
        slug,
        version: draft.version,
        lessons: lessons.length,
        questions: questions.length,
      },
      ctx,
    });
    return (await draftRow(tx, slug))!;
  });
  if (input.intent !== "publish") return { published: false, values: valuesOf(saved) };
  const problems = publishProblems(valuesOf(saved));
  if (Object.keys(problems).length)
    throw new DomainError("authoring.error.incomplete", { fieldErrors: problems });
  await transaction(async (tx) => {
    const done = await tx.trainingModule.updateMany({
      where: { id: saved.id, published: false },
      data: { published: true },
    });
    if (done.count === 0)
      throw new DomainError("authoring.error.alreadyPublished", { kind: "conflict" });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "training.module_published",
      entityType: "TrainingModule",
      entityId: saved.id,
      summary: { slug, version: saved.version },
      ctx,
    });
  });
  return { published: true, values: valuesOf(saved) };
}

/** Throws the draft away (the published versions stay as they are). */
export async function discardDraft(actor: User, slug: string, ctx: RequestContext) {
  requireAuthor(actor);
  if (!SLUG.test(slug)) throw notFound();
  await transaction(async (tx) => {
    const draft = await draftRow(tx, slug);
    if (!draft) throw notFound();
    await tx.trainingModule.delete({ where: { id: draft.id } });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "training.module_saved",
      entityType: "TrainingModule",
      entityId: draft.id,
      summary: { slug, version: draft.version, discarded: true },
      ctx,
    });
  });
  return !!(await db.trainingModule.findFirst({ where: { slug }, select: { id: true } }));
}
