// The licence path on a real database: apply → review → decide, four eyes, phoenix flags, uploads,
// suspension and revocation (one and many), expiry by a scheduled job, document access.
import { describe, expect, it } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import {
  actOnApplication,
  applicationPageFor,
  getApplicationDocument,
} from "~/domain/agencies/licence-review.server";
import {
  addApplicationDocument,
  saveApplicationDraft,
  startApplication,
  submitApplication,
} from "~/domain/agencies/licensing.server";
import {
  SanctionSchema,
  type DraftDetails,
  type SanctionInput,
} from "~/domain/agencies/licensing.schema";
import { expireLicences, previewBulkSanction } from "~/domain/agencies/sanctions.server";
import { decide, propose } from "~/domain/decisions/decisions.server";
import { official, proposeAndConfirm } from "../factories/decisions";
import { getPublicAgency, searchAgencies } from "~/domain/agencies/agencies.server";
import { verifyCode } from "~/domain/verify/verify.server";
import { DomainError } from "~/domain/errors";
import { acquireLease } from "~/jobs/scheduler.server";
import { CHECKLIST } from "~/domain/agencies/licensing.workflow";
import { deactivateAgencyStaff, inviteAgencyStaff } from "~/domain/accounts/admin-accounts.server";
import { createAgency } from "../factories/agencies";
import { createUser } from "../factories/users";

const ctx = { requestId: "test", ip: "10.3.3.3" };
const opts = { ctx, appUrl: "http://127.0.0.1:3000" };
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function asUser(row: { id: string }): Promise<User> {
  const session = await lucia.createSession(row.id, { secondFactorAt: new Date() });
  return (await lucia.validateSession(session.id)).user!;
}

async function applicantAgency(name: string) {
  const agency = await createAgency({ name, status: "PENDING", licenceNo: null });
  const admin = await db.user.create({
    data: {
      email: `admin-${agency.id}@test.ke`,
      name: "Applicant Admin",
      role: "AGENCY_ADMIN",
      passwordHash: "x",
      agencyId: agency.id,
      emailVerifiedAt: new Date(),
    },
  });
  return { agency, admin: await asUser(admin) };
}

function details(over: Record<string, unknown> = {}): DraftDetails {
  return {
    name: "Nuru Placement Services Ltd",
    companyRegNo: "PVT-ABC123",
    kraPin: "P051234567X",
    countyCode: 47,
    town: "Nairobi",
    address: "Kimathi Street, 3rd floor",
    phone: "0712 000 111",
    email: "Office@Nuru.test",
    countries: ["SA", "QA"],
    directors: [{ name: "Ruth Wairimu", nationalId: "23456789", phone: "0722 000 333" }],
    bondReference: "GB-2026-77",
    bondAmountKes: 1_500_000,
    bondIssuer: "Test Bank",
    termMonths: 12,
    ...over,
  } as DraftDetails;
}

async function submitted(name: string, over: Record<string, unknown> = {}) {
  const { agency, admin } = await applicantAgency(name);
  const appId = await startApplication(admin, ctx);
  await saveApplicationDraft(admin, appId, details({ name, ...over }), ctx);
  for (const kind of ["incorporation", "cr12", "securityBond"] as const)
    await addApplicationDocument(admin, appId, { kind, fileName: `${kind}.pdf`, bytes: PDF }, ctx);
  const key = crypto.randomUUID();
  expect(await submitApplication(admin, appId, ctx, key)).toEqual([]);
  // A second click with the same submission key answers the same and changes nothing.
  expect(await submitApplication(admin, appId, ctx, key)).toEqual([]);
  return { agency, admin, appId };
}

