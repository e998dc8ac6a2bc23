// Training on a real database: progress lesson by lesson, quizzes, certificate issuance rules,
// expiry, revocation, scope of the PDF, and the public verification of a certificate.
import { describe, expect, it } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import {
  certificateForActor,
  findCertificateByCode,
  issueCertificate,
} from "~/domain/training/certificates.server";
import {
  catalogue,
  markLessonRead,
  moduleView,
  publishedModules,
  submitQuiz,
} from "~/domain/training/training.server";
import { verifyCode } from "~/domain/verify/verify.server";
import { parseVerificationCode } from "~/domain/verify/code";
import { createUser, sessionCookie } from "../factories/users";
import { decide, propose } from "~/domain/decisions/decisions.server";

const ctx = { requestId: "test", ip: "10.9.9.9" };
const url = "http://127.0.0.1:3000";

async function login(row: { id: string }): Promise<User> {
  const s = await lucia.createSession(row.id, { secondFactorAt: new Date() });
  return (await lucia.validateSession(s.id)).user!;
}

async function newWorker(nationalId = String(21000000 + Math.floor(Math.random() * 70_000_000))) {
  const row = await createUser("WORKER");
  const worker = await db.worker.create({
    data: { userId: row.id, firstName: "Zawadi", lastName: "Mumbi", nationalId, email: row.email },
  });
  return { user: await login(row), worker };
}

/** Reads every lesson and answers the quiz right (or wrong), as the worker would. */
async function complete(user: User, slug: string, right = true) {
  const m = await db.trainingModule.findFirstOrThrow({
    where: { slug, published: true },
    orderBy: { version: "desc" },
    include: { lessons: true, questions: { orderBy: { position: "asc" } } },
  });
  for (const l of m.lessons) await markLessonRead(user, slug, l.position);
  return submitQuiz(
    user,
    slug,
    m.questions.map((q) => (right ? q.correctIndex : (q.correctIndex + 1) % 3)),
    "en",
    ctx,
  );
}

async function recordInPerson(workerId: string, score = 80, daysAgo = 5) {
  const provider = await db.trainingProvider.create({
    data: { name: "Test Institute", accreditationNo: `NITA/T/${Math.random()}` },
  });
  const trainer = await createUser("TRAINING_PROVIDER");
  await db.inPersonCompletion.create({
    data: {
      providerId: provider.id,
      workerId,
      course: "Homecare",
      attendanceDays: 14,
      score,
      completedAt: new Date(Date.now() - daysAgo * 86400_000),
      recordedById: trainer.id,
    },
  });
}

async function completeCourse(user: User, country: string) {
  const slugs = (await publishedModules())
    .filter((m) => m.kind === "CORE" || m.countryCode === country)
    .map((m) => m.slug);
  for (const s of slugs) await complete(user, s);
}

