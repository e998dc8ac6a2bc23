// Authoring on a real database: drafts, publishing only when both languages are complete, new
// versions copied from the published one, and certificates that outlive every new version.
import { describe, expect, it } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import { ModuleDraftSchema } from "~/domain/training/authoring.schema";
import {
  authorModule,
  authorModules,
  createModule,
  discardDraft,
  saveDraft,
  startNewVersion,
} from "~/domain/training/authoring.server";
import { issueCertificate } from "~/domain/training/certificates.server";
import {
  markLessonRead,
  moduleView,
  publishedModules,
  submitQuiz,
  catalogue,
} from "~/domain/training/training.server";
import { verifyCode } from "~/domain/verify/verify.server";
import { createUser, sessionCookie } from "../factories/users";

const ctx = { requestId: "test", ip: "10.9.9.11" };

async function login(row: { id: string }): Promise<User> {
  const s = await lucia.createSession(row.id, { secondFactorAt: new Date() });
  return (await lucia.validateSession(s.id)).user!;
}

const lesson = {
  titleEn: "Banks",
  titleSw: "Benki",
  bodyEn: "Use a **bank**.",
  bodySw: "Tumia **benki**.",
};
const question = {
  promptEn: "Safest?",
  promptSw: "Salama zaidi?",
  optionsEn: "Bank\nStranger",
  optionsSw: "Benki\nMgeni",
  correct: "1",
  explanationEn: "A bank.",
  explanationSw: "Benki.",
};
const draft = (intent: string, over: object = {}) =>
  ModuleDraftSchema.parse({
    intent,
    titleEn: "Sending money home",
    titleSw: "Kutuma pesa nyumbani",
    summaryEn: "Safely",
    summarySw: "Kwa usalama",
    position: "50",
    passMark: "70",
    lessons: [lesson],
    questions: [question],
    ...over,
  });

describe("authoring", () => {
  it("a new module is saved as a draft, refused for publication with a language missing, then published", async () => {
    const admin = await login(await createUser("ADMIN"));
    await createModule(admin, { slug: "money-home", kind: "CORE" }, ctx);
    await expect(
      createModule(admin, { slug: "money-home", kind: "CORE" }, ctx),
    ).rejects.toMatchObject({ key: "authoring.error.slugTaken" });
    expect((await publishedModules()).some((m) => m.slug === "money-home")).toBe(false);

    const noSw = draft("publish", { titleSw: "", lessons: [{ ...lesson, bodySw: "" }] });
    await expect(saveDraft(admin, "money-home", noSw, ctx)).rejects.toMatchObject({
      key: "authoring.error.incomplete",
      fieldErrors: {
        titleSw: ["authoring.error.missingSw"],
        "lessons[0].bodySw": ["authoring.error.missingSw"],
      },
    });
    // The author's work was kept; learners still cannot see the module.
    const view = await authorModule(admin, "money-home");
    expect(view.draft!.values.titleEn).toBe("Sending money home");
    expect(view.draft!.problems).toMatchObject({ titleSw: ["authoring.error.missingSw"] });
    await expect(moduleView(null, "money-home", "en")).rejects.toMatchObject({ status: 404 });

    const r = await saveDraft(admin, "money-home", draft("publish"), ctx);
    expect(r.published).toBe(true);
    const m = await moduleView(null, "money-home", "sw");
    expect(m).toMatchObject({
      title: "Kutuma pesa nyumbani",
      version: 1,
      lessons: [{ title: "Benki" }],
    });
    expect(
      await db.auditEvent.count({
        where: {
          action: "training.module_published",
          summary: { path: ["slug"], equals: "money-home" },
        },
      }),
    ).toBe(1);
    expect((await authorModules(admin)).find((x) => x.slug === "money-home")).toMatchObject({
      published: 1,
      draft: null,
    });
  });

  it("adds and removes lessons and questions on save, renumbering them", async () => {
    const admin = await login(await createUser("ADMIN"));
    await createModule(admin, { slug: "add-remove", kind: "COUNTRY", countryCode: "QA" }, ctx);
    await saveDraft(
      admin,
      "add-remove",
      draft("add-lesson", { lessons: [lesson, { ...lesson, titleEn: "Second", remove: "on" }] }),
      ctx,
    );
    let v = (await authorModule(admin, "add-remove")).draft!;
    expect(v.values.lessons.map((l) => l.titleEn)).toEqual(["Banks", ""]);
    await saveDraft(admin, "add-remove", draft("add-question", { questions: [] }), ctx);
    v = (await authorModule(admin, "add-remove")).draft!;
    expect(v.values.questions).toHaveLength(1);
    expect(v.values.questions[0]!.promptEn).toBe("");
    expect(v.previews[0]!.en).toContain("<strong>bank</strong>");
    await expect(
      createModule(admin, { slug: "kenya-mod", kind: "COUNTRY", countryCode: "KE" }, ctx),
    ).rejects.toMatchObject({ key: "authoring.error.country" });
  });

  it("a new version starts as a copy; publishing it keeps every certificate valid and every pass counted", async () => {
    const admin = await login(await createUser("ADMIN"));
    // A worker earns the Qatar certificate on version 1 of every module.
    const row = await createUser("WORKER");
    const worker = await db.worker.create({
      data: {
        userId: row.id,
        firstName: "Amani",
        lastName: "Kerubo",
        nationalId: "31234599",
        email: row.email,
      },
    });
    const user = await login(row);
    const trainer = await createUser("TRAINING_PROVIDER");
    await db.inPersonCompletion.create({
      data: {
        providerId: trainer.trainingProviderId!,
        workerId: worker.id,
        course: "Homecare",
        attendanceDays: 10,
        score: 70,
        completedAt: new Date(),
        recordedById: trainer.id,
      },
    });
    const slugs = (await publishedModules())
      .filter((m) => m.kind === "CORE" || m.countryCode === "QA")
      .map((m) => m.slug);
    for (const slug of slugs) {
      const mod = await db.trainingModule.findFirstOrThrow({
        where: { slug, published: true },
        include: { lessons: true, questions: { orderBy: { position: "asc" } } },
      });
      for (const l of mod.lessons) await markLessonRead(user, slug, l.position);
      await submitQuiz(
        user,
        slug,
        mod.questions.map((q) => q.correctIndex),
        "en",
        ctx,
      );
    }
    const cert = await issueCertificate(user, "QA", ctx, "http://x");
    const code = (await db.certificate.findUniqueOrThrow({ where: { id: cert.id } })).code;

    await startNewVersion(admin, "country-qa", ctx);
    await Promise.all([
      startNewVersion(admin, "country-qa", ctx),
      startNewVersion(admin, "country-qa", ctx),
    ]); // no second draft
    const copy = (await authorModule(admin, "country-qa")).draft!;
    expect(copy.version).toBe(2);
    expect(await db.trainingModule.count({ where: { slug: "country-qa" } })).toBe(2);
    expect(copy.values.lessons.length).toBeGreaterThan(0);
    await saveDraft(
      admin,
      "country-qa",
      ModuleDraftSchema.parse({ ...copy.values, titleEn: "Qatar (updated)", intent: "publish" }),
      ctx,
    );
    expect(await moduleView(null, "country-qa", "en")).toMatchObject({
      version: 2,
      title: "Qatar (updated)",
    });

    const verified = await verifyCode(code);
    expect(verified).toMatchObject({ status: "VALID" });
    const course = (await catalogue(user, "en", "QA")).course!;
    expect(course.gaps).toEqual([]); // a pass on version 1 still counts
  });

  it("discarding a draft needs no more than the draft; a never-published module disappears", async () => {
    const admin = await login(await createUser("ADMIN"));
    await startNewVersion(admin, "basic-arabic", ctx);
    expect(await discardDraft(admin, "basic-arabic", ctx)).toBe(true);
    expect((await authorModule(admin, "basic-arabic")).draft).toBeNull();
    await createModule(admin, { slug: "short-lived", kind: "CORE" }, ctx);
    expect(await discardDraft(admin, "short-lived", ctx)).toBe(false);
    await expect(authorModule(admin, "short-lived")).rejects.toMatchObject({ status: 404 });
    await expect(discardDraft(admin, "short-lived", ctx)).rejects.toMatchObject({ status: 404 });
  });

  it("only admins author", async () => {
    for (const role of ["NEA_SUPERVISOR", "TRAINING_PROVIDER", "WORKER"] as const) {
      const u = await login(await createUser(role));
      await expect(createModule(u, { slug: "nope", kind: "CORE" }, ctx)).rejects.toMatchObject({
        status: 403,
      });
      await expect(saveDraft(u, "safe-migration", draft("save"), ctx)).rejects.toMatchObject({
        status: 403,
      });
      await expect(startNewVersion(u, "safe-migration", ctx)).rejects.toMatchObject({
        status: 403,
      });
    }
  });
});