describe("licence path", () => {
  it("an agency applies, an officer reviews and recommends, a supervisor grants; the agency is active everywhere", async () => {
    const { agency, admin, appId } = await submitted("Nuru Placement Services Ltd");
    const officer = await asUser(await createUser("NEA_OFFICER"));
    const supervisor = await asUser(await createUser("NEA_SUPERVISOR"));
    expect(await actOnApplication(officer, appId, { intent: "startReview" }, opts)).toBe(
      "UNDER_REVIEW",
    );
    await expect(
      actOnApplication(
        officer,
        appId,
        { intent: "recommendGrant", note: "All in order", checklist: ["incorporation"] },
        opts,
      ),
    ).rejects.toMatchObject({ key: "licence.error.checklist" });
    expect(
      await actOnApplication(
        officer,
        appId,
        { intent: "recommendGrant", note: "All in order", checklist: [...CHECKLIST] },
        opts,
      ),
    ).toBe("RECOMMENDED_GRANT");
    await expect(
      actOnApplication(officer, appId, { intent: "grant", note: "Granted" }, opts),
    ).rejects.toMatchObject({ status: 403 });
    expect(
      await actOnApplication(
        supervisor,
        appId,
        { intent: "grant", note: "Meets LN 110/2016" },
        opts,
      ),
    ).toBe("GRANTED");

    const a = await db.agency.findUniqueOrThrow({
      where: { id: agency.id },
      include: { directors: true, countries: true },
    });
    expect(a.status).toBe("ACTIVE");
    expect(a.licenceNo).toMatch(/^NEA\/PEA\/\d{4}\/\d{4}$/);
    expect(a.email).toBe("office@nuru.test");
    expect(a.phone).toBe("254712000111");
    expect(a.directors.map((d) => d.nationalId)).toEqual(["23456789"]);
    expect(a.countries.map((c) => c.countryCode).sort()).toEqual(["QA", "SA"]);
    const months = (a.validUntil!.getTime() - a.validFrom!.getTime()) / (30.44 * 86400_000);
    expect(Math.round(months)).toBe(12);
    expect((await searchAgencies({ q: a.licenceNo! })).items[0]).toMatchObject({
      status: "ACTIVE",
    });
    expect((await verifyCode(a.verificationCode!))?.status).toBe("VALID");
    expect((await getPublicAgency({ id: a.id }))?.actions[0]).toMatchObject({
      action: "GRANTED",
      reason: "Meets LN 110/2016",
    });
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { to: "office@nuru.test", template: "licenceDecision" },
    });
    expect(mail.text).toContain(a.licenceNo!);
    const trail = await db.auditEvent.findMany({
      where: { entityId: appId },
      orderBy: { seq: "asc" },
      select: { action: true },
    });
    expect(trail.map((e) => e.action)).toEqual([
      "licence.application_saved",
      "licence.application_saved",
      "licence.document_uploaded",
      "licence.document_uploaded",
      "licence.document_uploaded",
      "licence.application_submitted",
      "licence.review_started",
      "licence.recommended",
      "licence.granted",
    ]);
    // Documents: the agency and NEA may read them; another agency may not.
    const doc = await db.applicationDocument.findFirstOrThrow({ where: { applicationId: appId } });
    await expect(getApplicationDocument(officer, appId, doc.id)).resolves.toMatchObject({
      mimeType: "application/pdf",
    });
    await expect(getApplicationDocument(admin, appId, doc.id)).resolves.toBeTruthy();
    const other = await applicantAgency("Someone Else Ltd");
    await expect(getApplicationDocument(other.admin, appId, doc.id)).rejects.toMatchObject({
      status: 404,
    });
  });

  it("requires four eyes: the officer who reviewed cannot also decide", async () => {
    const { appId } = await submitted("Four Eyes Ltd");
    const supervisor = await asUser(await createUser("NEA_SUPERVISOR"));
    await actOnApplication(supervisor, appId, { intent: "startReview" }, opts);
    await actOnApplication(
      supervisor,
      appId,
      { intent: "recommendRefusal", note: "Bond is forged", checklist: [] },
      opts,
    );
    await expect(
      actOnApplication(supervisor, appId, { intent: "refuse", note: "Bond is forged" }, opts),
    ).rejects.toMatchObject({ key: "licence.error.fourEyes" });
    const second = await asUser(await createUser("NEA_SUPERVISOR"));
    expect(
      await actOnApplication(second, appId, { intent: "refuse", note: "Bond is forged" }, opts),
    ).toBe("REFUSED");
    await expect(
      actOnApplication(second, appId, { intent: "grant", note: "oops" }, opts),
    ).rejects.toMatchObject({ status: 409 });
  });

  // Attacker's test (issue 15 §4): only the official who started the review was barred, so a
  // supervisor could recommend an application and then grant it.
  it("requires four eyes: whoever recommended never decides, and is shown no decision to take", async () => {
    const { appId } = await submitted("Self Approval Ltd");
    const officer = await asUser(await createUser("NEA_OFFICER"));
    const supervisor = await asUser(await createUser("NEA_SUPERVISOR"));
    await actOnApplication(officer, appId, { intent: "startReview" }, opts);
    await actOnApplication(
      supervisor,
      appId,
      { intent: "recommendGrant", note: "All in order", checklist: [...CHECKLIST] },
      opts,
    );
    expect(
      (await db.licenceApplication.findUniqueOrThrow({ where: { id: appId } })).recommendedById,
    ).toBe(supervisor.id);
    const mine = await applicationPageFor(supervisor, appId);
    expect(mine.allowed).toEqual(["returnToReview"]);
    expect(mine.heldByFourEyes).toBe(true);
    await expect(
      actOnApplication(supervisor, appId, { intent: "grant", note: "Self-approved" }, opts),
    ).rejects.toMatchObject({ key: "licence.error.fourEyes" });
    expect((await db.licenceApplication.findUniqueOrThrow({ where: { id: appId } })).status).toBe(
      "RECOMMENDED_GRANT",
    );
    expect(await db.agency.count({ where: { name: "Self Approval Ltd", status: "ACTIVE" } })).toBe(
      0,
    );

    const second = await asUser(await createUser("NEA_SUPERVISOR"));
    const theirs = await applicationPageFor(second, appId);
    expect(theirs.allowed.sort()).toEqual(["grant", "returnToReview"]);
    expect(theirs.heldByFourEyes).toBe(false);
    expect(theirs.application).not.toHaveProperty("recommendedById");
    expect(await actOnApplication(second, appId, { intent: "grant", note: "Checked" }, opts)).toBe(
      "GRANTED",
    );
  });

  // Attacker's test (an independent review): a supervisor granted a licence the officer had
  // recommended refusing, with no checklist ticked. A decision follows the recommendation; to
  // disagree, the decider returns the application to review, and another recommendation is made.
  it("a licence is granted only on a grant recommendation with the full checklist; disagreeing returns it to review", async () => {
    const { appId } = await submitted("Against Advice Ltd");
    const officer = await asUser(await createUser("NEA_OFFICER"));
    const supervisor = await asUser(await createUser("NEA_SUPERVISOR"));
    await actOnApplication(officer, appId, { intent: "startReview" }, opts);
    await actOnApplication(
      officer,
      appId,
      { intent: "recommendRefusal", note: "The bond document is not genuine", checklist: [] },
      opts,
    );
    expect((await applicationPageFor(supervisor, appId)).allowed.sort()).toEqual([
      "refuse",
      "returnToReview",
    ]);
    await expect(
      actOnApplication(supervisor, appId, { intent: "grant", note: "Granted anyway" }, opts),
    ).rejects.toMatchObject({ status: 409 });
    expect(await db.agency.count({ where: { name: "Against Advice Ltd", status: "ACTIVE" } })).toBe(
      0,
    );
    // The same the other way: a grant recommendation is not refused in one step either.
    expect(
      await actOnApplication(
        supervisor,
        appId,
        { intent: "returnToReview", note: "Re-check the bond" },
        opts,
      ),
    ).toBe("UNDER_REVIEW");
    await actOnApplication(
      officer,
      appId,
      { intent: "recommendGrant", note: "Bond confirmed with the bank", checklist: [...CHECKLIST] },
      opts,
    );
    expect((await applicationPageFor(supervisor, appId)).allowed.sort()).toEqual([
      "grant",
      "returnToReview",
    ]);
    await expect(
      actOnApplication(supervisor, appId, { intent: "refuse", note: "Refused anyway" }, opts),
    ).rejects.toMatchObject({ status: 409 });
    expect(
      await actOnApplication(supervisor, appId, { intent: "grant", note: "Checked" }, opts),
    ).toBe("GRANTED");
  });

  it("lists what is missing instead of submitting an incomplete application", async () => {
    const { admin } = await applicantAgency("Incomplete Ltd");
    const appId = await startApplication(admin, ctx);
    await saveApplicationDraft(admin, appId, { name: "Incomplete Ltd", directors: [] }, ctx);
    const problems = await submitApplication(admin, appId, ctx);
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(["kraPin", "directors", "documents"]),
    );
    expect(
      problems.filter((p) => p.key === "licence.error.documentMissing").map((p) => p.vars?.kind),
    ).toEqual(["incorporation", "cr12", "securityBond"]);
    expect((await db.licenceApplication.findUniqueOrThrow({ where: { id: appId } })).status).toBe(
      "DRAFT",
    );
    // A tampered form with an unknown country code is caught here, not as a 500 at the grant.
    await saveApplicationDraft(
      admin,
      appId,
      details({ name: "Incomplete Ltd", countries: ["SA", "XX"] }),
      ctx,
    );
    expect(
      (await submitApplication(admin, appId, ctx)).filter((p) => p.field === "countries"),
    ).toEqual([{ field: "countries", key: "licence.error.countries" }]);
  });

  it("flags an application that shares a director's national ID with a revoked agency", async () => {
    await createAgency({
      name: "Revoked Ancestor Ltd",
      status: "REVOKED",
      directors: [{ name: "Old Boss", nationalId: "11112222" }],
    });
    const { appId } = await submitted("Phoenix Rising Ltd", {
      directors: [
        { name: "Old Boss (new company)", nationalId: "11112222", phone: "0733 111 222" },
      ],
    });
    const app = await db.licenceApplication.findUniqueOrThrow({ where: { id: appId } });
    expect(app.flags).toEqual([
      expect.objectContaining({ name: "Revoked Ancestor Ltd", reasons: ["director"] }),
    ]);
    const clean = await submitted("Clean Start Ltd", {
      directors: [{ name: "New Person", nationalId: "99998888", phone: "0733 999 000" }],
    });
    expect(
      (await db.licenceApplication.findUniqueOrThrow({ where: { id: clean.appId } })).flags,
    ).toEqual([]);
  });

  it("refuses uploads that are not PDF, JPEG or PNG, or larger than 5 MB, and records nothing", async () => {
    const { admin } = await applicantAgency("Uploads Ltd");
    const appId = await startApplication(admin, ctx);
    const upload = (bytes: Uint8Array) =>
      addApplicationDocument(admin, appId, { kind: "other", fileName: "x", bytes }, ctx);
    await expect(
      upload(new TextEncoder().encode("MZ\x90\x00 this is an exe")),
    ).rejects.toMatchObject({ key: "licence.error.fileType" });
    await expect(
      upload(new TextEncoder().encode("<html><script>alert(1)</script>")),
    ).rejects.toBeInstanceOf(DomainError);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    await expect(upload(big)).rejects.toMatchObject({ key: "licence.error.fileSize" });
    await expect(upload(new Uint8Array())).rejects.toMatchObject({
      key: "licence.error.fileEmpty",
    });
    await upload(PNG);
    expect(await db.applicationDocument.count({ where: { applicationId: appId } })).toBe(1);
  });

  it("does not let a revoked agency apply again", async () => {
    const agency = await createAgency({ name: "Gone For Good Ltd", status: "REVOKED" });
    const admin = await asUser(
      await db.user.create({
        data: {
          email: `g-${agency.id}@test.ke`,
          name: "G",
          role: "AGENCY_ADMIN",
          passwordHash: "x",
          agencyId: agency.id,
        },
      }),
    );
    await expect(startApplication(admin, ctx)).rejects.toMatchObject({ status: 403 });
  });
});

