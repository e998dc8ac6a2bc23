// Attacker's tests (issue 15 §4): a supervisor alone could suspend or revoke an agency (one or
// many), revoke a training certificate or publish a rule-set version. Now each needs a second
// official: whoever proposed never confirms or refuses, nothing changes before the confirmation,
// and the decisions page offers each official exactly what the guard allows.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  decide,
  listOpenProposals,
  propose,
  type ProposalInput,
} from "~/domain/decisions/decisions.server";
import { getRuleSet } from "~/domain/compliance/rule-sets.server";
import { editableValues, type PublishInput } from "~/domain/compliance/rule-set-form";
import { createAgency } from "../../factories/agencies";
import { createUser, sessionCookie } from "../../factories/users";
import { decisionCtx as ctx, official } from "../../factories/decisions";
import { lucia } from "~/auth/session.server";

const tomorrow = () => new Date(Date.now() + 86400_000).toISOString().slice(0, 10);

/** One subject per kind, and a way to see whether the decision took effect. */
async function subjects(): Promise<{ p: ProposalInput; applied: () => Promise<boolean> }[]> {
  const agency = await createAgency({ name: `Four Eyes ${crypto.randomUUID()} Ltd` });
  const bulkTarget = await createAgency({ name: `Bulk Eyes ${crypto.randomUUID()} Ltd` });
  const cert = await certificate();
  const base = await db.blmaRuleSet.findFirstOrThrow({
    where: { countryCode: "QA", status: "PUBLISHED" },
    orderBy: { version: "desc" },
  });
  const versionsBefore = await db.blmaRuleSet.count({
    where: { countryCode: base.countryCode, jobCategory: base.jobCategory },
  });
  const set = (await getRuleSet(base.id))!;
  const input: PublishInput = {
    effectiveFrom: tomorrow(),
    note: "Four eyes test version",
    fields: editableValues(set.rules) as PublishInput["fields"],
  };
  const status = async (id: string) =>
    (await db.agency.findUniqueOrThrow({ where: { id } })).status;
  return [
    {
      p: {
        kind: "AGENCY_SANCTION",
        subjectId: agency.id,
        input: { intent: "suspend", reason: "Fees charged to workers" },
      },
      applied: async () => (await status(agency.id)) === "SUSPENDED",
    },
    {
      p: {
        kind: "BULK_SANCTION",
        subjectId: null,
        input: {
          action: "revoke",
          licenceNos: [bulkTarget.licenceNo!],
          reason: "Directive",
          noticeDate: new Date("2026-11-01"),
          hearingDate: new Date("2026-11-08"),
        },
      },
      applied: async () => (await status(bulkTarget.id)) === "REVOKED",
    },
    {
      p: {
        kind: "CERTIFICATE_REVOCATION",
        subjectId: cert,
        input: { reason: "Issued without training" },
      },
      applied: async () =>
        !!(await db.certificate.findUniqueOrThrow({ where: { id: cert } })).revokedAt,
    },
    {
      p: { kind: "RULE_SET_PUBLICATION", subjectId: base.id, input },
      applied: async () =>
        (await db.blmaRuleSet.count({
          where: { countryCode: base.countryCode, jobCategory: base.jobCategory },
        })) > versionsBefore,
    },
  ];
}

async function certificate() {
  const worker = await db.worker.create({
    data: { firstName: "Zawadi", lastName: "Test", nationalId: String(Date.now()).slice(-9) },
  });
  const c = await db.certificate.create({
    data: {
      workerId: worker.id,
      countryCode: "QA",
      code: `3${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`,
      expiresAt: new Date(Date.now() + 365 * 86400_000),
    },
  });
  return c.id;
}