describe("the authoring routes", () => {
  it("answer 400 for bad input without saving, and keep what the author typed", async () => {
    const { action } = await import("~/routes/admin.training.$slug");
    const admin = await createUser("ADMIN");
    const cookie = await sessionCookie(admin.id);
    const user = await login(admin);
    await startNewVersion(user, "culture-daily-life", ctx);
    const before = (await authorModule(user, "culture-daily-life")).draft!.values;
    const post = (body: Record<string, string>) =>
      action({
        request: new Request("http://127.0.0.1/admin/training/culture-daily-life", {
          method: "POST",
          body: new URLSearchParams(body),
          headers: { cookie },
        }),
        params: { slug: "culture-daily-life" },
        context: {},
      });
    const bad = (await post({
      intent: "save",
      titleEn: "Changed",
      position: "abc",
      passMark: "70",
    })) as { init: ResponseInit | null; data: { values: { titleEn: string } } };
    expect(bad.init?.status).toBe(400);
    expect(bad.data.values.titleEn).toBe("Changed");
    expect((await authorModule(user, "culture-daily-life")).draft!.values).toEqual(before);
    const noConfirm = (await post({ intent: "discard" })) as { init: ResponseInit | null };
    expect(noConfirm.init?.status).toBe(400);
    expect((await authorModule(user, "culture-daily-life")).draft).not.toBeNull();
    const ok = (await post({ intent: "discard", confirm: "yes" })) as Response;
    expect(ok.status).toBe(302);
    await expect(post({ intent: "save", position: "1", passMark: "70" })).rejects.toMatchObject({
      status: 404,
    }); // no draft any more
    const { action: create } = await import("~/routes/admin.training._index");
    const badSlug = (await create({
      request: new Request("http://127.0.0.1/admin/training", {
        method: "POST",
        body: new URLSearchParams({ slug: "Bad Slug!", kind: "CORE" }),
        headers: { cookie },
      }),
      params: {},
      context: {},
    })) as { init: ResponseInit | null };
    expect(badSlug.init?.status).toBe(400);
  });
});