describe("suspension and revocation", () => {
  it("a revocation needs reasons, a notice date and a hearing date", () => {
    expect(SanctionSchema.safeParse({ intent: "revoke", reason: "Fees charged" }).success).toBe(
      false,
    );
    expect(
      SanctionSchema.safeParse({
        intent: "revoke",
        reason: "Fees charged",
        noticeDate: "2026-11-01",
        hearingDate: "2026-10-01",
      }).success,
    ).toBe(false);
    expect(
      SanctionSchema.safeParse({
        intent: "revoke",
        reason: "Fees charged",
        noticeDate: "2026-11-01",
        hearingDate: "2026-11-15",
      }).success,
    ).toBe(true);
    expect(
      SanctionSchema.safeParse({ intent: "suspend", reason: "Pending investigation" }).success,
    ).toBe(true);
  });

  it("a double click on a proposal files it once; a second proposal waits for the first", async () => {
    const agency = await createAgency({ name: "Double Click Ltd" });
    const officer = await official("NEA_OFFICER");
    const key = crypto.randomUUID();
    const p = {
      kind: "AGENCY_SANCTION" as const,
      subjectId: agency.id,
      input: { intent: "suspend" as const, reason: "Investigation" },
    };
    const [a, b] = await Promise.all([
      propose(officer, p, { ctx, submissionKey: key }),
      propose(officer, p, { ctx, submissionKey: key }),
    ]);
    expect(a.id).toBe(b.id);
    expect((await propose(officer, p, { ctx, submissionKey: key })).id).toBe(a.id); // a late retry
    expect(await db.proposal.count({ where: { subjectId: agency.id } })).toBe(1);
    // Without the key a second proposal is refused while the first waits.
    await expect(propose(officer, p, { ctx })).rejects.toMatchObject({
      key: "decisions.error.alreadyPending",
    });
    // Nothing changed yet; the confirmation applies it once.
    expect((await db.agency.findUniqueOrThrow({ where: { id: agency.id } })).status).toBe("ACTIVE");
    const supervisor = await official("NEA_SUPERVISOR");
    const [first, second] = await Promise.all([
      decide(supervisor, a.id, "confirm", null, ctx),
      decide(supervisor, a.id, "confirm", null, ctx),
    ]);
    // Her second click gets the first answer; nothing is applied twice.
    expect([first.repeated, second.repeated].sort()).toEqual([false, true]);
    expect(
      await db.auditEvent.count({ where: { entityId: a.id, action: "decision.confirmed" } }),
    ).toBe(1);
    // Another official (or her refusing what she confirmed) is told it was already decided.
    const other = await official("NEA_SUPERVISOR");
    await expect(decide(other, a.id, "confirm", null, ctx)).rejects.toMatchObject({
      key: "decisions.error.decided",
    });
    await expect(decide(supervisor, a.id, "refuse", "no", ctx)).rejects.toMatchObject({
      key: "decisions.error.decided",
    });
    expect(
      await db.licenceAction.count({ where: { agencyId: agency.id, action: "SUSPENDED" } }),
    ).toBe(1);

    const { appId } = await submitted("Double Review Ltd");
    const reviewer = await asUser(await createUser("NEA_OFFICER"));
    const k2 = crypto.randomUUID();
    expect(
      await actOnApplication(
        reviewer,
        appId,
        { intent: "startReview" },
        { ...opts, submissionKey: k2 },
      ),
    ).toBe("UNDER_REVIEW");
    expect(
      await actOnApplication(
        reviewer,
        appId,
        { intent: "startReview" },
        { ...opts, submissionKey: k2 },
      ),
    ).toBe("UNDER_REVIEW");
    expect(
      await db.auditEvent.count({ where: { entityId: appId, action: "licence.review_started" } }),
    ).toBe(1);
  });

  it("suspend → reinstate → revoke; revocation is final and public", async () => {
    const agency = await createAgency({ name: "Sanctioned Ltd", email: "desk@sanctioned.test" });
    const sanction = (input: SanctionInput) =>
      proposeAndConfirm({ kind: "AGENCY_SANCTION", subjectId: agency.id, input });
    await sanction({ intent: "suspend", reason: "Investigation into fees" });
    expect((await verifyCode(agency.verificationCode!))?.status).toBe("SUSPENDED");
    await sanction({ intent: "reinstate", reason: "Cleared" });
    expect((await db.agency.findUniqueOrThrow({ where: { id: agency.id } })).status).toBe("ACTIVE");
    await sanction({
      intent: "revoke",
      reason: "Passports withheld",
      noticeDate: new Date("2026-11-01"),
      hearingDate: new Date("2026-11-10"),
    });
    await expect(sanction({ intent: "reinstate", reason: "Please" })).rejects.toMatchObject({
      status: 409,
    });
    const page = await getPublicAgency({ id: agency.id });
    expect(page?.status).toBe("REVOKED");
    expect(page?.actions[0]).toMatchObject({ action: "REVOKED", reason: "Passports withheld" });
    expect(
      await db.outboxMessage.count({
        where: { to: "desk@sanctioned.test", template: "licenceDecision" },
      }),
    ).toBe(3);
  });

  it("writes to the agency in its administrator's language", async () => {
    const agency = await createAgency({ name: "Kiswahili Kwanza Ltd", email: "ofisi@kwanza.test" });
    await db.user.create({
      data: {
        email: `sw-${agency.id}@test.ke`,
        name: "Msimamizi",
        role: "AGENCY_ADMIN",
        passwordHash: "x",
        agencyId: agency.id,
        locale: "sw",
      },
    });
    await proposeAndConfirm({
      kind: "AGENCY_SANCTION",
      subjectId: agency.id,
      input: { intent: "suspend", reason: "Uchunguzi" },
    });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: "ofisi@kwanza.test" } });
    expect(mail.locale).toBe("sw");
    expect(mail.subject).toBe("Uamuzi wa leseni: leseni imesimamishwa — Kiswahili Kwanza Ltd");
    expect(mail.text).not.toContain("licence");
  });

  it("revokes many agencies in one decision, with one batch id, skipping those already revoked", async () => {
    const targets = await Promise.all(
      [1, 2, 3].map((i) =>
        createAgency({ name: `Bulk Target ${i} Ltd`, email: `bulk${i}@target.test` }),
      ),
    );
    const already = await createAgency({ name: "Already Revoked Ltd", status: "REVOKED" });
    const officer = await official("NEA_OFFICER");
    const licenceNos = [
      ...targets.map((t) => t.licenceNo!),
      already.licenceNo!,
      "NEA/PEA/NOPE/0000",
    ];
    const preview = await previewBulkSanction(officer, { action: "revoke", licenceNos });
    expect([preview.applicable.length, preview.notApplicable.length, preview.unknown]).toEqual([
      3,
      1,
      ["NEA/PEA/NOPE/0000"],
    ]);
    const { result } = await proposeAndConfirm(
      {
        kind: "BULK_SANCTION",
        subjectId: null,
        input: {
          action: "revoke",
          licenceNos,
          reason: "Ministerial directive",
          noticeDate: new Date("2026-11-01"),
          hearingDate: new Date("2026-11-08"),
        },
      },
      { proposer: officer },
    );
    const r = result as { batchId: string; count: number; skipped: number; unknown: number };
    expect(r).toMatchObject({ count: 3, skipped: 1, unknown: 1 });
    const actions = await db.licenceAction.findMany({ where: { batchId: r.batchId } });
    expect(actions).toHaveLength(3);
    expect(new Set(actions.map((a) => a.agencyId))).toEqual(new Set(targets.map((t) => t.id)));
    for (const t of targets)
      expect((await db.agency.findUniqueOrThrow({ where: { id: t.id } })).status).toBe("REVOKED");
    expect(
      await db.outboxMessage.count({
        where: { to: { in: ["bulk1@target.test", "bulk2@target.test", "bulk3@target.test"] } },
      }),
    ).toBe(3);
    expect(
      await db.auditEvent.count({
        where: { action: "agency.revoked", entityId: { in: targets.map((t) => t.id) } },
      }),
    ).toBe(3);
  });
});

