// Cases on a real database: a worker asks for help, the mission's attaché handles it (assign,
// notes, referral, outcome), overdue cases are escalated once, families report "cannot reach"
// without learning anything, scope isolation between missions and NEA, and agency case counts.
import { describe, expect, it } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { issueClearance } from "~/domain/departure/departure.server";
import { CannotReachSchema, GetHelpSchema } from "~/domain/cases/cases.schema";
import {
  actOnCase,
  askAboutContract,
  agencyCaseCounts,
  caseCountsByAgency,
  caseForOfficial,
  escalateOverdueCases,
  listCases,
  ownCases,
  questionsAbout,
  raiseCaseByWorker,
  reportCannotReach,
} from "~/domain/cases/cases.server";
import { createUser, sessionCookie } from "../factories/users";
import { workerNextStep } from "~/domain/departure/next-step.server";
import { login, readyWorker } from "../factories/departure";

const ctx = { requestId: "test", ip: "10.9.9.14" };

async function attache(slug: "riyadh" | "doha"): Promise<User> {
  const row = await createUser("LABOUR_ATTACHE");
  await db.user.update({
    where: { id: row.id },
    data: { missionId: (await db.mission.findUniqueOrThrow({ where: { slug } })).id },
  });
  return login(row);
}

async function registeredInSaudi() {
  const w = await readyWorker("SA");
  const clearance = await issueClearance(w.user, w.contract.id, ctx, "http://x");
  const reg = await db.missionRegistration.findUniqueOrThrow({
    where: { contractId: w.contract.id },
  });
  const { code } = await db.departureClearance.findUniqueOrThrow({ where: { id: clearance.id } });
  return { ...w, reg, code };
}

const help = (registrationId: string, category = "PASSPORT_CONFISCATED") =>
  GetHelpSchema.parse({
    registrationId,
    category,
    description: "My employer took my passport and will not return it.",
  });

