// Training institutions on a real database: recording an in-person course by national ID, the
// identity check, idempotency, the scope of what an institution sees, and the route's answers.
import { describe, expect, it } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import { InPersonSchema } from "~/domain/training/providers.schema";
import { providerView, recordInPersonCompletion } from "~/domain/training/providers.server";
import { createUser, sessionCookie } from "../factories/users";

const ctx = { requestId: "test", ip: "10.9.9.10" };
const today = new Date().toISOString().slice(0, 10);
const randomId = () => String(21000000 + Math.floor(Math.random() * 70_000_000));

async function login(row: { id: string }): Promise<User> {
  const s = await lucia.createSession(row.id, { secondFactorAt: new Date() });
  return (await lucia.validateSession(s.id)).user!;
}

function input(over: Record<string, string> = {}) {
  const parsed = InPersonSchema.safeParse({
    nationalId: randomId(),
    firstName: "Neema",
    lastName: "Achieng",
    dateOfBirth: "1996-04-02",
    course: "Homecare",
    attendanceDays: "21",
    score: "74",
    completedAt: today,
    ...over,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

describe("the in-person form", () => {
  it("refuses impossible values with a message for each field", () => {
    const bad = InPersonSchema.safeParse({
      nationalId: "12",
      firstName: "",
      lastName: "A",
      dateOfBirth: "2026-02-30",
      course: "Homecare",
      attendanceDays: "0",
      score: "101",
      completedAt: "2999-01-01",
    });
    expect(bad.success).toBe(false);
    const byField = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toMatchObject({
      nationalId: "profile.error.nationalId",
      firstName: "error.required@profile.firstName",
      dateOfBirth: "profile.error.dateOfBirth",
      attendanceDays: "provider.error.days",
      score: "provider.error.score",
      completedAt: "provider.error.completedAt",
    });
    expect(InPersonSchema.safeParse({ ...input(), completedAt: "2020-01-01" }).success).toBe(false); // too old to count
    expect(InPersonSchema.safeParse({ ...input(), score: "7.5" }).success).toBe(false);
  });
});

describe("recording a completion", () => {
  it("creates the trainee's record when new, audits it, and tells a worker who has an email", async () => {
    const provider = await login(await createUser("TRAINING_PROVIDER"));
    const data = input();
    const id = await recordInPersonCompletion(provider, data, ctx, null);
    const c = await db.inPersonCompletion.findUniqueOrThrow({
      where: { id: id! },
      include: { worker: true },
    });
    expect(c).toMatchObject({
      providerId: provider.trainingProviderId,
      attendanceDays: 21,
      score: 74,
      recordedById: provider.id,
    });
    expect(c.worker).toMatchObject({
      nationalId: data.nationalId,
      lastName: "Achieng",
      userId: null,
    });
    expect(
      await db.auditEvent.count({
        where: { action: "training.in_person_recorded", entityId: c.workerId },
      }),
    ).toBe(1);

    // A worker with an account and email is told, in their language.
    const row = await createUser("WORKER");
    await db.user.update({ where: { id: row.id }, data: { locale: "sw" } });
    const nid = randomId();
    await db.worker.create({
      data: {
        userId: row.id,
        firstName: "Neema",
        lastName: "Achieng",
        nationalId: nid,
        dateOfBirth: new Date("1996-04-02T00:00:00Z"),
        email: row.email,
      },
    });
    const id2 = await recordInPersonCompletion(
      provider,
      input({ nationalId: nid, lastName: "ACHIENG " }),
      ctx,
      null,
    );
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { idempotencyKey: `in-person:${id2}:recorded` },
    });
    expect(mail).toMatchObject({ to: row.email, locale: "sw", template: "inPersonRecorded" });
  });

  it("refuses a surname or date of birth that differs from the record, and changes nothing", async () => {
    const provider = await login(await createUser("TRAINING_PROVIDER"));
    const nid = randomId();
    const w = await db.worker.create({
      data: {
        firstName: "Neema",
        lastName: "Achieng",
        nationalId: nid,
        dateOfBirth: new Date("1996-04-02T00:00:00Z"),
      },
    });
    await expect(
      recordInPersonCompletion(provider, input({ nationalId: nid, lastName: "Otieno" }), ctx, null),
    ).rejects.toMatchObject({ key: "provider.error.mismatch" });
    await expect(
      recordInPersonCompletion(
        provider,
        input({ nationalId: nid, dateOfBirth: "1990-01-01" }),
        ctx,
        null,
      ),
    ).rejects.toMatchObject({ key: "provider.error.mismatch" });
    expect(await db.inPersonCompletion.count({ where: { workerId: w.id } })).toBe(0);
    // Attacker's test (issue 15, low): guessing is audited and limited, like an agency's.
    expect(
      await db.auditEvent.count({ where: { action: "training.identity_refused", entityId: w.id } }),
    ).toBe(2);
    for (let i = 2; i < 10; i++)
      await recordInPersonCompletion(
        provider,
        input({ nationalId: nid, dateOfBirth: `1990-01-${String(i).padStart(2, "0")}` }),
        ctx,
        null,
      ).catch(() => null);
    await expect(
      recordInPersonCompletion(provider, input({ nationalId: nid }), ctx, null),
    ).rejects.toMatchObject({ key: "error.rateLimited" }); // the right details too, past the limit
  });

  it("a double submission records once; the same course on the same day twice is refused", async () => {
    const provider = await login(await createUser("TRAINING_PROVIDER"));
    const data = input();
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([
      recordInPersonCompletion(provider, data, ctx, key),
      recordInPersonCompletion(provider, data, ctx, key),
    ]);
    expect(a).toBe(b);
    await expect(
      recordInPersonCompletion(provider, data, ctx, crypto.randomUUID()),
    ).rejects.toMatchObject({ key: "provider.error.duplicate" });
    expect(
      await db.inPersonCompletion.count({ where: { worker: { nationalId: data.nationalId } } }),
    ).toBe(1);
  });

  it("two institutions recording the same new trainee at once share one record", async () => {
    const [p1, p2] = [
      await login(await createUser("TRAINING_PROVIDER")),
      await login(await createUser("TRAINING_PROVIDER")),
    ];
    const data = input();
    await Promise.all([
      recordInPersonCompletion(p1, data, ctx, null),
      recordInPersonCompletion(p2, data, ctx, null),
    ]);
    expect(await db.worker.count({ where: { nationalId: data.nationalId } })).toBe(1);
    expect(
      await db.inPersonCompletion.count({ where: { worker: { nationalId: data.nationalId } } }),
    ).toBe(2);
  });

  it("an inactive institution, or a user of another role, cannot record", async () => {
    const provider = await login(await createUser("TRAINING_PROVIDER"));
    await db.trainingProvider.update({
      where: { id: provider.trainingProviderId! },
      data: { active: false },
    });
    await expect(recordInPersonCompletion(provider, input(), ctx, null)).rejects.toMatchObject({
      key: "provider.error.inactive",
    });
    const officer = await login(await createUser("NEA_SUPERVISOR"));
    await expect(recordInPersonCompletion(officer, input(), ctx, null)).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe("scope", () => {
  it("an institution sees only its own trainees, even when searching another's by national ID", async () => {
    const [p1, p2] = [
      await login(await createUser("TRAINING_PROVIDER")),
      await login(await createUser("TRAINING_PROVIDER")),
    ];
    const mine = input();
    const theirs = input({ firstName: "Other", lastName: "Trainee" });
    await recordInPersonCompletion(p1, mine, ctx, null);
    await recordInPersonCompletion(p2, theirs, ctx, null);
    const v1 = await providerView(p1, { nationalId: null, after: null });
    expect(v1.completions.map((c) => c.trainee)).toEqual(["Neema Achieng"]);
    expect(v1.completions[0]!.nationalId).toMatch(/^•+\d{3}$/);
    expect(
      (await providerView(p1, { nationalId: theirs.nationalId, after: null })).completions,
    ).toEqual([]);
    expect(
      (await providerView(p2, { nationalId: theirs.nationalId, after: null })).completions,
    ).toHaveLength(1);
  });

  it("pages by cursor, newest first", async () => {
    const p = await login(await createUser("TRAINING_PROVIDER"));
    const worker = await db.worker.create({
      data: { firstName: "Page", lastName: "Trainee", nationalId: randomId() },
    });
    await db.inPersonCompletion.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        providerId: p.trainingProviderId!,
        workerId: worker.id,
        course: `Course ${i}`,
        attendanceDays: 5,
        score: 60,
        completedAt: new Date(),
        recordedById: p.id,
      })),
    });
    const first = await providerView(p, { nationalId: null, after: null });
    expect(first.completions).toHaveLength(50);
    expect(first.next).not.toBeNull();
    const second = await providerView(p, { nationalId: null, after: first.next });
    expect(second.completions).toHaveLength(5);
    expect(second.next).toBeNull();
    expect(new Set([...first.completions, ...second.completions].map((c) => c.id)).size).toBe(55);
  });
});

