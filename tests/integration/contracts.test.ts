// The contract workflow on a real database: draft → engine → blocked → fixed → submitted →
// reviewed → recommended → approved by another official → signed by the worker.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  actOnContract,
  requireContractForActor,
  termsHash,
} from "~/domain/contracts/contracts.server";
import {
  amendContract,
  saveContractTerms,
  startContract,
} from "~/domain/contracts/contract-drafts.server";
import { contractPageFor } from "~/domain/contracts/contract-page.server";
import { approvedContractPdf } from "~/domain/contracts/contract-lists.server";
import { verifyCode } from "~/domain/verify/verify.server";
import { PDFDocument } from "pdf-lib";
import { CONTRACT_FLOW, canonicalJson } from "~/domain/contracts/contracts.workflow";
import { createUser, sessionCookie } from "../factories/users";
import { postStatus } from "../factories/routes";
import { goodTerms, login, setup } from "../factories/contracts";

const ctx = { requestId: "test", ip: "10.7.7.7" };
const opts = { ctx, appUrl: "http://127.0.0.1:3000" };

/**
 * A contract an agency started for a new worker, with good terms, submitted to NEA; `before` runs
 * on the worker's record first (her contacts, her language).
 */
async function submittedContract(before?: (s: Awaited<ReturnType<typeof setup>>) => Promise<void>) {
  const s = await setup();
  await before?.(s);
  const id = await startContract(
    s.staff,
    {
      jobOrderId: s.jo.id,
      firstName: "A",
      lastName: "Otieno",
      nationalId: s.nationalId,
      dateOfBirth: "1996-02-02",
    },
    ctx,
  );
  await saveContractTerms(s.staff, id, goodTerms(), ctx);
  await actOnContract(s.staff, id, { intent: "submit" }, opts);
  return { s, id };
}