describe("a worker asks for help", () => {
  it("the case reaches her mission with a deadline, linked to employer and agency; the attachés and she are emailed", async () => {
    const riyadh = await attache("riyadh");
    const w = await registeredInSaudi();
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([
      raiseCaseByWorker(w.user, help(w.reg.id), ctx, key),
      raiseCaseByWorker(w.user, help(w.reg.id), ctx, key),
    ]);
    expect(a).toBe(b);
    expect(a).toMatch(/^KS-W-\d{4}-\d{6}$/);
    const c = await db.case.findUniqueOrThrow({ where: { reference: a } });
    expect(c).toMatchObject({
      priority: "HIGH",
      status: "OPEN",
      raisedBy: "WORKER",
      missionId: w.reg.missionId,
      employerId: w.employer.id,
      agencyId: w.agency.id,
      workerId: w.worker.id,
    });
    expect(c.dueAt.getTime() - c.createdAt.getTime()).toBe(72 * 3_600_000);
    expect(
      await db.outboxMessage.count({ where: { idempotencyKey: `case:${c.id}:new:${riyadh.id}` } }),
    ).toBe(1);
    expect(
      await db.outboxMessage.count({ where: { idempotencyKey: `case:${c.id}:received` } }),
    ).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "case.raised", entityId: c.id } })).toBe(1);
    expect(await agencyCaseCounts(w.agency.id)).toEqual({ total: 1, active: 1 });
    // Not on someone else's registration.
    const other = await registeredInSaudi();
    await expect(raiseCaseByWorker(other.user, help(w.reg.id), ctx, null)).rejects.toMatchObject({
      key: "cases.error.registration",
    });
  });

  it("the attaché assigns, writes to her, refers and resolves; she sees what is meant for her", async () => {
    const riyadh = await attache("riyadh");
    const w = await registeredInSaudi();
    const ref = await raiseCaseByWorker(w.user, help(w.reg.id, "ABUSE"), ctx, null);
    const { id } = await db.case.findUniqueOrThrow({ where: { reference: ref } });
    await actOnCase(riyadh, id, { intent: "assign", assigneeId: riyadh.id }, ctx);
    await actOnCase(
      riyadh,
      id,
      { intent: "note", body: "Called the employer; no answer.", visible: undefined },
      ctx,
    );
    await actOnCase(
      riyadh,
      id,
      { intent: "note", body: "We are arranging a safe place for you.", visible: "on" },
      ctx,
    );
    await actOnCase(
      riyadh,
      id,
      { intent: "refer", kind: "SHELTER", note: "Embassy safe house" },
      ctx,
    );
    await actOnCase(
      riyadh,
      id,
      { intent: "resolve", outcome: "Moved to the safe house; flight home booked for Friday." },
      ctx,
    );
    await expect(
      actOnCase(riyadh, id, { intent: "resolve", outcome: "again and again" }, ctx),
    ).rejects.toMatchObject({ key: "cases.error.step" });
    await expect(
      actOnCase(riyadh, id, { intent: "note", body: "late note" }, ctx),
    ).rejects.toMatchObject({ key: "cases.error.step" });

    const mine = (await ownCases(w.user)).find((c) => c.reference === ref)!;
    expect(mine.status).toBe("RESOLVED");
    expect(mine.outcome).toContain("safe house");
    expect(mine.notes.map((n) => n.body)).toEqual(["We are arranging a safe place for you."]);
    expect(mine.referrals.map((r) => r.kind)).toEqual(["SHELTER"]);
    const view = await caseForOfficial(riyadh, id, ctx);
    expect(view.notes).toHaveLength(2);
    expect(view.assignee).toBe(riyadh.name);
    const mails = await db.outboxMessage.findMany({
      where: { idempotencyKey: { startsWith: `case:${id}:` } },
      select: { idempotencyKey: true },
    });
    expect(mails.map((m) => m.idempotencyKey.split(":")[2]).sort()).toEqual(
      expect.arrayContaining(["note", "received", "resolved"]),
    );

    await actOnCase(
      riyadh,
      id,
      { intent: "reopen", body: "She called again: the flight was cancelled." },
      ctx,
    );
    expect((await db.case.findUniqueOrThrow({ where: { id } })).status).toBe("IN_PROGRESS");
    // An attaché of another mission cannot be assigned.
    const doha = await attache("doha");
    await expect(
      actOnCase(riyadh, id, { intent: "assign", assigneeId: doha.id }, ctx),
    ).rejects.toMatchObject({ key: "cases.error.assignee" });
  });

  it("a new priority moves the deadline while nobody has responded", async () => {
    const riyadh = await attache("riyadh");
    const w = await registeredInSaudi();
    const ref = await raiseCaseByWorker(w.user, help(w.reg.id, "OVERWORK"), ctx, null);
    const c = await db.case.findUniqueOrThrow({ where: { reference: ref } });
    expect(c.priority).toBe("NORMAL");
    await actOnCase(riyadh, c.id, { intent: "priority", priority: "CRITICAL" }, ctx);
    const after = await db.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.dueAt.getTime() - after.createdAt.getTime()).toBe(24 * 3_600_000);
  });
});

describe("escalation", () => {
  it("an unanswered case past its deadline is escalated once, and the attachés are told", async () => {
    const riyadh = await attache("riyadh");
    const w = await registeredInSaudi();
    const ref = await raiseCaseByWorker(w.user, help(w.reg.id), ctx, null);
    const c = await db.case.update({
      where: { reference: ref },
      data: { dueAt: new Date(Date.now() - 60_000) },
    });
    const handled = await raiseCaseByWorker(w.user, help(w.reg.id, "HEALTH"), ctx, null);
    const h = await db.case.update({
      where: { reference: handled },
      data: { dueAt: new Date(Date.now() - 60_000), status: "IN_PROGRESS" },
    });
    await Promise.all([escalateOverdueCases(), escalateOverdueCases()]);
    await escalateOverdueCases();
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).escalatedAt).not.toBeNull();
    expect((await db.case.findUniqueOrThrow({ where: { id: h.id } })).escalatedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "case.escalated", entityId: c.id } })).toBe(
      1,
    );
    expect(
      await db.outboxMessage.count({
        where: { idempotencyKey: `case:${c.id}:escalated:${riyadh.id}` },
      }),
    ).toBe(1);
    const overdue = await listCases(riyadh, { overdue: true });
    expect(overdue.cases.map((x) => x.id)).toContain(c.id);
    expect(overdue.cases.map((x) => x.id)).not.toContain(h.id);
  });
});

