import { DomainError } from "~/domain/errors";
import { describe, expect, it, vi } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { actOnComplaint, submitComplaint } from "~/domain/complaints/complaints.server";
import { getPublicAgency } from "~/domain/agencies/agencies.server";
import { ComplaintSchema } from "~/domain/complaints/complaints.schema";
import { newSubmissionKey } from "~/utils/idempotency.server";
import { createAgency } from "../factories/agencies";
import { createUser } from "../factories/users";

const ctx = { requestId: "test", ip: "10.9.9.9" };
const opts = (
  over: Partial<{ locale: "en" | "sw"; submissionKey: string | null; ip: string }> = {},
) => ({
  ctx: { ...ctx, ip: over.ip ?? ctx.ip },
  locale: over.locale ?? "en",
  submissionKey: over.submissionKey ?? null,
});

async function officer() {
  const u = await createUser("NEA_OFFICER");
  return { id: u.id, role: u.role } as unknown as User;
}

describe("public reports", () => {
  it("accept an anonymous report about an agency by licence number, once per submission key", async () => {
    const agency = await createAgency({
      name: "Complained About Ltd",
      email: "desk@complained.test",
    });
    const key = newSubmissionKey();
    const input = {
      subject: "AGENCY" as const,
      agencyRef: agency.licenceNo!.toLowerCase(),
      description: "They asked me to pay KES 80,000 for a visa.",
    };
    const [a, b] = await Promise.all([
      submitComplaint(input, opts({ submissionKey: key })),
      submitComplaint(input, opts({ submissionKey: key })),
    ]);
    expect(a).toMatch(/^KS-C-\d{4}-\d{6}$/);
    expect(b).toBe(a);
    const rows = await db.complaint.findMany({ where: { agencyId: agency.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reporterEmail: null, status: "RECEIVED" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: rows[0]!.id } });
    expect(audit.summary).toMatchObject({ subject: "AGENCY", anonymous: true });
  });

  it("refuse an agency that is not in the register, with a message pointing to the right choice", async () => {
    await expect(
      submitComplaint(
        {
          subject: "AGENCY",
          agencyRef: "NEA/PEA/FAKE/1",
          description: "A fake agency took my money in Eastleigh.",
        },
        opts(),
      ),
    ).rejects.toMatchObject({ key: "complaint.error.agencyUnknown", field: "agencyRef" });
  });

  it("offer the close matches of a name as people say it, and take the one picked", async () => {
    const jamii = await createAgency({ name: "Jamii Bora Kazi Recruitment Ltd" });
    const other = await createAgency({ name: "Jamii Borax Overseas Ltd" });
    await createAgency({ name: "Upendo Careers Ltd" });
    const input = {
      subject: "AGENCY" as const,
      agencyRef: "jamii bora kazi",
      description: "They kept my passport and asked for KES 30,000.",
    };
    const refused = await submitComplaint(input, opts()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ key: "complaint.error.agencyPick", field: "agencyRef" });
    const choices = (refused as DomainError).choices;
    // The best match first; nothing that shares no words with what was typed.
    expect(choices[0]).toMatchObject({ value: jamii.id, hint: "status.ACTIVE" });
    expect(choices[0]!.label).toContain("Jamii Bora Kazi Recruitment Ltd");
    expect(choices.map((c) => c.label).join()).not.toContain("Upendo");
    // A typo still finds it.
    const typo = (await submitComplaint({ ...input, agencyRef: "Jamii Bra Kazi" }, opts()).catch(
      (e: unknown) => e,
    )) as DomainError;
    expect(typo.choices.map((c) => c.value)).toContain(jamii.id);
    // One word, misspelt as it is heard ("Sahra" for Sahara), still finds it.
    const sahara = await createAgency({ name: "Sahara Gulf Manpower Ltd" });
    // (From another address: the public form allows ten reports an hour from one.)
    const oneWord = (await submitComplaint(
      { ...input, agencyRef: "Sahra" },
      opts({ ip: "10.61.0.1" }),
    ).catch((e: unknown) => e)) as DomainError;
    expect(oneWord.choices?.map((c) => c.value)).toContain(sahara.id);
    // A word every agency's name has does not pull in another agency.
    const kilele = await createAgency({ name: "Kilele Careers Agency Ltd" });
    const withAgency = (await submitComplaint(
      { ...input, agencyRef: "sahra agency" },
      opts({ ip: "10.61.0.1" }),
    ).catch((e: unknown) => e)) as DomainError;
    expect(withAgency.choices.map((c) => c.value)).toContain(sahara.id);
    expect(withAgency.choices.map((c) => c.value)).not.toContain(kilele.id);
    // Nothing is filed until one is picked; then the report is about that agency.
    expect(await db.complaint.count({ where: { agencyId: { in: [jamii.id, other.id] } } })).toBe(0);
    const reference = await submitComplaint({ ...input, agencyId: jamii.id }, opts());
    const filed = await db.complaint.findUniqueOrThrow({ where: { reference: reference! } });
    expect(filed.agencyId).toBe(jamii.id);
    // Not sure which: the report is filed for NEA to sort out, with the name as she heard it.
    const unsure = await submitComplaint(
      { ...input, agencyId: "unsure", recruiterName: "Mr Otieno" },
      opts(),
    );
    expect(await db.complaint.findUniqueOrThrow({ where: { reference: unsure! } })).toMatchObject({
      subject: "AGENCY",
      agencyId: null,
      recruiterName: "jamii bora kazi — Mr Otieno",
    });
    // The exact registered name, in any case, needs no picking.
    await expect(
      submitComplaint({ ...input, agencyRef: "UPENDO careers ltd" }, opts()),
    ).resolves.toMatch(/^KS-C-/);
  });

  it("validate the form: description length, an agency or a recruiter, a real email", () => {
    const r1 = ComplaintSchema.safeParse({ subject: "AGENCY", description: "short" });
    expect(r1.success).toBe(false);
    expect(r1.error?.issues.map((i) => i.message).sort()).toEqual([
      "complaint.error.agencyRef",
      "complaint.error.description",
    ]);
    const r2 = ComplaintSchema.safeParse({
      subject: "UNLICENSED_RECRUITER",
      description: "x".repeat(30),
      reporterEmail: "not-an-email",
    });
    expect(r2.error?.issues.map((i) => i.message).sort()).toEqual([
      "complaint.error.recruiter",
      "error.email",
    ]);
    expect(
      ComplaintSchema.safeParse({
        subject: "JOB_ADVERT",
        whereSeen: "Facebook group",
        description: "x".repeat(30),
      }).success,
    ).toBe(true);
  });

  it("are rate limited per address", async () => {
    const input = {
      subject: "JOB_ADVERT" as const,
      whereSeen: "A poster",
      description: "A poster promising jobs in Riyadh for a fee.",
    };
    for (let i = 0; i < 10; i++) await submitComplaint(input, opts({ ip: "10.1.1.1" }));
    await expect(submitComplaint(input, opts({ ip: "10.1.1.1" }))).rejects.toBeInstanceOf(
      DomainError,
    );
  });
});