describe("the /provider route", () => {
  it("answers 400 for bad input and 409 for a mismatch, changing nothing; a good form redirects", async () => {
    const { action } = await import("~/routes/provider");
    const row = await createUser("TRAINING_PROVIDER");
    const cookie = await sessionCookie(row.id);
    const post = (body: Record<string, string>) =>
      action({
        request: new Request("http://127.0.0.1/provider", {
          method: "POST",
          body: new URLSearchParams(body),
          headers: { cookie },
        }),
        params: {},
        context: {},
      });
    const before = await db.inPersonCompletion.count();
    const bad = (await post({ nationalId: "x", score: "500" })) as { init: ResponseInit | null };
    expect(bad.init?.status).toBe(400);
    const nid = randomId();
    await db.worker.create({
      data: {
        firstName: "Neema",
        lastName: "Achieng",
        nationalId: nid,
        dateOfBirth: new Date("1996-04-02T00:00:00Z"),
      },
    });
    const form = {
      nationalId: nid,
      firstName: "Neema",
      lastName: "Wrong",
      dateOfBirth: "1996-04-02",
      course: "Homecare",
      attendanceDays: "10",
      score: "80",
      completedAt: today,
    };
    const mismatch = (await post(form)) as { init: ResponseInit | null };
    expect(mismatch.init?.status).toBe(409);
    expect(await db.inPersonCompletion.count()).toBe(before);
    const ok = (await post({ ...form, lastName: "Achieng" })) as Response;
    expect(ok.status).toBe(302);
    expect(await db.inPersonCompletion.count()).toBe(before + 1);
    // A worker posting to the institution's form is refused.
    const worker = await createUser("WORKER");
    const refused = action({
      request: new Request("http://127.0.0.1/provider", {
        method: "POST",
        body: new URLSearchParams(form),
        headers: { cookie: await sessionCookie(worker.id) },
      }),
      params: {},
      context: {},
    });
    await expect(refused).rejects.toMatchObject({ status: 403 });
  });
});
