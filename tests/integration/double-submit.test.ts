// A second click on the same form (a slow connection, an impatient tap) must not do the thing twice:
// each form carries its loader's one-time key and the action claims it with the change. Posted
// through the routes, the way a browser sends them, twice at once with the same key.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { newSubmissionKey } from "~/utils/idempotency.server";
import { raiseCaseByWorker } from "~/domain/cases/cases.server";
import { GetHelpSchema } from "~/domain/cases/cases.schema";
import { confirmArrival } from "~/domain/mission/mission.server";
import { createUser, sessionCookie } from "../factories/users";
import { attache, registered } from "../factories/departure";
import { setup } from "../factories/contracts";
import { postStatus } from "../factories/routes";

const ctx = { requestId: "test", ip: "10.9.9.31" };

const post = postStatus;

const twice = <T>(f: () => Promise<T>) => Promise.all([f(), f()]);

describe("double submits", () => {
  it("an admin's reset proposal sent twice is filed once, and the same page's key still serves another row", async () => {
    const admin = await createUser("ADMIN");
    const [a, b] = [await createUser("NEA_OFFICER"), await createUser("NEA_OFFICER")];
    await db.user.updateMany({
      where: { id: { in: [a.id, b.id] } },
      data: { totpEnabledAt: new Date(), totpSecret: "JBSWY3DPEHPK3PXP" },
    });
    const cookie = await sessionCookie(admin.id);
    const mod = import("~/routes/admin.users._index");
    const key = newSubmissionKey();
    const form = (userId: string) => ({ intent: "resetTotp", userId, _submission: key });
    expect(await twice(() => post(mod, "/admin/users", cookie, form(a.id)))).toEqual([302, 302]);
    expect(await db.proposal.count({ where: { subjectId: a.id, status: "PROPOSED" } })).toBe(1);
    expect(await post(mod, "/admin/users", cookie, form(b.id))).toBe(302);
    expect(await db.proposal.count({ where: { subjectId: b.id, status: "PROPOSED" } })).toBe(1);
  });

  it("a worker's check-in sent twice answers one check-in, not the next one too", async () => {
    const riyadh = await attache("riyadh");
    const w = await registered("SA");
    await confirmArrival(riyadh, w.reg.id, new Date(Date.now() - 4 * 86_400_000), ctx);
    const cookie = await sessionCookie(w.user.id);
    const mod = import("~/routes/my.departure");
    const key = newSubmissionKey();
    const form = { intent: "checkin", registrationId: w.reg.id, outcome: "OK", _submission: key };
    expect(await twice(() => post(mod, "/my/departure", cookie, form))).toEqual([302, 302]);
    const answered = await db.checkIn.count({
      where: { registrationId: w.reg.id, answeredAt: { not: null } },
    });
    expect(answered).toBe(1);
    // A new key (the page after the redirect) is a new answer.
    await post(mod, "/my/departure", cookie, { ...form, _submission: newSubmissionKey() });
    expect(
      await db.checkIn.count({ where: { registrationId: w.reg.id, answeredAt: { not: null } } }),
    ).toBe(2);
  });

  it("a case note and a referral sent twice are recorded once (one email to the worker)", async () => {
    const riyadh = await attache("riyadh");
    const w = await registered("SA");
    const caseRef = await raiseCaseByWorker(
      w.user,
      GetHelpSchema.parse({
        registrationId: w.reg.id,
        category: "UNPAID_WAGES",
        description: "I have not been paid for three months.",
      }),
      ctx,
      null,
    );
    const c = await db.case.findFirstOrThrow({ where: { reference: caseRef } });
    const cookie = await sessionCookie(riyadh.id);
    const mod = import("~/routes/cases.$id");
    const path = `/cases/${c.id}`;

    const noteKey = newSubmissionKey();
    const note = { intent: "note", body: "Called her; the employer agreed to pay.", visible: "on" };
    const notes = await twice(() =>
      post(mod, path, cookie, { ...note, _submission: noteKey }, { id: c.id }),
    );
    expect(notes).toEqual([302, 302]);
    expect(await db.caseNote.count({ where: { caseId: c.id, body: note.body } })).toBe(1);

    const referKey = newSubmissionKey();
    const mailsBefore = await db.outboxMessage.count({ where: { to: w.user.email ?? "" } });
    const refer = { intent: "refer", kind: "LEGAL_AID", note: "Legal aid clinic, Riyadh." };
    await twice(() => post(mod, path, cookie, { ...refer, _submission: referKey }, { id: c.id }));
    expect(await db.caseReferral.count({ where: { caseId: c.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: w.user.email ?? "" } })).toBeLessThanOrEqual(
      mailsBefore + 1,
    );

    // A new key (the page after the redirect) is a new note: keys stop repeats, not notes.
    await post(mod, path, cookie, { ...note, _submission: newSubmissionKey() }, { id: c.id });
    expect(await db.caseNote.count({ where: { caseId: c.id, body: note.body } })).toBe(2);
  });

  it("a mission visit recorded twice is one visit", async () => {
    const riyadh = await attache("riyadh");
    const w = await registered("SA");
    await confirmArrival(riyadh, w.reg.id, new Date(Date.now() - 86_400_000), ctx);
    const cookie = await sessionCookie(riyadh.id);
    const key = newSubmissionKey();
    const visit = { intent: "visit", outcome: "OK", note: "Visited her at home; all well." };
    const statuses = await twice(() =>
      post(
        import("~/routes/mission.workers.$id"),
        `/mission/workers/${w.reg.id}`,
        cookie,
        { ...visit, _submission: key },
        { id: w.reg.id },
      ),
    );
    expect(statuses).toEqual([302, 302]);
    expect(await db.checkIn.count({ where: { registrationId: w.reg.id, channel: "VISIT" } })).toBe(
      1,
    );
  });

  it("starting a contract twice opens one draft; registering an employer twice makes one", async () => {
    const s = await setup();
    const cookie = await sessionCookie(s.staff.id);
    const before = await db.contract.count({ where: { agencyId: s.agency.id } });
    const key = newSubmissionKey();
    const start = {
      jobOrderId: s.jo.id,
      firstName: "Amina",
      lastName: "Wanjiru",
      nationalId: String(30000000 + Math.floor(Math.random() * 9_999_999)),
      dateOfBirth: "1996-04-02",
      phone: "0712 345 678",
      _submission: key,
    };
    const started = await twice(() =>
      post(import("~/routes/agency.contracts._index"), "/agency/contracts", cookie, start),
    );
    expect(started).toEqual([302, 302]);
    expect(await db.contract.count({ where: { agencyId: s.agency.id } })).toBe(before + 1);

    const employer = {
      kind: "HOUSEHOLD",
      name: `Household ${key.slice(0, 8)}`,
      countryCode: "SA",
      city: "Riyadh",
      _submission: newSubmissionKey(),
    };
    await twice(() =>
      post(import("~/routes/agency.employers"), "/agency/employers", cookie, employer),
    );
    expect(await db.employer.count({ where: { name: employer.name } })).toBe(1);
  });

  it("a quiz sent twice counts one attempt; the next page's key counts the next", async () => {
    const row = await createUser("WORKER");
    const worker = await db.worker.create({
      data: {
        userId: row.id,
        firstName: "Zawadi",
        lastName: "Mumbi",
        nationalId: String(22000000 + Math.floor(Math.random() * 70_000_000)),
      },
    });
    const m = await db.trainingModule.findFirstOrThrow({
      where: { slug: "country-qa", published: true },
      orderBy: { version: "desc" },
      include: { lessons: true, questions: { orderBy: { position: "asc" } } },
    });
    await db.moduleProgress.create({
      data: { workerId: worker.id, moduleId: m.id, lessonsRead: m.lessons.map((l) => l.position) },
    });
    const cookie = await sessionCookie(row.id);
    const mod = import("~/routes/training.$slug.quiz");
    const answers = Object.fromEntries(m.questions.map((q) => [`q${q.position}`, "0"]));
    const key = newSubmissionKey();
    const send = (k: string) =>
      post(
        mod,
        "/training/country-qa/quiz",
        cookie,
        { ...answers, _submission: k },
        {
          slug: "country-qa",
        },
      );
    expect(await twice(() => send(key))).toEqual([200, 200]);
    const attempts = () =>
      db.moduleProgress
        .findFirstOrThrow({ where: { workerId: worker.id, moduleId: m.id } })
        .then((p) => p.quizAttempts);
    expect(await attempts()).toBe(1);
    await send(newSubmissionKey());
    expect(await attempts()).toBe(2);
  });

  it("a new training module sent twice is created once, and the second click is not told its address is taken", async () => {
    const admin = await createUser("ADMIN");
    const cookie = await sessionCookie(admin.id);
    const mod = import("~/routes/admin.training._index");
    const slug = `double-${newSubmissionKey().slice(0, 8)}`;
    const form = { slug, kind: "CORE", _submission: newSubmissionKey() };
    expect(await twice(() => post(mod, "/admin/training", cookie, form))).toEqual([302, 302]);
    expect(await db.trainingModule.count({ where: { slug } })).toBe(1);
    // The back button and a changed address, with the same page's key: still the first module.
    expect(await post(mod, "/admin/training", cookie, { ...form, slug: `${slug}-b` })).toBe(302);
    expect(await db.trainingModule.count({ where: { slug: `${slug}-b` } })).toBe(0);
  });

  it("a failed message retried twice is retried once, and the second click gets the same answer", async () => {
    const admin = await createUser("ADMIN");
    const cookie = await sessionCookie(admin.id);
    const msg = await db.outboxMessage.create({
      data: {
        idempotencyKey: `double-${newSubmissionKey()}`,
        to: "nobody@example.test",
        subject: "s",
        text: "t",
        redactedText: "t",
        template: "smsText",
        status: "FAILED",
        lastError: "550 no such user",
      },
    });
    const form = { intent: "retry", id: msg.id, _submission: newSubmissionKey() };
    const sent = await twice(() =>
      post(import("~/routes/admin.mail"), "/admin/mail", cookie, form),
    );
    expect(sent).toEqual([302, 302]);
    expect(
      await db.auditEvent.count({ where: { action: "notification.retried", entityId: msg.id } }),
    ).toBe(1);
    // Without the key, a second retry of a message no longer failed is refused (409), as before.
    const { _submission: _, ...bare } = form;
    expect(await post(import("~/routes/admin.mail"), "/admin/mail", cookie, bare)).toBe(409);
  });
});