describe("expiry", () => {
  it("expires licences whose validity ended, once, even with two servers running the job at once", async () => {
    const due = await createAgency({
      name: "Ran Out Ltd",
      email: "ranout@test.ke",
      validUntil: new Date(Date.now() - 60_000),
    });
    const fine = await createAgency({
      name: "Still Valid Ltd",
      validUntil: new Date(Date.now() + 86400_000),
    });
    await Promise.all([expireLicences(), expireLicences()]);
    expect((await db.agency.findUniqueOrThrow({ where: { id: due.id } })).status).toBe("EXPIRED");
    expect((await db.agency.findUniqueOrThrow({ where: { id: fine.id } })).status).toBe("ACTIVE");
    expect(await db.licenceAction.count({ where: { agencyId: due.id, action: "EXPIRED" } })).toBe(
      1,
    );
    expect(await db.outboxMessage.count({ where: { to: "ranout@test.ke" } })).toBe(1);
    expect((await verifyCode(due.verificationCode!))?.status).toBe("EXPIRED");
  });

  it("runs a scheduled job on one server per interval (lease)", async () => {
    const name = `test-job-${Date.now()}`;
    expect(await acquireLease(db, name, 60_000, "server-a")).toBe(true);
    expect(await acquireLease(db, name, 60_000, "server-b")).toBe(false);
    await db.jobLease.update({ where: { name }, data: { leasedUntil: new Date(Date.now() - 1) } });
    expect(await acquireLease(db, name, 60_000, "server-b")).toBe(true);
  });
});

describe("agency staff", () => {
  it("an agency admin invites and deactivates its own staff, and cannot touch another agency's", async () => {
    const { admin } = await applicantAgency("Staffing Ltd");
    const staff = await inviteAgencyStaff(
      admin,
      { name: "New Clerk", email: "clerk@staffing.test" },
      { ...opts, locale: "en" },
    );
    expect(staff).toMatchObject({ role: "AGENCY_STAFF", agencyId: admin.agencyId });
    const other = await applicantAgency("Other Staffing Ltd");
    await expect(deactivateAgencyStaff(other.admin, staff!.id, ctx)).rejects.toMatchObject({
      status: 404,
    });
    await deactivateAgencyStaff(admin, staff!.id, ctx);
    expect((await db.user.findUniqueOrThrow({ where: { id: staff!.id } })).active).toBe(false);
  });
});