describe("contract workflow", () => {
  it("the whole path, with a blocking finding fixed, four eyes, the hash and the worker's signature", async () => {
    const s = await setup();
    const id = await startContract(
      s.staff,
      {
        jobOrderId: s.jo.id,
        firstName: "Amina",
        lastName: "Otieno",
        nationalId: s.nationalId,
        dateOfBirth: "1996-02-02",
      },
      ctx,
    );
    expect((await db.contract.findUniqueOrThrow({ where: { id } })).workerId).toBe(
      (await db.worker.findUniqueOrThrow({ where: { nationalId: s.nationalId } })).id,
    );

    const findings = await saveContractTerms(
      s.staff,
      id,
      goodTerms({ passportHeldBy: "EMPLOYER" }),
      ctx,
    );
    expect(findings.map((f) => `${f.code}:${f.severity}`)).toEqual(["DOC-01:BLOCKING"]);
    await expect(actOnContract(s.staff, id, { intent: "submit" }, opts)).rejects.toMatchObject({
      key: "contracts.error.blocking",
    });
    expect(await saveContractTerms(s.staff, id, goodTerms(), ctx)).toEqual([]);
    expect(await actOnContract(s.staff, id, { intent: "submit" }, opts)).toBe("SUBMITTED");

    const officer = await login(await createUser("NEA_OFFICER"));
    const supervisor = await login(await createUser("NEA_SUPERVISOR"));
    await expect(actOnContract(officer, id, { intent: "approve" }, opts)).rejects.toMatchObject({
      status: 409,
    });
    expect(await actOnContract(officer, id, { intent: "startReview" }, opts)).toBe("UNDER_REVIEW");
    expect(
      await actOnContract(
        officer,
        id,
        { intent: "recommend", reason: "Terms match the Qatar BLA" },
        opts,
      ),
    ).toBe("RECOMMENDED");
    await expect(actOnContract(officer, id, { intent: "approve" }, opts)).rejects.toMatchObject({
      status: 403,
    }); // officers cannot approve
    expect(await actOnContract(supervisor, id, { intent: "approve" }, opts)).toBe("APPROVED");

    const approved = await db.contract.findUniqueOrThrow({ where: { id } });
    expect(approved.termsHash).toBe(termsHash(approved.terms));
    expect(approved.termsHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await db.jobOrder.findUniqueOrThrow({ where: { id: s.jo.id } })).positionsFilled).toBe(
      1,
    );
    await expect(
      saveContractTerms(s.staff, id, goodTerms({ monthlyWage: 1000 }), ctx),
    ).rejects.toMatchObject({ status: 409 }); // no silent substitution

    const other = await login(await createUser("WORKER"));
    await expect(actOnContract(other, id, { intent: "sign" }, opts)).rejects.toMatchObject({
      status: 404,
    });
    // On the web, accepting without saying she read it all is refused and changes nothing.
    const workerCookie = await sessionCookie(s.worker.id);
    const signPage = import("~/routes/my.contracts.$id");
    expect(
      await postStatus(signPage, `/my/contracts/${id}`, workerCookie, { intent: "sign" }, { id }),
    ).toBe(400);
    expect((await db.contract.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
    expect(await actOnContract(s.worker, id, { intent: "sign" }, opts)).toBe("SIGNED");
    // The code on the PDF proves the approved terms, without revealing who the worker is.
    const signed = await db.contract.findUniqueOrThrow({ where: { id } });
    expect(signed.verificationCode).toMatch(/^5\d{9}$/);
    const v = await verifyCode(signed.verificationCode!);
    expect(v).toMatchObject({
      kind: "CONTRACT",
      status: "VALID",
      subject: {
        reference: signed.reference,
        workerInitials: "A. O.",
        termsHash: signed.termsHash,
      },
    });
    expect(JSON.stringify(v)).not.toContain("Otieno");
    const pdf = await approvedContractPdf(s.worker, id, "http://127.0.0.1:3000");
    const doc = await PDFDocument.load(pdf);
    expect(doc.getTitle()).toBe(`Contract ${signed.reference} v1`);
    await expect(
      approvedContractPdf(await login(await createUser("WORKER")), id, "http://x"),
    ).rejects.toMatchObject({ status: 404 });
    const events = await db.contractEvent.findMany({
      where: { contractId: id },
      orderBy: { at: "asc" },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toEqual([
      "create",
      "submit",
      "startReview",
      "recommend",
      "approve",
      "sign",
    ]);
    expect(
      await db.outboxMessage.count({ where: { to: s.agency.email!, template: "contractUpdate" } }),
    ).toBe(4);
    expect(
      (
        await db.outboxMessage.findMany({
          where: { to: s.agency.email!, template: "contractUpdate" },
          orderBy: { createdAt: "asc" },
        })
      ).map((m) => m.subject.split(": ")[1]),
    ).toEqual(["under review", "recommended for approval", "approved", "accepted by the worker"]);
  });

  it("changing approved terms makes a new version that needs approval; the old one is then withdrawn and its code revoked", async () => {
    const s = await setup();
    const id = await startContract(
      s.staff,
      {
        jobOrderId: s.jo.id,
        firstName: "Amina",
        lastName: "Otieno",
        nationalId: s.nationalId,
        dateOfBirth: "1996-02-02",
      },
      ctx,
    );
    await saveContractTerms(s.staff, id, goodTerms(), ctx);
    const officer = await login(await createUser("NEA_OFFICER"));
    const supervisor = await login(await createUser("NEA_SUPERVISOR"));
    const approveAll = async (cid: string) => {
      await actOnContract(s.staff, cid, { intent: "submit" }, opts);
      await actOnContract(officer, cid, { intent: "startReview" }, opts);
      await actOnContract(officer, cid, { intent: "recommend", reason: "ok" }, opts);
      await actOnContract(supervisor, cid, { intent: "approve" }, opts);
    };
    await approveAll(id);
    const v1 = await db.contract.findUniqueOrThrow({ where: { id } });
    const v2id = await amendContract(s.staff, id, ctx);
    expect(await amendContract(s.staff, id, ctx)).toBe(v2id); // one pending amendment at a time
    await saveContractTerms(s.staff, v2id, goodTerms({ monthlyWage: 1700 }), ctx);
    expect((await db.contract.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED"); // still in force meanwhile
    await approveAll(v2id);
    const [old, v2] = await Promise.all([
      db.contract.findUniqueOrThrow({ where: { id } }),
      db.contract.findUniqueOrThrow({ where: { id: v2id } }),
    ]);
    expect(old.status).toBe("WITHDRAWN");
    expect(v2).toMatchObject({
      status: "APPROVED",
      version: 2,
      reference: `${v1.reference}-v2`,
      supersedesId: id,
    });
    expect(v2.termsHash).not.toBe(v1.termsHash);
    // Each page lists both versions, the earlier one still readable, and who took each step: NEA
    // reads officials' names, the agency only their roles (and its own staff's names).
    const neaPage = await contractPageFor(officer, v2id);
    expect(neaPage.versions.map((v) => [v.version, v.status, v.current, v.canOpen])).toEqual([
      [1, "WITHDRAWN", false, true],
      [2, "APPROVED", true, true],
    ]);
    const approvedBy = (p: typeof neaPage) =>
      p.contract.events.find((e) => e.toStatus === "APPROVED")?.by;
    expect(approvedBy(neaPage)).toEqual({ role: "NEA_SUPERVISOR", name: supervisor.name });
    const agencyPage = await contractPageFor(s.staff, v2id);
    expect(approvedBy(agencyPage)).toEqual({ role: "NEA_SUPERVISOR", name: null });
    expect(agencyPage.contract.events.find((e) => e.toStatus === "SUBMITTED")?.by).toEqual({
      role: s.staff.role,
      name: s.staff.name,
    });
    expect(agencyPage.versions.map((v) => v.canOpen)).toEqual([true, true]);
    expect((await verifyCode(v1.verificationCode!))?.status).toBe("REVOKED");
    expect((await verifyCode(v2.verificationCode!))?.status).toBe("VALID");
    expect((await db.jobOrder.findUniqueOrThrow({ where: { id: s.jo.id } })).positionsFilled).toBe(
      1,
    );
  });

  it("four eyes: a supervisor who recommended cannot approve; two approvers at once: one wins", async () => {
    const { id } = await submittedContract();
    const sup1 = await login(await createUser("NEA_SUPERVISOR"));
    await actOnContract(sup1, id, { intent: "startReview" }, opts);
    await actOnContract(sup1, id, { intent: "recommend", reason: "ok" }, opts);
    await expect(actOnContract(sup1, id, { intent: "approve" }, opts)).rejects.toMatchObject({
      key: "contracts.error.fourEyes",
    });
    // Their page says why they have no decision to take; another supervisor's has the decision.
    const own = await contractPageFor(sup1, id);
    expect(own.heldByFourEyes).toBe(true);
    expect(own.actions).not.toContain("approve");
    const other = await contractPageFor(await login(await createUser("NEA_SUPERVISOR")), id);
    expect(other.heldByFourEyes).toBe(false);
    expect(other.actions).toContain("approve");
    const [a, b] = [
      await login(await createUser("NEA_SUPERVISOR")),
      await login(await createUser("NEA_SUPERVISOR")),
    ];
    const results = await Promise.allSettled([
      actOnContract(a, id, { intent: "approve" }, opts),
      actOnContract(b, id, { intent: "returnToReview", reason: "Check the wage again" }, opts),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { status: 409 } });
  });

  // Attacker's test (issue 15, fifth review): one supervisor alone rejected a contract an officer
  // had recommended for approval, ending a worker's job offer with one person's say. As with
  // licences, the decision follows the recommendation; a decider who disagrees returns it to review.
  it("four eyes on rejection too: a supervisor cannot reject what was recommended for approval, nor approve what was recommended for rejection", async () => {
    const { id } = await submittedContract();
    const officer = await login(await createUser("NEA_OFFICER"));
    const supervisor = await login(await createUser("NEA_SUPERVISOR"));
    await actOnContract(officer, id, { intent: "startReview" }, opts);
    await actOnContract(officer, id, { intent: "recommend", reason: "ok" }, opts);
    await expect(
      actOnContract(supervisor, id, { intent: "reject", reason: "No" }, opts),
    ).rejects.toMatchObject({ status: 409 });
    expect(
      await actOnContract(supervisor, id, { intent: "returnToReview", reason: "Wage?" }, opts),
    ).toBe("UNDER_REVIEW");
    expect(
      await actOnContract(
        officer,
        id,
        { intent: "recommendRejection", reason: "The employer is watch-listed" },
        opts,
      ),
    ).toBe("RECOMMENDED_REJECTION");
    await expect(actOnContract(supervisor, id, { intent: "approve" }, opts)).rejects.toMatchObject({
      status: 409,
    });
    await expect(
      actOnContract(officer, id, { intent: "reject", reason: "No" }, opts),
    ).rejects.toMatchObject({ status: 403 });
    // The supervisor who started the review or recommended never decides (four eyes).
    const sup2 = await login(await createUser("NEA_SUPERVISOR"));
    expect(await actOnContract(sup2, id, { intent: "reject", reason: "Agreed" }, opts)).toBe(
      "REJECTED",
    );
  });

  it("refuses submission for a worker who already has an active contract, or when the job order is full", async () => {
    const s = await setup(1);
    const first = await startContract(
      s.staff,
      {
        jobOrderId: s.jo.id,
        firstName: "A",
        lastName: "Otieno",
        nationalId: s.nationalId,
        dateOfBirth: "1996-02-02",
      },
      ctx,
    );
    await saveContractTerms(s.staff, first, goodTerms(), ctx);
    await actOnContract(s.staff, first, { intent: "submit" }, opts);
    const second = await startContract(
      s.staff,
      {
        jobOrderId: s.jo.id,
        firstName: "A",
        lastName: "Otieno",
        nationalId: s.nationalId,
        dateOfBirth: "1996-02-02",
      },
      ctx,
    );
    await saveContractTerms(s.staff, second, goodTerms(), ctx);
    await expect(actOnContract(s.staff, second, { intent: "submit" }, opts)).rejects.toMatchObject({
      key: "contracts.error.otherContract",
    });
    await db.jobOrder.update({ where: { id: s.jo.id }, data: { positionsFilled: 1 } });
    const third = await startContract(
      s.staff,
      {
        jobOrderId: s.jo.id,
        firstName: "C",
        lastName: "D",
        nationalId: "29999999",
        dateOfBirth: "1990-01-01",
      },
      ctx,
    );
    await saveContractTerms(s.staff, third, goodTerms(), ctx);
    await expect(actOnContract(s.staff, third, { intent: "submit" }, opts)).rejects.toMatchObject({
      key: "contracts.error.positions",
    });
  });

  it("an underage worker is blocked by the age rule; another agency cannot see the contract", async () => {
    const s = await setup();
    const id = await startContract(
      s.staff,
      {
        jobOrderId: s.jo.id,
        firstName: "Too",
        lastName: "Young",
        nationalId: "28888888",
        dateOfBirth: "2010-01-01",
      },
      ctx,
    );
    const f = await saveContractTerms(s.staff, id, goodTerms(), ctx);
    expect(f.map((x) => x.code)).toContain("AGE-01");
    const other = await setup();
    await expect(requireContractForActor(other.staff, id)).rejects.toMatchObject({ status: 404 });
  });

  it("the worker hears of her contract by SMS in her language, and by email only where she has one", async () => {
    /** A contract submitted for a worker whose record has the given contacts, in Kiswahili. */
    const submittedFor = async (contacts: { email: string | null; phone: string | null }) =>
      (
        await submittedContract(async (s) => {
          const w = await db.worker.update({ where: { nationalId: s.nationalId }, data: contacts });
          await db.user.update({ where: { id: w.userId! }, data: { locale: "sw" } });
        })
      ).id;
    const toWorker = (id: string) =>
      db.outboxMessage.findMany({
        where: { idempotencyKey: { startsWith: `contract:${id}:worker:` } },
        orderBy: { createdAt: "asc" },
      });

    const id = await submittedFor({ email: null, phone: "254722000333" });
    const officer = await login(await createUser("NEA_OFFICER"));
    const supervisor = await login(await createUser("NEA_SUPERVISOR"));
    await actOnContract(officer, id, { intent: "startReview" }, opts);
    await actOnContract(officer, id, { intent: "recommend", reason: "Terms match" }, opts);
    expect(await actOnContract(supervisor, id, { intent: "approve" }, opts)).toBe("APPROVED");
    const sms = await toWorker(id);
    expect(sms.map((m) => [m.channel, m.to, m.locale])).toEqual([
      ["SMS", "254722000333", "sw"],
      ["SMS", "254722000333", "sw"],
    ]);
    const ref = (await db.contract.findUniqueOrThrow({ where: { id } })).reference;
    expect(sms[1]!.text).toContain(`mkataba wako ${ref} umeidhinishwa`);
    expect(sms[1]!.text).toContain(`/my/contracts/${id}`);
    expect(sms[1]!.text.length).toBeLessThanOrEqual(160);

    // With an email too, she gets both, each once; with neither, nothing is queued for her.
    const both = await submittedFor({ email: "amina@example.ke", phone: "254722000444" });
    expect((await toWorker(both)).map((m) => m.channel).sort()).toEqual(["EMAIL", "SMS"]);
    const none = await submittedFor({ email: null, phone: null });
    expect(await toWorker(none)).toEqual([]);
  });

  it("the table: every step names a permission, and nothing leaves a final status", () => {
    for (const [, steps] of Object.entries(CONTRACT_FLOW))
      for (const step of Object.values(steps ?? {})) expect(step.permission).toMatch(/:/);
    expect(CONTRACT_FLOW.REJECTED).toBeUndefined();
    expect(CONTRACT_FLOW.WITHDRAWN).toBeUndefined();
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});

describe("contract routes", () => {
  it("scope each page to its reader and export the queue as CSV with formulas defused", async () => {
    const { sessionCookie } = await import("../factories/users");
    const s = await setup();
    const id = await startContract(
      s.staff,
      {
        jobOrderId: s.jo.id,
        firstName: '=HYPERLINK("x")',
        lastName: "Otieno",
        nationalId: s.nationalId,
        dateOfBirth: "1996-02-02",
      },
      ctx,
    );
    const load = async (
      mod: Promise<{ loader: (a: never) => Promise<unknown> }>,
      path: string,
      cookie: string,
      params: Record<string, string> = {},
    ) => {
      const { loader } = await mod;
      try {
        const r = await loader({
          request: new Request(`http://127.0.0.1${path}`, { headers: { cookie } }),
          params,
          context: {},
        } as never);
        return r instanceof Response ? r : new Response(null, { status: 200 });
      } catch (e) {
        if (e instanceof Response) return e;
        throw e;
      }
    };
    const staffCookie = await sessionCookie(s.staff.id);
    expect(
      (
        await load(
          import("~/routes/agency.contracts.$id"),
          `/agency/contracts/${id}`,
          staffCookie,
          { id },
        )
      ).status,
    ).toBe(200);
    const otherAgency = await setup();
    expect(
      (
        await load(
          import("~/routes/agency.contracts.$id"),
          `/agency/contracts/${id}`,
          await sessionCookie(otherAgency.staff.id),
          { id },
        )
      ).status,
    ).toBe(404);
    // A draft is the agency's own business: NEA does not see it yet, nor does the worker.
    const officerCookie = await sessionCookie((await createUser("NEA_OFFICER")).id);
    expect(
      (
        await load(import("~/routes/nea.contracts.$id"), `/nea/contracts/${id}`, officerCookie, {
          id,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await load(
          import("~/routes/my.contracts.$id"),
          `/my/contracts/${id}`,
          await sessionCookie(s.worker.id),
          { id },
        )
      ).status,
    ).toBe(404);
    await saveContractTerms(s.staff, id, goodTerms(), ctx);
    await actOnContract(s.staff, id, { intent: "submit" }, opts);
    expect(
      (
        await load(import("~/routes/nea.contracts.$id"), `/nea/contracts/${id}`, officerCookie, {
          id,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await load(
          import("~/routes/my.contracts.$id"),
          `/my/contracts/${id}`,
          await sessionCookie(s.worker.id),
          { id },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await load(
          import("~/routes/my.contracts.$id"),
          `/my/contracts/${id}`,
          await sessionCookie(otherAgency.worker.id),
          { id },
        )
      ).status,
    ).toBe(404);
    const csv = await load(
      import("~/routes/nea.contracts[.]csv"),
      "/nea/contracts.csv?country=QA",
      officerCookie,
    );
    const text = await csv.text();
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const { reference } = await db.contract.findUniqueOrThrow({ where: { id } });
    const row = text.split("\r\n").find((l) => l.includes(reference));
    expect(row).toContain(s.agency.licenceNo!);
  });

  it("filters the NEA queue by agency and waiting time", async () => {
    const { listContractsForReview } = await import("~/domain/contracts/contract-lists.server");
    const s = await setup();
    const id = await startContract(
      s.staff,
      {
        jobOrderId: s.jo.id,
        firstName: "Q",
        lastName: "Otieno",
        nationalId: s.nationalId,
        dateOfBirth: "1996-02-02",
      },
      ctx,
    );
    await saveContractTerms(s.staff, id, goodTerms(), ctx);
    await actOnContract(s.staff, id, { intent: "submit" }, opts);
    const officer = await login(await createUser("NEA_OFFICER"));
    const agencyName = (await db.agency.findUniqueOrThrow({ where: { id: s.agency.id } })).name;
    expect(
      (await listContractsForReview(officer, { agency: agencyName.toUpperCase() })).items.map(
        (c) => c.id,
      ),
    ).toEqual([id]);
    // A wildcard typed in the filter is a character to find, never "any agency".
    expect((await listContractsForReview(officer, { agency: "%" })).items).toEqual([]);
    expect(
      (await listContractsForReview(officer, { agency: agencyName, waitedDays: 7 })).items,
    ).toEqual([]);
    await db.contract.update({
      where: { id },
      data: { submittedAt: new Date(Date.now() - 8 * 86400_000) },
    });
    expect(
      (await listContractsForReview(officer, { agency: agencyName, waitedDays: 7 })).items.map(
        (c) => c.id,
      ),
    ).toEqual([id]);
  });

  it("orders the NEA queue by how long each contract has waited since submission, pages through it, and exports the same order with the worker and Nairobi times", async () => {
    const { listContractsForReview, exportContractsCsv } =
      await import("~/domain/contracts/contract-lists.server");
    // Three contracts of one agency, started in one order and submitted in another: the queue
    // follows the submission (the wait), not when the draft was started.
    const s = await setup(3);
    const ids: string[] = [];
    for (const lastName of ["First", "Second", "Third"]) {
      const id = await startContract(
        s.staff,
        {
          jobOrderId: s.jo.id,
          firstName: "Q",
          lastName,
          nationalId: String(30_000_000 + Math.floor(Math.random() * 9_000_000)),
          dateOfBirth: "1996-02-02",
        },
        ctx,
      );
      await saveContractTerms(s.staff, id, goodTerms(), ctx);
      await actOnContract(s.staff, id, { intent: "submit" }, opts);
      ids.push(id);
    }
    const [a, b, c] = ids as [string, string, string];
    const day = 86400_000;
    const at = (d: number) => new Date(Date.UTC(2026, 3, 30, 21, 30) - d * day); // 00:30 Nairobi
    await db.contract.update({ where: { id: a }, data: { submittedAt: at(1) } });
    await db.contract.update({ where: { id: b }, data: { submittedAt: at(10) } });
    await db.contract.update({ where: { id: c }, data: { submittedAt: at(10) } }); // a tie
    const officer = await login(await createUser("NEA_OFFICER"));
    const agency = (await db.agency.findUniqueOrThrow({ where: { id: s.agency.id } })).name;
    const all = async (sort: "oldest" | "newest") => {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 5; i++) {
        const page = await listContractsForReview(officer, { agency, sort, cursor, take: 1 });
        seen.push(...page.items.map((x) => x.id));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return seen;
    };
    expect(await all("oldest")).toEqual([b, c, a]);
    expect(await all("newest")).toEqual([a, c, b]);
    // A tampered "next page" link starts the queue again; it never reaches PostgreSQL as a bad uuid.
    const tampered = await listContractsForReview(officer, {
      agency,
      cursor: `1_${"-".repeat(36)}`,
    });
    expect(tampered.items.map((x) => x.id)).toEqual([b, c, a]);
    // A time past the year 9999 is no cursor either (PostgreSQL cannot read it: it would be a 500).
    const farFuture = await listContractsForReview(officer, {
      agency,
      cursor: `999999999999999_${a}`,
    });
    expect(farFuture.items.map((x) => x.id)).toEqual([b, c, a]);

    const csv = (await exportContractsCsv(officer, { agency, sort: "oldest" })).split("\r\n");
    expect(csv[0]).toBe(
      "reference,status,country,worker,agency,licence_no,submitted_at (Nairobi),decided_at (Nairobi)",
    );
    expect(csv[1]).toContain(",Q Second,");
    // Submitted at 21:30 UTC on 20 April: 00:30 on 21 April in Nairobi.
    expect(csv[1]).toContain(",2026-04-21 00:30,");
    expect(csv.slice(1, 4).map((l) => l.split(",")[3])).toEqual(["Q Second", "Q Third", "Q First"]);
  });

  it("answers an impossible date with 400, not 500", async () => {
    const { sessionCookie } = await import("../factories/users");
    const { action } = await import("~/routes/agency.contracts._index");
    const s = await setup();
    const body = new URLSearchParams({
      jobOrderId: s.jo.id,
      firstName: "A",
      lastName: "B",
      nationalId: "26666666",
      dateOfBirth: "1996-02-30",
    });
    const request = new Request("http://127.0.0.1/agency/contracts", {
      method: "POST",
      body,
      headers: { cookie: await sessionCookie(s.staff.id) },
    });
    const r = (await action({ request, params: {}, context: {} })) as { init?: ResponseInit };
    expect(r.init?.status).toBe(400);
    expect(await db.worker.count({ where: { nationalId: "26666666" } })).toBe(0);
  });

  // Attacker's test (issue 15, low): cells starting with a tab or carriage return were not defused.
  it("defuses spreadsheet formulas in CSV cells", async () => {
    const { csvLines } = await import("~/utils/csv.server");
    expect(
      csvLines([["=SUM(A1)", "\tcmd", "\r=x", 'a "b", c', "plain", "＝1+1", "@x", "+1"]]),
    ).toBe(`'=SUM(A1),'\tcmd,"'\r=x","a ""b"", c",plain,'＝1+1,'@x,'+1\r\n`);
    expect(csvLines([["-2"], ["2026-11-30"]])).toBe("'-2\r\n2026-11-30\r\n");
  });
});