describe("four eyes on every decision that was single-step", () => {
  it("a supervisor who proposes cannot confirm or refuse; nothing changes until another does", async () => {
    const supervisor = await official("NEA_SUPERVISOR");
    const second = await official("NEA_SUPERVISOR");
    for (const { p, applied } of await subjects()) {
      const { id } = await propose(supervisor, p, { ctx });
      expect(await applied(), p.kind).toBe(false);
      await expect(decide(supervisor, id, "confirm", null, ctx), p.kind).rejects.toMatchObject({
        key: "decisions.error.fourEyes",
        status: 403,
      });
      await expect(
        decide(supervisor, id, "refuse", "Changed my mind", ctx),
        p.kind,
      ).rejects.toMatchObject({ key: "decisions.error.fourEyes" });
      expect(await applied(), p.kind).toBe(false);
      // The page shows the proposer only "withdraw", and the second supervisor confirm/refuse.
      const mine = (await listOpenProposals(supervisor)).proposals.find((x) => x.id === id);
      expect(mine?.actions, p.kind).toEqual(["withdraw"]);
      const theirs = (await listOpenProposals(second)).proposals.find((x) => x.id === id);
      expect(theirs?.actions, p.kind).toEqual(["confirm", "refuse"]);
      await decide(second, id, "confirm", null, ctx);
      expect(await applied(), p.kind).toBe(true);
      const row = await db.proposal.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "CONFIRMED", decidedById: second.id });
    }
  });

  it("an officer proposes but never confirms; agency staff and workers cannot even propose", async () => {
    const officer = await official("NEA_OFFICER");
    const other = await official("NEA_OFFICER");
    const staff = await lucia
      .createSession((await createUser("AGENCY_ADMIN")).id, { secondFactorAt: null })
      .then(async (s) => (await lucia.validateSession(s.id)).user!);
    for (const { p, applied } of await subjects()) {
      await expect(propose(staff, p, { ctx }), p.kind).rejects.toMatchObject({ status: 403 });
      const { id } = await propose(officer, p, { ctx });
      await expect(decide(other, id, "confirm", null, ctx), p.kind).rejects.toMatchObject({
        status: 403,
      });
      await expect(decide(other, id, "withdraw", null, ctx), p.kind).rejects.toMatchObject({
        status: 403,
      });
      expect(await applied(), p.kind).toBe(false);
      // The proposer withdraws: nothing changed, and the decision can be proposed again.
      await decide(officer, id, "withdraw", null, ctx);
      expect(await applied(), p.kind).toBe(false);
      const again = await propose(officer, p, { ctx });
      await decide(await official("NEA_SUPERVISOR"), again.id, "refuse", "Not proven", ctx);
      expect(await applied(), p.kind).toBe(false);
      expect(await db.proposal.findUniqueOrThrow({ where: { id: again.id } })).toMatchObject({
        status: "REFUSED",
        decisionNote: "Not proven",
      });
    }
  });

  it("the confirming official sees what a new rule-set version changes, beside what it replaces", async () => {
    const base = await db.blmaRuleSet.findFirstOrThrow({
      where: { countryCode: "AE", status: "PUBLISHED" },
      orderBy: { version: "desc" },
    });
    const fields = editableValues((await getRuleSet(base.id))!.rules) as PublishInput["fields"];
    const input: PublishInput = {
      effectiveFrom: tomorrow(),
      note: "A changed minimum wage",
      fields: { ...fields, minWage: { value: 1234, src: "Test gazette 2026", tag: "likely" } },
    };
    const officer = await official("NEA_OFFICER");
    const { id } = await propose(
      officer,
      { kind: "RULE_SET_PUBLICATION", subjectId: base.id, input },
      { ctx },
    );
    const shown = (await listOpenProposals(await official("NEA_SUPERVISOR"))).proposals.find(
      (p) => p.id === id,
    )!;
    expect(shown.changes).toEqual([
      expect.objectContaining({
        name: "minWage",
        was: fields.minWage,
        now: { value: 1234, src: "Test gazette 2026", tag: "likely" },
      }),
    ]);
    await decide(officer, id, "withdraw", null, ctx);
  });

  it("a new rule-set version is made from the newest one only, so it cannot silently undo a newer one", async () => {
    const base = await db.blmaRuleSet.findFirstOrThrow({
      where: { countryCode: "LB", status: "PUBLISHED" },
      orderBy: { version: "asc" },
    });
    const fields = editableValues((await getRuleSet(base.id))!.rules) as PublishInput["fields"];
    const p = (note: string) => ({
      kind: "RULE_SET_PUBLICATION" as const,
      subjectId: base.id,
      input: { effectiveFrom: tomorrow(), note, fields },
    });
    const officer = await official("NEA_OFFICER");
    const supervisor = await official("NEA_SUPERVISOR");
    const first = await propose(officer, p("First change"), { ctx });
    await decide(supervisor, first.id, "confirm", null, ctx);
    // Proposing again from the old version is refused: a newer one exists.
    await expect(propose(officer, p("From the old version"), { ctx })).rejects.toMatchObject({
      key: "rules.error.notLatest",
    });
  });

  it("a confirmation that no longer applies changes nothing (the agency was revoked meanwhile)", async () => {
    const agency = await createAgency({ name: `Stale ${crypto.randomUUID()} Ltd` });
    const officer = await official("NEA_OFFICER");
    const supervisor = await official("NEA_SUPERVISOR");
    const { id } = await propose(
      officer,
      {
        kind: "AGENCY_SANCTION",
        subjectId: agency.id,
        input: { intent: "suspend", reason: "Investigation" },
      },
      { ctx },
    );
    await db.agency.update({ where: { id: agency.id }, data: { status: "REVOKED" } });
    await expect(decide(supervisor, id, "confirm", null, ctx)).rejects.toMatchObject({
      key: "decisions.error.stale",
    });
    expect(await db.proposal.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PROPOSED",
    });
    expect(await db.licenceAction.count({ where: { agencyId: agency.id } })).toBe(0);
  });

  it("the routes: the old single-step forms now only propose, and the decisions page refuses the proposer", async () => {
    const { action: sanctionAction } = await import("~/routes/nea.agencies.$id");
    const { action: decisionsAction } = await import("~/routes/nea.decisions");
    const agency = await createAgency({ name: `Route Eyes ${crypto.randomUUID()} Ltd` });
    const supervisorRow = await createUser("NEA_SUPERVISOR");
    const cookie = await sessionCookie(supervisorRow.id);
    const post = async (
      fn: typeof sanctionAction,
      path: string,
      form: Record<string, string>,
      params: Record<string, string> = {},
    ) => {
      const request = new Request(`http://127.0.0.1${path}`, {
        method: "POST",
        body: new URLSearchParams(form),
        headers: { cookie },
      });
      try {
        const r = await fn({ request, params, context: {} });
        return r instanceof Response
          ? r.status
          : ((r as { init?: ResponseInit }).init?.status ?? 200);
      } catch (e) {
        if (e instanceof Response) return e.status;
        throw e;
      }
    };
    expect(
      await post(
        sanctionAction,
        `/nea/agencies/${agency.id}`,
        { intent: "suspend", reason: "Alone at night" },
        { id: agency.id },
      ),
    ).toBe(302);
    expect((await db.agency.findUniqueOrThrow({ where: { id: agency.id } })).status).toBe("ACTIVE");
    const proposal = await db.proposal.findFirstOrThrow({ where: { subjectId: agency.id } });
    expect(
      await post(decisionsAction as typeof sanctionAction, "/nea/decisions", {
        id: proposal.id,
        intent: "confirm",
      }),
    ).toBe(403);
    expect(
      await post(decisionsAction as typeof sanctionAction, "/nea/decisions", {
        id: proposal.id,
        intent: "refuse",
      }),
    ).toBe(400); // a refusal needs a note (and would be refused for four eyes anyway)
    expect((await db.agency.findUniqueOrThrow({ where: { id: agency.id } })).status).toBe("ACTIVE");
  });
});

describe("one admin cannot make a second official", () => {
  it("creating an NEA supervisor from the admin form only proposes it; the proposer cannot confirm", async () => {
    const { action } = await import("~/routes/admin.users.new");
    const adminRow = await createUser("ADMIN");
    const cookie = await sessionCookie(adminRow.id);
    const email = `sup-${crypto.randomUUID()}@test.ke`;
    const request = new Request("http://127.0.0.1/admin/users/new", {
      method: "POST",
      body: new URLSearchParams({ name: "Second Supervisor", email, role: "NEA_SUPERVISOR" }),
      headers: { cookie },
    });
    const res = (await action({ request, params: {}, context: {} })) as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/nea/decisions");
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(0);
    const proposal = await db.proposal.findFirstOrThrow({
      where: { kind: "OFFICIAL_ACCOUNT", reason: { contains: email } },
    });
    const admin = (
      await lucia.validateSession(
        (await lucia.createSession(adminRow.id, { secondFactorAt: new Date() })).id,
      )
    ).user!;
    await expect(decide(admin, proposal.id, "confirm", null, ctx)).rejects.toMatchObject({
      key: "decisions.error.fourEyes",
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