describe("NEA triage", () => {
  it("upholds a complaint: counted on the agency page, the reporter told in their language, the agency emailed", async () => {
    const agency = await createAgency({ name: "Upheld Against Ltd", email: "office@upheld.test" });
    const reference = await submitComplaint(
      {
        subject: "AGENCY",
        agencyId: agency.id,
        description: "Passport taken at the airport and never returned.",
        reporterEmail: "mama.njeri@test.ke",
      },
      opts({ locale: "sw" }),
    );
    const complaint = await db.complaint.findUniqueOrThrow({ where: { reference: reference! } });
    expect(
      await db.outboxMessage.count({
        where: { to: "mama.njeri@test.ke", template: "complaintReceived" },
      }),
    ).toBe(1);
    const o = await officer();
    const key = crypto.randomUUID();
    expect(await actOnComplaint(o, complaint.id, { intent: "triage" }, ctx, key)).toBe("TRIAGED");
    // Its twin (a double click) looked for the key before the triage committed and missed it, then
    // read the complaint already triaged: the first answer, not "no longer possible".
    const look = vi.spyOn(db.idempotencyRecord, "findUnique").mockResolvedValueOnce(null as never);
    expect(await actOnComplaint(o, complaint.id, { intent: "triage" }, ctx, key)).toBe("TRIAGED");
    expect(look).toHaveBeenCalledTimes(2);
    look.mockRestore();
    // The same page's key on the next step (one key per page load) is a new step, not a repeat.
    expect(
      await actOnComplaint(
        o,
        complaint.id,
        { intent: "decide", outcome: "UPHELD", note: "The agency admitted it." },
        ctx,
        key,
      ),
    ).toBe("UPHELD");
    expect((await getPublicAgency({ id: agency.id }))?.upheldComplaints).toBe(1);
    const told = await db.outboxMessage.findFirstOrThrow({
      where: { to: "mama.njeri@test.ke", template: "complaintOutcome" },
    });
    expect(told.subject).toContain("Matokeo");
    expect(told.text).toContain("imethibitishwa");
    expect(
      await db.outboxMessage.count({
        where: { to: "office@upheld.test", template: "complaintUpheldAgency" },
      }),
    ).toBe(1);
    // A decided complaint cannot be decided again.
    await expect(
      actOnComplaint(
        o,
        complaint.id,
        { intent: "decide", outcome: "NOT_UPHELD", note: "Changed my mind." },
        ctx,
      ),
    ).rejects.toMatchObject({ status: 409 });
    expect(
      await db.auditEvent.count({
        where: {
          entityId: complaint.id,
          action: { in: ["complaint.triaged", "complaint.decided"] },
        },
      }),
    ).toBe(2);
  });

  it("lets only one of two officers acting at once win", async () => {
    const reference = await submitComplaint(
      {
        subject: "JOB_ADVERT",
        whereSeen: "WhatsApp",
        description: "Advert for cleaners in Doha, pay first.",
      },
      opts({ ip: "10.2.2.2" }),
    );
    const c = await db.complaint.findUniqueOrThrow({ where: { reference: reference! } });
    const [a, b] = [await officer(), await officer()];
    const results = await Promise.allSettled([
      actOnComplaint(
        a,
        c.id,
        { intent: "decide", outcome: "UPHELD", note: "Advert is fake." },
        ctx,
      ),
      actOnComplaint(
        b,
        c.id,
        { intent: "decide", outcome: "NOT_UPHELD", note: "Advert is genuine." },
        ctx,
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { status: 409 } });
  });

  it("answers an unknown or malformed id with 404", async () => {
    const o = await officer();
    await expect(actOnComplaint(o, "nope", { intent: "triage" }, ctx)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      actOnComplaint(o, crypto.randomUUID(), { intent: "triage" }, ctx),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe("complaint routes", () => {
  it("refuse a non-NEA user and change nothing; answer bad input with 400", async () => {
    const { sessionCookie } = await import("../factories/users");
    const { action } = await import("~/routes/nea.complaints.$id");
    const c = await db.complaint.create({
      data: {
        reference: `KS-C-ROUTE-${Date.now()}`,
        subject: "JOB_ADVERT",
        description: "Route-level test complaint",
      },
    });
    const post = async (cookie: string, body: Record<string, string>) => {
      const request = new Request(`http://127.0.0.1/nea/complaints/${c.id}`, {
        method: "POST",
        body: new URLSearchParams(body),
        headers: { cookie },
      });
      try {
        return await action({ request, params: { id: c.id }, context: {} });
      } catch (e) {
        return e;
      }
    };
    const agencyCookie = await sessionCookie((await createUser("AGENCY_ADMIN")).id);
    expect(await post(agencyCookie, { intent: "triage" })).toMatchObject({ status: 403 });
    expect((await db.complaint.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("RECEIVED");
    const officerCookie = await sessionCookie((await createUser("NEA_OFFICER")).id);
    const bad = (await post(officerCookie, { intent: "decide", outcome: "MAYBE", note: "x" })) as {
      init: ResponseInit;
    };
    expect(bad.init.status).toBe(400);
    expect((await db.complaint.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("RECEIVED");
    expect(await post(officerCookie, { intent: "triage" })).toMatchObject({ status: 302 });
    expect((await db.complaint.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("TRIAGED");
  });

  it("the public form answers invalid input with 400 and no complaint", async () => {
    const { action } = await import("~/routes/report");
    const before = await db.complaint.count();
    const request = new Request("http://127.0.0.1/report", {
      method: "POST",
      body: new URLSearchParams({ subject: "AGENCY", description: "too short" }),
    });
    const r = (await action({ request, params: {}, context: {} })) as { init: ResponseInit };
    expect(r.init.status).toBe(400);
    expect(await db.complaint.count()).toBe(before);
  });

  it("tells a reporter everything wrong in one round: a short description and which agency", async () => {
    const { action } = await import("~/routes/report");
    const jamii = await createAgency({ name: "Jamii Bora Kazi Recruitment Ltd" });
    const before = await db.complaint.count();
    const request = new Request("http://127.0.0.1/report", {
      method: "POST",
      body: new URLSearchParams({
        subject: "AGENCY",
        agencyRef: "jamii bora kazi",
        description: "too short",
      }),
    });
    const r = (await action({ request, params: {}, context: {} })) as {
      init: ResponseInit;
      data: { error: Record<string, string[]>; choices?: { value: string }[] };
    };
    expect(r.init.status).toBe(400);
    expect(r.data.error.description).toEqual(["complaint.error.description"]);
    expect(r.data.error.agencyRef).toEqual(["complaint.error.agencyPick"]);
    expect(r.data.choices?.map((c) => c.value)).toContain(jamii.id);
    expect(await db.complaint.count()).toBe(before);
  });
});
