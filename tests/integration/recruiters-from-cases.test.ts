// Reports of a recruiter from cases and families (issue 20 §1): the attaché records the recruiter
// behind a case, a relative names who recruited the worker they cannot reach; each counts once on
// /check-number, a licensed agency's official contact goes to that agency's record only when an
// official says so, and nobody outside the case's mission can add to it.
import { describe, expect, it } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { CannotReachSchema, CaseActionSchema, GetHelpSchema } from "~/domain/cases/cases.schema";
import {
  actOnCase,
  caseForOfficial,
  raiseCaseByWorker,
  reportCannotReach,
} from "~/domain/cases/cases.server";
import { checkRecruiter } from "~/domain/recruiters/recruiters.server";
import { recruiterIdOf } from "~/domain/recruiters/recruiter-id";
import { issueClearance } from "~/domain/departure/departure.server";
import { createUser } from "../factories/users";
import { login, readyWorker } from "../factories/departure";
import { createAgency } from "../factories/agencies";

const ctx = { requestId: "recruiters-cases", ip: "10.9.9.71" };
const tail = () => String(Math.floor(Math.random() * 1e6)).padStart(6, "0");

async function attache(slug: "riyadh" | "doha"): Promise<User> {
  const row = await createUser("LABOUR_ATTACHE");
  const mission = await db.mission.findUniqueOrThrow({ where: { slug } });
  await db.user.update({ where: { id: row.id }, data: { missionId: mission.id } });
  return login(row);
}

/** A worker registered with the Riyadh mission asks for help: her case, and its agency (if any). */
async function riyadhCase() {
  const w = await readyWorker("SA");
  await issueClearance(w.user, w.contract.id, ctx, "http://x");
  const reg = await db.missionRegistration.findUniqueOrThrow({
    where: { contractId: w.contract.id },
  });
  const reference = await raiseCaseByWorker(
    w.user,
    GetHelpSchema.parse({
      registrationId: reg.id,
      category: "UNPAID_WAGES",
      description: "The broker who sent me took my first two months of pay.",
    }),
    ctx,
    null,
  );
  return db.case.findUniqueOrThrow({ where: { reference } });
}

const reportsOf = (raw: string) =>
  db.recruiterReport.findMany({
    where: { identifier: { ...recruiterIdOf(raw)! } },
    select: { source: true, sourceId: true },
  });

describe("recruiters named in cases and by families", () => {
  it("the mission records the recruiter behind a case: one report, on the case page too", async () => {
    const riyadh = await attache("riyadh");
    const c = await riyadhCase();
    const phone = `0755${tail()}`;
    const step = CaseActionSchema.parse({ intent: "recruiter", value: `+254 ${phone.slice(1)}` });
    await actOnCase(riyadh, c.id, step, ctx);
    // The same number again (a second click, or typed another way) is still one report.
    await actOnCase(
      riyadh,
      c.id,
      CaseActionSchema.parse({ intent: "recruiter", value: phone }),
      ctx,
    );
    expect(await reportsOf(phone)).toEqual([{ source: "CASE", sourceId: c.id }]);
    expect(await checkRecruiter(phone)).toMatchObject({ verdict: "REPORTED", reports: 1 });
    const page = await caseForOfficial(riyadh, c.id, ctx);
    expect(page.recruiters.map((r) => [r.source, r.identifier.kind])).toEqual([["CASE", "PHONE"]]);
    expect(
      await db.auditEvent.count({
        where: { entityId: c.id, action: "case.recruiter_reported" },
      }),
    ).toBe(2);
  });

  it("a licensed agency's official number puts the case on that agency's record, not the list", async () => {
    const riyadh = await attache("riyadh");
    const c = await riyadhCase();
    await db.case.update({ where: { id: c.id }, data: { agencyId: null } });
    const agency = await createAgency({ name: `Case Contact ${tail()} Ltd` });
    const phone = `0766${tail()}`;
    await db.agencyContact.create({
      data: { agencyId: agency.id, ...recruiterIdOf(phone)!, display: phone },
    });
    await actOnCase(
      riyadh,
      c.id,
      CaseActionSchema.parse({ intent: "recruiter", value: phone }),
      ctx,
    );
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).agencyId).toBe(agency.id);
    expect(await reportsOf(phone)).toEqual([]);
  });

  // Attacker's test: an attaché of another mission cannot add a report to a case they cannot see.
  it("another mission's attaché is refused and nothing is recorded", async () => {
    const doha = await attache("doha");
    const c = await riyadhCase();
    const phone = `0777${tail()}`;
    await expect(
      actOnCase(doha, c.id, CaseActionSchema.parse({ intent: "recruiter", value: phone }), ctx),
    ).rejects.toMatchObject({ status: 404 });
    expect(await reportsOf(phone)).toEqual([]);
  });

  it("what is not a number or page is refused on the field", () => {
    const r = CaseActionSchema.safeParse({ intent: "recruiter", value: "??" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe("cases.error.recruiter");
    expect(
      CannotReachSchema.safeParse({
        reporterName: "Mary Atieno",
        reporterPhone: "0722 000 111",
        relation: "Mother",
        workerName: "Achieng Otieno",
        lastContact: "June, from Riyadh",
        recruiter: "--",
      }).error!.issues.map((i) => [i.path.join("."), i.message]),
    ).toEqual([["recruiter", "cases.error.recruiter"]]);
  });

  it("a relative names the broker: a family report of that page, never on an agency's record", async () => {
    const page = `Gulf Maids Direct ${tail()}`;
    const family = (recruiter: string) =>
      CannotReachSchema.parse({
        reporterName: "Mary Atieno",
        reporterPhone: "0722 000 111",
        relation: "Mother",
        workerName: "Achieng Otieno",
        lastContact: "In June, she called from Jeddah",
        recruiter,
      });
    const ref = await reportCannotReach(
      family(`https://www.facebook.com/${page.replace(/ /g, ".")}`),
      {
        ctx,
        submissionKey: null,
      },
    );
    const c = await db.case.findUniqueOrThrow({ where: { reference: ref } });
    expect(await reportsOf(page)).toEqual([{ source: "FAMILY", sourceId: c.id }]);
    // A licensed agency's official number named by a relative: not reported as unlicensed, and the
    // unverified case is not put on the agency's record (its scorecard counts its cases).
    const agency = await createAgency({ name: `Family Named ${tail()} Ltd` });
    const phone = `0788${tail()}`;
    await db.agencyContact.create({
      data: { agencyId: agency.id, ...recruiterIdOf(phone)!, display: phone },
    });
    const ref2 = await reportCannotReach(family(phone), { ctx, submissionKey: null });
    expect((await db.case.findUniqueOrThrow({ where: { reference: ref2 } })).agencyId).toBeNull();
    expect(await reportsOf(phone)).toEqual([]);
  });
});