describe("families who cannot reach a worker", () => {
  const report = (over: Record<string, string>) =>
    CannotReachSchema.parse({
      reporterName: "Mary Atieno",
      reporterPhone: "0722 000 111",
      relation: "Mother",
      ...over,
    });

  it("by clearance code or by ID and full name, the report reaches the worker's mission; otherwise NEA", async () => {
    const riyadh = await attache("riyadh");
    const nea = await login(await createUser("NEA_OFFICER"));
    const w = await registeredInSaudi();
    const byCode = await reportCannotReach(report({ clearanceCode: w.code }), {
      ctx,
      submissionKey: null,
    });
    const byName = await reportCannotReach(
      report({ nationalId: w.worker.nationalId!, workerName: "chebet halima" }),
      { ctx, submissionKey: null },
    );
    const wrongName = await reportCannotReach(
      report({ nationalId: w.worker.nationalId!, workerName: "Halima Otieno" }),
      { ctx, submissionKey: null },
    );
    const nobody = await reportCannotReach(
      report({ nationalId: "99999999", workerName: "No Body" }),
      { ctx, submissionKey: null },
    );
    for (const r of [byCode, byName, wrongName, nobody]) expect(r).toMatch(/^KS-W-/); // the same answer either way
    const cases = await db.case.findMany({
      where: { reference: { in: [byCode, byName, wrongName, nobody] } },
      orderBy: { createdAt: "asc" },
    });
    expect(cases.map((c) => c.missionId === w.reg.missionId)).toEqual([true, true, false, false]);
    expect(
      cases.every(
        (c) =>
          c.category === "CANNOT_REACH" &&
          c.raisedBy === "NEXT_OF_KIN" &&
          c.reporterPhone === "254722000111",
      ),
    ).toBe(true);

    const missionList = (await listCases(riyadh, {})).cases.map((c) => c.reference);
    expect(missionList).toEqual(expect.arrayContaining([byCode, byName]));
    expect(missionList).not.toContain(nobody);
    const neaList = (await listCases(nea, {})).cases.map((c) => c.reference);
    expect(neaList).toEqual(expect.arrayContaining([wrongName, nobody]));
    expect(neaList).not.toContain(byCode);
  });

  it("takes a report from a relative who knows only the name, relation and last contact, for NEA", async () => {
    const nea = await login(await createUser("NEA_OFFICER"));
    const riyadh = await attache("riyadh");
    const w = await registeredInSaudi();
    // Even the worker's own full name, without an ID number, binds the report to no one.
    const ref = await reportCannotReach(
      report({
        workerName: `${w.worker.firstName} ${w.worker.lastName}`,
        lastContact: "A WhatsApp call in March, from Riyadh",
      }),
      { ctx, submissionKey: null },
    );
    const c = await db.case.findUniqueOrThrow({ where: { reference: ref } });
    expect(c).toMatchObject({ workerId: null, missionId: null, category: "CANNOT_REACH" });
    expect(c.description).toContain("Last contact: A WhatsApp call in March, from Riyadh");
    expect(c.description).toContain("no ID number");
    expect((await listCases(nea, {})).cases.map((x) => x.reference)).toContain(ref);
    expect((await listCases(riyadh, {})).cases.map((x) => x.reference)).not.toContain(ref);
    // With neither an ID number nor a last contact there is nothing to start from: asked for.
    const bare = CannotReachSchema.safeParse({
      workerName: "Halima Chebet",
      nationalId: "",
      lastContact: "",
      reporterName: "A B",
      reporterPhone: "0722000111",
      relation: "Sister",
    });
    expect(bare.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["lastContact", "cases.error.lastContact"],
    ]);
    // An ID number, when given, must be one.
    const badId = CannotReachSchema.safeParse({
      workerName: "Halima Chebet",
      nationalId: "12",
      reporterName: "A B",
      reporterPhone: "0722000111",
      relation: "Sister",
    });
    expect(badId.error!.issues.map((i) => i.message)).toEqual(["cases.error.identify"]);
  });

  it("refuses a code that is not a clearance, or a name without a surname", () => {
    expect(
      CannotReachSchema.safeParse({
        clearanceCode: "1234-5678-90",
        reporterName: "A B",
        reporterPhone: "0722000111",
        relation: "Sister",
      }).success,
    ).toBe(false);
    const r = CannotReachSchema.safeParse({
      nationalId: "12345678",
      workerName: "Halima",
      reporterName: "A B",
      reporterPhone: "0722000111",
      relation: "Sister",
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(["cases.error.workerName"]);
  });
});

describe("scope", () => {
  it("Doha sees nothing of Riyadh's cases; NEA sees only unmatched reports, and the counts per agency", async () => {
    const [riyadh, doha] = [await attache("riyadh"), await attache("doha")];
    const nea = await login(await createUser("NEA_SUPERVISOR"));
    const w = await registeredInSaudi();
    const ref = await raiseCaseByWorker(w.user, help(w.reg.id), ctx, null);
    const { id } = await db.case.findUniqueOrThrow({ where: { reference: ref } });
    expect((await listCases(doha, {})).cases.map((c) => c.id)).not.toContain(id);
    for (const actor of [doha, nea]) {
      await expect(caseForOfficial(actor, id, ctx)).rejects.toMatchObject({ status: 404 });
      await expect(
        actOnCase(actor, id, { intent: "note", body: "hello there" }, ctx),
      ).rejects.toMatchObject({ status: 404 });
    }
    expect((await caseForOfficial(riyadh, id, ctx)).reference).toBe(ref);
    expect(await db.viewEvent.count({ where: { action: "case.viewed", entityId: id } })).toBe(1);
    const counts = await caseCountsByAgency(nea);
    expect(counts.find((c) => c.agency.id === w.agency.id)).toMatchObject({ total: 1, active: 1 });
    await expect(caseCountsByAgency(riyadh)).rejects.toMatchObject({ status: 403 });
    await expect(ownCases(riyadh)).rejects.toMatchObject({ status: 403 });
    await expect(listCases(w.user, {})).rejects.toMatchObject({ status: 403 });
  });
});

describe("the routes", () => {
  it("answer 400 for bad input and change nothing", async () => {
    const w = await registeredInSaudi();
    const before = await db.case.count();
    const { action: helpAction } = await import("~/routes/my.help");
    const bad = (await helpAction({
      request: new Request("http://127.0.0.1/my/help", {
        method: "POST",
        body: new URLSearchParams({ registrationId: w.reg.id, category: "NOPE", description: "x" }),
        headers: { cookie: await sessionCookie(w.userRow.id) },
      }),
      params: {},
      context: {},
    })) as { init: ResponseInit | null };
    expect(bad.init?.status).toBe(400);
    const { action: kinAction } = await import("~/routes/cannot-reach");
    const badKin = (await kinAction({
      request: new Request("http://127.0.0.1/cannot-reach", {
        method: "POST",
        body: new URLSearchParams({ reporterName: "" }),
      }),
      params: {},
      context: {},
    })) as { init: ResponseInit | null };
    expect(badKin.init?.status).toBe(400);
    const ref = await raiseCaseByWorker(w.user, help(w.reg.id), ctx, null);
    const { id } = await db.case.findUniqueOrThrow({ where: { reference: ref } });
    const { action: caseAction } = await import("~/routes/cases.$id");
    const cookie = await sessionCookie((await createUser("LABOUR_ATTACHE")).id); // Riyadh
    const post = (body: Record<string, string>) =>
      caseAction({
        request: new Request(`http://127.0.0.1/cases/${id}`, {
          method: "POST",
          body: new URLSearchParams(body),
          headers: { cookie },
        }),
        params: { id },
        context: {},
      });
    expect(
      ((await post({ intent: "refer", kind: "SPACESHIP" })) as { init: ResponseInit | null }).init
        ?.status,
    ).toBe(400);
    expect(
      ((await post({ intent: "resolve", outcome: "ok" })) as { init: ResponseInit | null }).init
        ?.status,
    ).toBe(400);
    expect(await db.case.count()).toBe(before + 1);
    expect((await db.case.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
    expect(
      (
        (await post({
          intent: "resolve",
          outcome: "Passport returned by the employer.",
        })) as Response
      ).status,
    ).toBe(302);
  });
});

describe("Get help for a worker no mission knows yet", () => {
  it("lists the country of her signed contract, and says when she has left for it", async () => {
    const w = await readyWorker("SA");
    const { loader } = await import("~/routes/my.help");
    const load = async () =>
      (await loader({
        request: new Request("http://127.0.0.1/my/help", {
          headers: { cookie: await sessionCookie(w.user.id) },
        }),
        params: {},
        context: {},
      })) as { registrations: unknown[]; destinations: { countryCode: string; abroad: boolean }[] };
    const before = await load();
    expect(before.registrations).toEqual([]);
    expect(before.destinations).toMatchObject([{ countryCode: "SA", abroad: false }]);
    // Gone without a registration (she left before it was made): Saudi Arabia's numbers come first.
    await db.contract.update({ where: { id: w.contract.id }, data: { status: "DEPARTED" } });
    expect((await load()).destinations).toMatchObject([{ countryCode: "SA", abroad: true }]);
    // A contract not yet signed is no destination.
    await db.contract.update({ where: { id: w.contract.id }, data: { status: "APPROVED" } });
    expect((await load()).destinations).toEqual([]);
  });
});

describe("a worker's written question about her contract, before she accepts", () => {
  const question = { question: "Is the pay 1,500 riyals as the agent told me, or 1,200?" };

  it("reaches NEA (not a mission, not the agency), once per click; NEA's answer reaches her", async () => {
    const w = await readyWorker("SA");
    const riyadh = await attache("riyadh");
    const nea = await login(await createUser("NEA_OFFICER"));
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([
      askAboutContract(w.user, w.contract.id, question, { ctx, submissionKey: key }),
      askAboutContract(w.user, w.contract.id, question, { ctx, submissionKey: key }),
    ]);
    expect(a).toBe(b);
    const c = await db.case.findUniqueOrThrow({ where: { reference: a } });
    expect(c).toMatchObject({
      category: "CONTRACT_QUESTION",
      contractId: w.contract.id,
      workerId: w.contract.workerId,
      missionId: null,
      agencyId: null,
      raisedBy: "WORKER",
      priority: "HIGH",
    });
    expect(await db.case.count({ where: { contractId: w.contract.id } })).toBe(1);
    // Her home page's next step is to wait for the answer, not to accept.
    await db.contract.update({ where: { id: w.contract.id }, data: { status: "APPROVED" } });
    expect(await workerNextStep(w.user)).toEqual({
      kind: "QUESTION_OPEN",
      href: `/my/contracts/${w.contract.id}`,
    });
    // NEA's case list has it; the mission's does not; the agency's counts do not.
    expect((await listCases(nea, {})).cases.map((i) => i.id)).toContain(c.id);
    expect((await listCases(riyadh, {})).cases.map((i) => i.id)).not.toContain(c.id);
    expect((await agencyCaseCounts(w.contract.agencyId)).total).toBe(0);
    const page = await caseForOfficial(nea, c.id, ctx);
    expect(page.contract?.id).toBe(w.contract.id);
    // She is told it arrived, in her language, and sees it on "Get help".
    const received = await db.outboxMessage.findUniqueOrThrow({
      where: { idempotencyKey: `case:${c.id}:received` },
    });
    expect(received.template).toBe("questionReceived");
    expect(received.text).toContain(a);
    expect((await ownCases(w.user)).map((x) => x.reference)).toContain(a);
    // NEA's answer, shown to her, says it is from NEA (not "the mission").
    await actOnCase(
      nea,
      c.id,
      { intent: "note", body: "The approved pay is 1,500 riyals.", visible: "on" },
      ctx,
    );
    const answer = await db.outboxMessage.findFirstOrThrow({
      where: { idempotencyKey: { startsWith: `case:${c.id}:note:` }, channel: "EMAIL" },
    });
    expect(answer.text).toMatch(/NEA (wrote|imeandika)/);
    expect(answer.text).not.toMatch(/mission wrote|Ubalozi umeandika/);
    expect((await ownCases(w.user)).find((x) => x.reference === a)?.notes[0]?.body).toBe(
      "The approved pay is 1,500 riyals.",
    );
    // Her own words come back to her, on "Get help" and on the contract's page with the answer.
    expect((await ownCases(w.user)).find((x) => x.reference === a)?.mine).toBe(question.question);
    const onContract = await questionsAbout(w.user, w.contract.id);
    expect(onContract.map((q) => [q.reference, q.notes.map((n) => n.body)])).toEqual([
      [a, ["The approved pay is 1,500 riyals."]],
    ]);
  });

  it("refuses a question about someone else's contract, and changes nothing", async () => {
    const mine = await readyWorker("SA");
    const other = await readyWorker("SA");
    const before = await db.case.count();
    await expect(
      askAboutContract(other.user, mine.contract.id, question, { ctx, submissionKey: null }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      askAboutContract(other.user, "not-a-uuid", question, { ctx, submissionKey: null }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await db.case.count()).toBe(before);
    // Nor does she see anyone else's questions about a contract.
    await askAboutContract(mine.user, mine.contract.id, question, { ctx, submissionKey: null });
    expect(await questionsAbout(other.user, mine.contract.id)).toEqual([]);
  });

  it("the same question again, unanswered, is not filed twice: she is given the first one's reference", async () => {
    const w = await readyWorker("SA");
    const { action } = await import("~/routes/my.contracts.$id");
    const ask = async (text: string) =>
      (await action({
        request: new Request(`http://127.0.0.1/my/contracts/${w.contract.id}`, {
          method: "POST",
          headers: { cookie: await sessionCookie(w.user.id) },
          // A fresh key each time: a second visit to the page, not a double click.
          body: new URLSearchParams({
            intent: "question",
            question: text,
            submissionKey: crypto.randomUUID(),
          }),
        }),
        params: { id: w.contract.id },
        context: {},
      })) as Response | { init: ResponseInit; data: { error: Record<string, string[]> } };
    const first = await ask(question.question);
    expect(first).toBeInstanceOf(Response);
    const asked = await db.case.findFirstOrThrow({ where: { contractId: w.contract.id } });
    // Written again with other capitals, spaces and punctuation: the same words.
    const again = await ask("  is the pay 1,500 riyals as the agent told me or 1,200 ");
    expect(again).not.toBeInstanceOf(Response);
    const refused = again as { init: ResponseInit; data: { error: Record<string, string[]> } };
    expect(refused.init.status).toBe(409);
    expect(refused.data.error.question?.[0]).toContain(asked.reference);
    expect(await db.case.count({ where: { contractId: w.contract.id } })).toBe(1);
    // Another question is a new case; once NEA has answered, she may ask the first one again.
    expect(await ask("Who keeps my passport when I arrive?")).toBeInstanceOf(Response);
    await db.case.update({ where: { id: asked.id }, data: { status: "RESOLVED" } });
    expect(await ask(question.question)).toBeInstanceOf(Response);
    expect(await db.case.count({ where: { contractId: w.contract.id } })).toBe(3);
  });

  it("the contract page answers a too-short question with 400 under its field, and files nothing", async () => {
    const w = await readyWorker("SA");
    const { action } = await import("~/routes/my.contracts.$id");
    const before = await db.case.count();
    const request = new Request(`http://127.0.0.1/my/contracts/${w.contract.id}`, {
      method: "POST",
      headers: { cookie: await sessionCookie(w.user.id) },
      body: new URLSearchParams({ intent: "question", question: "why?" }),
    });
    const r = (await action({ request, params: { id: w.contract.id }, context: {} })) as {
      init: ResponseInit;
      data: { form?: string; error: Record<string, string[]> };
    };
    expect(r.init.status).toBe(400);
    expect(r.data.form).toBe("question");
    expect(r.data.error.question).toEqual(["cases.error.question"]);
    expect(await db.case.count()).toBe(before);
  });
});