describe("learning", () => {
  it("the catalogue is public; progress is saved lesson by lesson for a worker", async () => {
    const anon = await catalogue(null, "sw", "QA");
    expect(anon.modules).toHaveLength(14);
    expect(anon.modules[0]!.title).toBe("Uhamiaji salama na njia halali");
    expect(anon.course!.slugs).toHaveLength(12); // 11 core + Qatar
    expect(anon.signedInWorker).toBe(false);

    const { user } = await newWorker();
    await markLessonRead(user, "safe-migration", 1);
    await markLessonRead(user, "safe-migration", 1); // idempotent
    let v = await moduleView(user, "safe-migration", "en");
    expect(v.lessons.map((l) => l.read)).toEqual([true, false]);
    expect(v.percent).toBe(33);
    await Promise.all([
      markLessonRead(user, "safe-migration", 2),
      markLessonRead(user, "safe-migration", 2),
    ]);
    v = await moduleView(user, "safe-migration", "en");
    expect(v.progress!.read).toBe(2);
    await expect(markLessonRead(user, "safe-migration", 9)).rejects.toMatchObject({ status: 404 });
    await expect(moduleView(user, "../etc", "en")).rejects.toMatchObject({ status: 404 });
  });

  it("the quiz counts only after every lesson is read; a failed attempt shows why; a pass completes the module once", async () => {
    const { user, worker } = await newWorker();
    const questions = await db.quizQuestion.count({
      where: { module: { slug: "country-qa", published: true } },
    });
    await expect(
      submitQuiz(user, "country-qa", Array(questions).fill(0), "en", ctx),
    ).rejects.toMatchObject({ key: "training.error.readFirst" });
    const failed = await complete(user, "country-qa", false);
    expect(failed).toMatchObject({ score: 0, passed: false, saved: true, firstPass: false });
    expect(failed.feedback).toHaveLength(questions);
    expect(failed.feedback[0]!.explanation).toContain("QAR 500");
    const passed = await complete(user, "country-qa");
    expect(passed).toMatchObject({ score: 100, passed: true, firstPass: true, feedback: [] });
    expect((await complete(user, "country-qa")).firstPass).toBe(false);
    const p = await db.moduleProgress.findFirstOrThrow({
      where: { workerId: worker.id, module: { slug: "country-qa" } },
    });
    expect(p).toMatchObject({ quizAttempts: 3, bestScore: 100 });
    expect(
      await db.auditEvent.count({
        where: { entityId: worker.id, action: "training.module_completed" },
      }),
    ).toBe(1);
    await expect(submitQuiz(user, "country-qa", [0], "en", ctx)).rejects.toMatchObject({
      key: "training.error.answerAll",
    });
  });

  it("anyone may try a quiz; a visitor's attempt is graded and not saved", async () => {
    const m = await db.trainingModule.findFirstOrThrow({
      where: { slug: "fees-and-money" },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    const r = await submitQuiz(
      null,
      "fees-and-money",
      m.questions.map((q) => q.correctIndex),
      "sw",
      ctx,
    );
    expect(r).toMatchObject({ score: 100, passed: true, saved: false });
  });
});

describe("certificates", () => {
  it("are refused until the course and the in-person course are done, then issued once with a code that verifies", async () => {
    const { user, worker } = await newWorker("28123456");
    await expect(issueCertificate(user, "QA", ctx, url)).rejects.toMatchObject({
      key: "training.error.incomplete",
    });
    await completeCourse(user, "QA");
    await expect(issueCertificate(user, "QA", ctx, url)).rejects.toMatchObject({
      key: "training.error.incomplete",
    }); // no in-person course yet
    await recordInPerson(worker.id, 40);
    await expect(issueCertificate(user, "QA", ctx, url)).rejects.toMatchObject({
      key: "training.error.incomplete",
    }); // not passed
    await recordInPerson(worker.id, 75);

    const [a, b] = await Promise.all([
      issueCertificate(user, "QA", ctx, url),
      issueCertificate(user, "QA", ctx, url),
    ]);
    expect(a.id).toBe(b.id);
    expect([a.issued, b.issued].sort()).toEqual([false, true]);
    const cert = await db.certificate.findUniqueOrThrow({ where: { id: a.id } });
    expect(parseVerificationCode(cert.code)?.kind).toBe("TRAINING_CERTIFICATE");
    expect(cert.expiresAt.getUTCFullYear() - cert.issuedAt.getUTCFullYear()).toBe(2);
    expect((cert.basis as { modules: unknown[] }).modules).toHaveLength(12);
    expect(
      await db.outboxMessage.count({ where: { idempotencyKey: `certificate:${cert.id}:issued` } }),
    ).toBe(1);

    const v = await verifyCode(cert.code);
    expect(v).toMatchObject({
      kind: "TRAINING_CERTIFICATE",
      status: "VALID",
      subject: { workerInitials: "Z. M.", nationalIdTail: "456", country: "QA" },
    });
    expect(JSON.stringify(v)).not.toContain("28123456");
    expect(JSON.stringify(v)).not.toContain("Zawadi");
    expect(await verifyCode(cert.code, new Date(cert.expiresAt.getTime() + 1000))).toMatchObject({
      status: "EXPIRED",
    });

    // Another country's course is separate.
    await expect(issueCertificate(user, "SA", ctx, url)).rejects.toMatchObject({
      key: "training.error.incomplete",
    });
    await expect(issueCertificate(user, "ZZ", ctx, url)).rejects.toMatchObject({
      key: "training.error.country",
    });
  });

  it("a new version of a module never invalidates a certificate already issued", async () => {
    const { user, worker } = await newWorker();
    await completeCourse(user, "AE");
    await recordInPerson(worker.id);
    const { id } = await issueCertificate(user, "AE", ctx, url);
    const old = await db.trainingModule.findFirstOrThrow({
      where: { slug: "country-ae", version: 1 },
    });
    await db.trainingModule.create({
      data: {
        slug: "country-ae",
        version: 2,
        kind: "COUNTRY",
        countryCode: "AE",
        position: old.position,
        titleEn: "UAE v2",
        titleSw: "UAE v2 sw",
        summaryEn: "s",
        summarySw: "s",
        published: true,
        lessons: {
          create: [
            {
              position: 1,
              titleEn: "New",
              titleSw: "Mpya",
              bodyEn: "New text",
              bodySw: "Maandishi mapya",
            },
          ],
        },
      },
    });
    const code = (await db.certificate.findUniqueOrThrow({ where: { id } })).code;
    expect(await verifyCode(code)).toMatchObject({ status: "VALID" });
    expect((await moduleView(user, "country-ae", "en")).version).toBe(2);
  });

  it("NEA revokes with a reason (supervisors only); the worker is told; the PDF is for the worker and NEA only", async () => {
    const { user, worker } = await newWorker();
    await completeCourse(user, "SA");
    await recordInPerson(worker.id);
    const { id } = await issueCertificate(user, "SA", ctx, url);

    expect((await certificateForActor(user, id)).status).toBe("VALID");
    const stranger = await newWorker();
    await expect(certificateForActor(stranger.user, id)).rejects.toMatchObject({ status: 404 });
    const agency = await login(await createUser("AGENCY_ADMIN"));
    await expect(certificateForActor(agency, id)).rejects.toMatchObject({ status: 404 });
    const officer = await login(await createUser("NEA_OFFICER"));
    expect((await certificateForActor(officer, id)).code).toMatch(/^3\d{9}$/);
    const found = await findCertificateByCode(
      officer,
      (await db.certificate.findUniqueOrThrow({ where: { id } })).code,
      ctx,
    );
    expect(found).toMatchObject({ id, status: "VALID", worker: { firstName: "Zawadi" } });
    expect(
      await db.viewEvent.count({
        where: { entityId: worker.id, action: "worker.personal_data_viewed", actorId: officer.id },
      }),
    ).toBe(1);
    await expect(findCertificateByCode(user, "3000000000", ctx)).rejects.toMatchObject({
      status: 403,
    });

    // An officer proposes; the officer cannot confirm; a supervisor confirms; a second revocation is refused.
    const revoke = (reason: string) =>
      propose(
        officer,
        { kind: "CERTIFICATE_REVOCATION", subjectId: id, input: { reason } },
        { ctx },
      );
    const { id: proposalId } = await revoke("Sold without training");
    expect((await db.certificate.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
    await expect(decide(officer, proposalId, "confirm", null, ctx)).rejects.toMatchObject({
      status: 403,
    });
    const supervisor = await login(await createUser("NEA_SUPERVISOR"));
    await decide(supervisor, proposalId, "confirm", null, ctx);
    await expect(revoke("again, please")).rejects.toMatchObject({ status: 409 });
    const cert = await db.certificate.findUniqueOrThrow({ where: { id } });
    expect(await verifyCode(cert.code)).toMatchObject({
      status: "REVOKED",
      subject: { revokeReason: "Sold without training" },
    });
    expect(
      await db.outboxMessage.count({
        where: { idempotencyKey: `certificate:${id}:revoked`, to: worker.email! },
      }),
    ).toBe(1);
    expect(
      await db.auditEvent.count({
        where: { entityId: id, action: "training.certificate_revoked" },
      }),
    ).toBe(1);
    // A revoked certificate does not block earning a new one.
    expect((await issueCertificate(user, "SA", ctx, url)).issued).toBe(true);
  });

  it("the routes: the quiz answers a 400 for missing answers; the certificate PDF is a real PDF for its owner", async () => {
    const { user, worker } = await newWorker();
    const cookie = await sessionCookie(user.id);
    const { action } = await import("~/routes/training.$slug.quiz");
    const r = await action({
      request: new Request(`${url}/training/country-qa/quiz`, {
        method: "POST",
        body: new URLSearchParams({ q1: "0" }),
        headers: { cookie },
      }),
      params: { slug: "country-qa" },
      context: {},
    });
    expect((r as { init?: ResponseInit }).init?.status).toBe(400);
    await completeCourse(user, "QA");
    await recordInPerson(worker.id);
    const { id } = await issueCertificate(user, "QA", ctx, url);
    const { loader } = await import("~/routes/certificates.$id[.]pdf");
    const pdf = (await loader({
      request: new Request(`${url}/certificates/${id}.pdf`, { headers: { cookie } }),
      params: { id },
      context: {},
    })) as Response;
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const other = await sessionCookie((await createUser("WORKER")).id);
    await expect(
      loader({
        request: new Request(`${url}/certificates/${id}.pdf`, { headers: { cookie: other } }),
        params: { id },
        context: {},
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
