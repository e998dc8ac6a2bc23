// The role matrix: for every guarded route and every role, the answer the server must give.
// Later work adds its routes to ROUTES. 200 = allowed, 403 = forbidden, 302 = sent to log in.
import { beforeAll, describe, expect, it } from "vitest";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { ROLES } from "~/auth/permissions";
import type { Role } from "~/generated/prisma/enums";
import { createUser, sessionCookie } from "../factories/users";

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;
/** notFound: roles that may use the route but for whom this record is out of scope (answered like a missing record). */
type Expectation = { allow: Role[] | "all"; notFound?: Role[] };

// Ids of records that routes with parameters need (created in beforeAll).
const fixtures: Record<string, string> = {};

const ROUTES: {
  path: string;
  load: () => Promise<{ loader: Loader }>;
  expect: Expectation;
  params?: () => Record<string, string>;
}[] = [
  { path: "/account", load: () => import("~/routes/account"), expect: { allow: "all" } },
  {
    path: "/admin/users",
    load: () => import("~/routes/admin.users._index"),
    expect: { allow: ["ADMIN"] },
  },
  {
    path: "/admin/users/new",
    load: () => import("~/routes/admin.users.new"),
    expect: { allow: ["ADMIN"] },
  },
  {
    path: "/admin/audit",
    load: () => import("~/routes/admin.audit"),
    expect: { allow: ["ADMIN"] },
  },
  { path: "/admin/mail", load: () => import("~/routes/admin.mail"), expect: { allow: ["ADMIN"] } },
  {
    path: "/admin/backups",
    load: () => import("~/routes/admin.backups"),
    expect: { allow: ["ADMIN"] },
  },
  {
    path: "/admin/training",
    load: () => import("~/routes/admin.training._index"),
    expect: { allow: ["ADMIN"] },
  },
  {
    path: "/admin/training/:slug",
    load: () => import("~/routes/admin.training.$slug"),
    expect: { allow: ["ADMIN"] },
    params: () => ({ slug: "safe-migration" }),
  },
  {
    path: "/nea/complaints",
    load: () => import("~/routes/nea.complaints._index"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/nea/recruiters",
    load: () => import("~/routes/nea.recruiters._index"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/nea/complaints/:id",
    load: () => import("~/routes/nea.complaints.$id"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
    params: () => ({ id: fixtures.complaintId! }),
  },
  {
    path: "/agency",
    load: () => import("~/routes/agency._index"),
    expect: { allow: ["AGENCY_STAFF", "AGENCY_ADMIN"] },
  },
  {
    path: "/agency/application",
    load: () => import("~/routes/agency.application"),
    expect: { allow: ["AGENCY_ADMIN"] },
  },
  {
    path: "/agency/staff",
    load: () => import("~/routes/agency.staff"),
    expect: { allow: ["AGENCY_ADMIN"] },
  },
  {
    path: "/nea/licensing",
    load: () => import("~/routes/nea.licensing._index"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/nea/licensing/:id",
    load: () => import("~/routes/nea.licensing.$id"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
    params: () => ({ id: fixtures.applicationId! }),
  },
  {
    path: "/nea/agencies/:id",
    load: () => import("~/routes/nea.agencies.$id"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] }, // officers propose; a supervisor confirms
    params: () => ({ id: fixtures.agencyId! }),
  },
  {
    path: "/nea/agencies/bulk",
    load: () => import("~/routes/nea.agencies.bulk"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/nea/decisions",
    load: () => import("~/routes/nea.decisions"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR", "ADMIN"] }, // admins: officials' accounts
  },
  {
    path: "/nea/agencies/import",
    load: () => import("~/routes/nea.agencies.import._index"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] }, // officers propose; a supervisor confirms
  },
  {
    path: "/nea/agencies/import/:id",
    load: () => import("~/routes/nea.agencies.import.$id"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
    params: () => ({ id: fixtures.importId! }),
  },
  {
    path: "/agency/employers",
    load: () => import("~/routes/agency.employers"),
    expect: { allow: ["AGENCY_STAFF", "AGENCY_ADMIN"] },
  },
  {
    path: "/agency/contacts",
    load: () => import("~/routes/agency.contacts"),
    expect: { allow: ["AGENCY_STAFF", "AGENCY_ADMIN"] },
  },
  {
    path: "/agency/job-orders",
    load: () => import("~/routes/agency.job-orders"),
    expect: { allow: ["AGENCY_STAFF", "AGENCY_ADMIN"] },
  },
  {
    path: "/nea/job-orders",
    load: () => import("~/routes/nea.job-orders._index"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/nea/job-orders/:id",
    load: () => import("~/routes/nea.job-orders.$id"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
    params: () => ({ id: fixtures.jobOrderId! }),
  },
  {
    path: "/nea/employers",
    load: () => import("~/routes/nea.employers"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR", "LABOUR_ATTACHE"] },
  },
  {
    path: "/agency/contracts",
    load: () => import("~/routes/agency.contracts._index"),
    expect: { allow: ["AGENCY_STAFF", "AGENCY_ADMIN"] },
  },
  {
    path: "/nea/contracts",
    load: () => import("~/routes/nea.contracts._index"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/nea/contracts.csv",
    load: () => import("~/routes/nea.contracts[.]csv"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/nea/contracts/:id",
    load: () => import("~/routes/nea.contracts.$id"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
    params: () => ({ id: fixtures.contractId! }),
  },
  {
    path: "/my/contracts",
    load: () => import("~/routes/my.contracts._index"),
    expect: { allow: ["WORKER"] },
  },
  { path: "/my/profile", load: () => import("~/routes/my.profile"), expect: { allow: ["WORKER"] } },
  {
    path: "/my/data.json",
    load: () => import("~/routes/my.data[.]json"),
    expect: { allow: ["WORKER"] },
  },
  {
    path: "/my/departure",
    load: () => import("~/routes/my.departure"),
    expect: { allow: ["WORKER"] },
  },
  {
    path: "/mission",
    load: () => import("~/routes/mission._index"),
    expect: { allow: ["LABOUR_ATTACHE"] },
  },
  { path: "/my/help", load: () => import("~/routes/my.help"), expect: { allow: ["WORKER"] } },
  // Files served through a check (issue 15: the matrix missed them). The fixtures belong to the
  // matrix agency and a worker without an account: every other agency and worker gets a 404.
  {
    path: "/contracts/:id.pdf",
    load: () => import("~/routes/contracts.$id[.]pdf"),
    expect: {
      allow: ["NEA_OFFICER", "NEA_SUPERVISOR", "AGENCY_ADMIN", "AGENCY_STAFF", "WORKER"],
      notFound: ["AGENCY_ADMIN", "AGENCY_STAFF", "WORKER"],
    },
    params: () => ({ id: fixtures.approvedContractId! }),
  },
  {
    path: "/applications/:id/documents/:docId",
    load: () => import("~/routes/applications.$id.documents.$docId"),
    expect: {
      allow: ["NEA_OFFICER", "NEA_SUPERVISOR", "AGENCY_ADMIN", "AGENCY_STAFF"],
      notFound: ["AGENCY_ADMIN", "AGENCY_STAFF"],
    },
    params: () => ({ id: fixtures.applicationId!, docId: fixtures.documentId! }),
  },
  { path: "/my/pin", load: () => import("~/routes/my.pin"), expect: { allow: ["WORKER"] } },
  {
    path: "/cases",
    load: () => import("~/routes/cases._index"),
    expect: { allow: ["LABOUR_ATTACHE", "NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    // A case at the Riyadh mission: its attaché handles it; NEA handles only unmatched reports, so for NEA it does not exist.
    path: "/cases/:id",
    load: () => import("~/routes/cases.$id"),
    expect: { allow: ["LABOUR_ATTACHE"], notFound: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
    params: () => ({ id: fixtures.caseId! }),
  },
  {
    // The NRM referral record of that case (issue 20 §4): the same officials, JSON and PDF.
    path: "/cases/:id/nrm/:referralId.json",
    load: () => import("~/routes/cases.$id_.nrm.$referralId[.]json"),
    expect: { allow: ["LABOUR_ATTACHE"], notFound: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
    params: () => ({ id: fixtures.caseId!, referralId: fixtures.nrmReferralId! }),
  },
  {
    path: "/cases/:id/nrm/:referralId.pdf",
    load: () => import("~/routes/cases.$id_.nrm.$referralId[.]pdf"),
    expect: { allow: ["LABOUR_ATTACHE"], notFound: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
    params: () => ({ id: fixtures.caseId!, referralId: fixtures.nrmReferralId! }),
  },
  {
    path: "/returns",
    load: () => import("~/routes/returns._index"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/returns/services",
    load: () => import("~/routes/returns.services"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    // Correcting a service's contact (issue 20 §3): NEA officers only.
    path: "/returns/services/:id",
    load: () => import("~/routes/returns.services_.$id"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
    params: () => ({ id: fixtures.serviceId! }),
  },
  {
    path: "/returns/:registrationId",
    load: () => import("~/routes/returns.$registrationId"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
    params: () => ({ registrationId: fixtures.registrationId! }),
  },
  {
    // Her return home (issue 20 §3): only her own deployment; the fixture is another worker's.
    path: "/my/return/:registrationId",
    load: () => import("~/routes/my.return.$registrationId"),
    expect: { allow: ["WORKER"], notFound: ["WORKER"] },
    params: () => ({ registrationId: fixtures.registrationId! }),
  },
  {
    path: "/mission/workers/:id",
    load: () => import("~/routes/mission.workers.$id"),
    expect: { allow: ["LABOUR_ATTACHE"] },
    params: () => ({ id: fixtures.registrationId! }),
  },
  {
    path: "/nea/corrections",
    load: () => import("~/routes/nea.corrections"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/nea/record-links",
    load: () => import("~/routes/nea.record-links"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/nea/certificates",
    load: () => import("~/routes/nea.certificates"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/provider",
    load: () => import("~/routes/provider"),
    expect: { allow: ["TRAINING_PROVIDER"] },
  },
  {
    path: "/nea/rules",
    load: () => import("~/routes/nea.rules._index"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
  },
  {
    path: "/nea/rules/:id",
    load: () => import("~/routes/nea.rules.$id"),
    expect: { allow: ["NEA_OFFICER", "NEA_SUPERVISOR"] },
    params: () => ({ id: fixtures.ruleSetId! }),
  },
];

// Public pages answer everyone, signed in or not.
const PUBLIC_ROUTES: {
  path: string;
  load: () => Promise<{ loader: Loader }>;
  params?: Record<string, string>;
}[] = [
  { path: "/", load: () => import("~/routes/_index") },
  { path: "/?q=jamii", load: () => import("~/routes/_index") },
  { path: "/warnings", load: () => import("~/routes/warnings") },
  { path: "/emergency", load: () => import("~/routes/emergency") },
  { path: "/verify", load: () => import("~/routes/verify._index") },
  { path: "/report", load: () => import("~/routes/report") },
  { path: "/compliance-check", load: () => import("~/routes/compliance-check") },
  { path: "/jobs", load: () => import("~/routes/jobs") },
  { path: "/training", load: () => import("~/routes/training._index") },
  { path: "/cannot-reach", load: () => import("~/routes/cannot-reach") },
  { path: "/stats", load: () => import("~/routes/stats") },
  { path: "/training?country=QA", load: () => import("~/routes/training._index") },
  {
    path: "/training/safe-migration",
    load: () => import("~/routes/training.$slug._index"),
    params: { slug: "safe-migration" },
  },
  {
    path: "/training/safe-migration/lessons/1",
    load: () => import("~/routes/training.$slug.lessons.$n"),
    params: { slug: "safe-migration", n: "1" },
  },
  {
    path: "/training/country-qa/quiz",
    load: () => import("~/routes/training.$slug.quiz"),
    params: { slug: "country-qa" },
  },
];

async function statusOf(
  loader: Loader,
  path: string,
  cookie?: string,
  params: Record<string, string> = {},
) {
  const request = new Request(`http://127.0.0.1${path}`, { headers: cookie ? { cookie } : {} });
  try {
    const r = await loader({ request, params, context: {} });
    if (r instanceof Response) return { status: r.status, location: r.headers.get("location") };
    const init = (r as { init?: ResponseInit | null } | null)?.init;
    return { status: init?.status ?? 200, location: null };
  } catch (e) {
    if (e instanceof Response) return { status: e.status, location: e.headers.get("location") };
    throw e;
  }
}

const cookies = new Map<Role, string>();
let pendingOfficerCookie = "";

beforeAll(async () => {
  for (const role of ROLES) cookies.set(role, await sessionCookie((await createUser(role)).id));
  pendingOfficerCookie = await sessionCookie((await createUser("NEA_OFFICER")).id, {
    secondFactor: false,
  });
  const { db } = await import("~/utils/db.server");
  const agency = await db.agency.create({
    data: {
      name: "Matrix Agency",
      searchName: "matrix agency",
      status: "ACTIVE",
      licenceNo: "NEA/PEA/MATRIX/1",
    },
  });
  fixtures.agencyId = agency.id;
  const employer = await db.employer.create({
    data: {
      kind: "COMPANY",
      name: "Matrix Employer",
      countryCode: "QA",
      city: "Doha",
      agencyId: agency.id,
    },
  });
  fixtures.jobOrderId = (
    await db.jobOrder.create({
      data: {
        agencyId: agency.id,
        employerId: employer.id,
        countryCode: "QA",
        jobCategory: "DRIVER",
        title: "Driver",
        positions: 1,
        offeredWage: 2000,
        currency: "QAR",
        validUntil: new Date(Date.now() + 86400_000),
      },
    })
  ).id;
  const worker = await db.worker.create({
    data: {
      firstName: "Matrix",
      lastName: "Worker",
      nationalId: "27777777",
      dateOfBirth: new Date("1990-01-01T00:00:00Z"),
    },
  });
  fixtures.contractId = (
    await db.contract.create({
      data: {
        reference: "KS-K-MATRIX-1",
        workerId: worker.id,
        agencyId: agency.id,
        employerId: employer.id,
        jobOrderId: fixtures.jobOrderId,
        countryCode: "QA",
        jobCategory: "DRIVER",
        status: "SUBMITTED",
        startDate: new Date(),
        submittedAt: new Date(),
        terms: {
          monthlyWage: 2000,
          currency: "QAR",
          dailyHours: 8,
          weeklyRestDays: 1,
          annualLeaveDays: 21,
          durationMonths: 24,
          probationDays: 30,
          housingProvided: true,
          foodProvided: true,
          passportHeldBy: "WORKER",
          workerPaidRecruitmentFees: 0,
          costsPaidByWorker: [],
          returnTicketPaidBy: "EMPLOYER",
          startDate: "2027-01-01",
        },
      },
    })
  ).id;
  const riyadh = await db.mission.findUniqueOrThrow({ where: { slug: "riyadh" } });
  const saEmployer = await db.employer.create({
    data: {
      kind: "COMPANY",
      name: "Matrix Saudi Employer",
      countryCode: "SA",
      city: "Riyadh",
      agencyId: agency.id,
    },
  });
  const saContract = await db.contract.create({
    data: {
      reference: "KS-K-MATRIX-2",
      workerId: (await db.worker.create({ data: { firstName: "Matrix", lastName: "Traveller" } }))
        .id,
      agencyId: agency.id,
      employerId: saEmployer.id,
      jobOrderId: fixtures.jobOrderId,
      countryCode: "SA",
      jobCategory: "DRIVER",
      status: "SIGNED",
      startDate: new Date(),
      terms: {},
    },
  });
  fixtures.registrationId = (
    await db.missionRegistration.create({
      data: {
        workerId: saContract.workerId,
        contractId: saContract.id,
        missionId: riyadh.id,
        employerId: saEmployer.id,
        agencyId: agency.id,
      },
    })
  ).id;
  fixtures.caseId = (
    await db.case.create({
      data: {
        reference: "KS-W-MATRIX-1",
        workerId: saContract.workerId,
        registrationId: fixtures.registrationId,
        missionId: riyadh.id,
        employerId: saEmployer.id,
        agencyId: agency.id,
        category: "UNPAID_WAGES",
        priority: "HIGH",
        raisedBy: "WORKER",
        description: "A matrix fixture case",
        dueAt: new Date(Date.now() + 86400_000),
      },
    })
  ).id;
  fixtures.nrmReferralId = (
    await db.caseReferral.create({
      data: {
        caseId: fixtures.caseId,
        kind: "NATIONAL_REFERRAL_MECHANISM",
        consent: {
          create: { method: "IN_PERSON", shared: ["ACCOUNT"], recordedById: agency.id },
        },
      },
    })
  ).id;
  fixtures.ruleSetId = (await db.blmaRuleSet.findFirstOrThrow({ where: { countryCode: "QA" } })).id;
  fixtures.importId = (
    await db.importRun.create({
      data: {
        kind: "agencies",
        actorId: agency.id,
        fileName: "m.csv",
        sha256: "x",
        csv: "",
        errors: [],
      },
    })
  ).id;
  fixtures.applicationId = (
    await db.licenceApplication.create({
      data: { agencyId: agency.id, kind: "RENEWAL", status: "SUBMITTED", details: {} },
    })
  ).id;
  const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const { storeDocument } = await import("~/storage/documents.server");
  const stored = await storeDocument(pdf);
  fixtures.documentId = (
    await db.applicationDocument.create({
      data: {
        applicationId: fixtures.applicationId,
        kind: "incorporation",
        fileName: "incorporation.pdf",
        mimeType: stored.mimeType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        uploadedById: (await createUser("AGENCY_ADMIN")).id,
      },
    })
  ).id;
  const approved = await db.contract.findUniqueOrThrow({ where: { id: fixtures.contractId } });
  fixtures.approvedContractId = (
    await db.contract.create({
      data: {
        reference: "KS-K-MATRIX-3",
        workerId: approved.workerId,
        agencyId: approved.agencyId,
        employerId: approved.employerId,
        jobOrderId: approved.jobOrderId,
        countryCode: "QA",
        jobCategory: "DRIVER",
        status: "APPROVED",
        startDate: new Date(),
        submittedAt: new Date(),
        decidedAt: new Date(),
        termsHash: "a".repeat(64),
        verificationCode: "5209999901",
        terms: approved.terms as object,
      },
    })
  ).id;
  fixtures.serviceId = (
    await db.reintegrationService.create({
      data: { name: "A matrix fixture clinic", kind: "HEALTH", phone: "0700 000 190" },
    })
  ).id;
  fixtures.complaintId = (
    await db.complaint.create({
      data: {
        reference: "KS-C-TEST-1",
        subject: "JOB_ADVERT",
        description: "A matrix fixture complaint",
      },
    })
  ).id;
});

describe.each(ROUTES)("$path", (route) => {
  it("sends an anonymous visitor to log in", async () => {
    const { loader } = await route.load();
    const r = await statusOf(loader, route.path, undefined, route.params?.());
    expect(r.status).toBe(302);
    expect(r.location).toBe(`/login?redirectTo=${encodeURIComponent(route.path)}`);
  });

  it("sends an official who has not passed the second factor to that step", async () => {
    const { loader } = await route.load();
    expect(await statusOf(loader, route.path, pendingOfficerCookie, route.params?.())).toEqual({
      status: 302,
      location: "/login/two-factor",
    });
  });

  it.each(ROLES)("answers %s as the matrix says", async (role) => {
    const { loader } = await route.load();
    const allowed = route.expect.allow === "all" || route.expect.allow.includes(role);
    const expected = route.expect.notFound?.includes(role) ? 404 : allowed ? 200 : 403;
    expect((await statusOf(loader, route.path, cookies.get(role), route.params?.())).status).toBe(
      expected,
    );
  });
});

describe.each(PUBLIC_ROUTES)("public $path", (route) => {
  it("answers an anonymous visitor and every role", async () => {
    const { loader } = await route.load();
    expect((await statusOf(loader, route.path, undefined, route.params)).status).toBe(200);
    for (const role of ROLES)
      expect((await statusOf(loader, route.path, cookies.get(role), route.params)).status).toBe(
        200,
      );
  });
});

describe("admin actions", () => {
  it("refuse a non-admin and change nothing", async () => {
    const { action } = await import("~/routes/admin.users._index");
    const victim = await createUser("NEA_OFFICER");
    const form = new URLSearchParams({ intent: "deactivate", userId: victim.id });
    const request = new Request("http://127.0.0.1/admin/users", {
      method: "POST",
      body: form,
      headers: { cookie: cookies.get("NEA_SUPERVISOR")! },
    });
    await expect(action({ request, params: {}, context: {} })).rejects.toMatchObject({
      status: 403,
    });
    const { db } = await import("~/utils/db.server");
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).active).toBe(true);
  });

  it("deactivation by an admin ends every session of that user", async () => {
    const { action } = await import("~/routes/admin.users._index");
    const { db } = await import("~/utils/db.server");
    const victim = await createUser("NEA_OFFICER");
    await sessionCookie(victim.id);
    await sessionCookie(victim.id);
    const form = new URLSearchParams({ intent: "deactivate", userId: victim.id });
    const request = new Request("http://127.0.0.1/admin/users", {
      method: "POST",
      body: form,
      headers: { cookie: cookies.get("ADMIN")! },
    });
    const res = (await action({ request, params: {}, context: {} })) as Response;
    expect(res.status).toBe(302);
    expect(await db.session.count({ where: { userId: victim.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).active).toBe(false);
  });

  it("answers malformed input with 400", async () => {
    const { action } = await import("~/routes/admin.users._index");
    const request = new Request("http://127.0.0.1/admin/users", {
      method: "POST",
      body: new URLSearchParams({ intent: "explode", userId: "x" }),
      headers: { cookie: cookies.get("ADMIN")! },
    });
    const r = (await action({ request, params: {}, context: {} })) as {
      init: ResponseInit;
      data: { error: Record<string, string[]> };
    };
    expect(r.init.status).toBe(400);
    expect(Object.keys(r.data.error).sort()).toEqual(["intent", "userId"]);
  });

  it("a refusal by the rules is a 409 with the reason on the page, never a 500", async () => {
    const { action } = await import("~/routes/admin.users._index");
    const { db } = await import("~/utils/db.server");
    const admin = await db.user.findFirstOrThrow({
      where: { role: "ADMIN", sessions: { some: {} } },
      select: { id: true },
    });
    const cookie = await sessionCookie(admin.id);
    const request = new Request("http://127.0.0.1/admin/users", {
      method: "POST",
      body: new URLSearchParams({ intent: "deactivate", userId: admin.id }),
      headers: { cookie },
    });
    const r = (await action({ request, params: {}, context: {} })) as {
      init: ResponseInit;
      data: { error: Record<string, string[]> };
    };
    expect(r.init.status).toBe(409);
    expect(r.data.error[""]).toEqual(["users.error.self"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
  });
});
