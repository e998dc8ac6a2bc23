import { describe, expect, it } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import { getImportRun, previewImport, processImport } from "~/domain/agencies/import.server";
import { searchAgencies } from "~/domain/agencies/agencies.server";
import { decide, propose } from "~/domain/decisions/decisions.server";
import { createAgency } from "../factories/agencies";
import { official } from "../factories/decisions";
import { createUser } from "../factories/users";

const ctx = { requestId: "test", ip: "10.4.4.4" };
const header =
  "licence_no,name,status,county,town,address,phone,email,valid_from,valid_until,countries";

async function supervisor(): Promise<User> {
  const s = await lucia.createSession((await createUser("NEA_SUPERVISOR")).id, {
    secondFactorAt: new Date(),
  });
  return (await lucia.validateSession(s.id)).user!;
}

/** One official proposes the import; a supervisor who did not propose it confirms it (ADR 0016). */
async function startImport(actor: User, id: string) {
  const { id: proposalId } = await propose(
    actor,
    { kind: "AGENCY_IMPORT", subjectId: id, input: { reason: "Migrating the NEA register" } },
    { ctx },
  );
  await decide(await supervisor(), proposalId, "confirm", null, ctx);
}

async function runImport(actor: User, text: string, chunk = 2) {
  const id = await previewImport(actor, { fileName: "register.csv", text }, ctx);
  const preview = await getImportRun(actor, id);
  if (preview.valid > 0) {
    await startImport(actor, id);
    await processImport(id, chunk);
  }
  return { preview, done: await getImportRun(actor, id) };
}

describe("agency import", () => {
  it("an upload sent twice (one page's key) makes one preview", async () => {
    const actor = await supervisor();
    const csv = [
      header,
      "IMP/0901,Twice Uploaded Ltd,ACTIVE,Nairobi,Nairobi,,,,2026-01-01,2027-01-01,SA",
    ].join("\n");
    const key = crypto.randomUUID();
    const file = { fileName: "twice.csv", text: csv };
    const [a, b] = await Promise.all([
      previewImport(actor, file, ctx, key),
      previewImport(actor, file, ctx, key),
    ]);
    expect(a).toBe(b);
    expect(await db.importRun.count({ where: { fileName: "twice.csv" } })).toBe(1);
    // A new page (a new key) is a new preview.
    await previewImport(actor, file, ctx, crypto.randomUUID());
    expect(await db.importRun.count({ where: { fileName: "twice.csv" } })).toBe(2);
  });

  it("previews without changing anything, imports in chunks, and re-running the same file changes nothing", async () => {
    const actor = await supervisor();
    await createAgency({ name: "Existing Imported Ltd", licenceNo: "IMP/0003", status: "ACTIVE" });
    const csv = [
      header,
      "IMP/0001,Alpha Imports Ltd,ACTIVE,Nairobi,Nairobi,,0712 000 001,a@alpha.test,2026-01-01,2027-01-01,SA;QA",
      "IMP/0002,Beta Imports Ltd,REVOKED,Mombasa,Mombasa,,,,2025-01-01,2025-12-31,SA",
      "IMP/0003,Existing Imported Ltd,ACTIVE,Nairobi,Nairobi,,,,2026-01-01,2026-12-31,SA",
      "IMP/0004,Gamma Imports Ltd,ACTIVE,Kisumu,Kisumu,,,,2026-03-01,2027-03-01,AE",
      "IMP/0005,Bad Row,SLEEPING,Nowhere,,,,,2026-13-01,2026-01-01,SA",
    ].join("\n");

    const before = await db.agency.count();
    const id = await previewImport(actor, { fileName: "register.csv", text: csv }, ctx);
    const preview = await getImportRun(actor, id);
    expect(preview).toMatchObject({
      status: "PREVIEWED",
      total: 5,
      valid: 4,
      created: 3,
      updated: 1,
      unchanged: 0,
    });
    expect(preview.errors.map((e) => e.field)).toEqual(["status", "county", "valid_from"]);
    expect(preview.errors.every((e) => e.line === 6)).toBe(true);
    expect(await db.agency.count()).toBe(before); // a dry run changes nothing

    await startImport(actor, id);
    await expect(startImport(actor, id)).rejects.toMatchObject({ status: 409 });
    await processImport(id, 2);
    const done = await getImportRun(actor, id);
    expect(done).toMatchObject({
      status: "DONE",
      processed: 4,
      created: 3,
      updated: 1,
      unchanged: 0,
    });
    expect(await db.agency.count()).toBe(before + 3);
    const alpha = await db.agency.findUniqueOrThrow({
      where: { licenceNo: "IMP/0001" },
      include: { countries: true, actions: true },
    });
    expect(alpha).toMatchObject({ status: "ACTIVE", phone: "254712000001", email: "a@alpha.test" });
    expect(alpha.verificationCode).toMatch(/^1\d{9}$/);
    expect(alpha.actions).toEqual([expect.objectContaining({ action: "GRANTED", batchId: id })]);
    const existing = await db.agency.findUniqueOrThrow({ where: { licenceNo: "IMP/0003" } });
    expect(existing.status).toBe("ACTIVE");
    expect(existing.validUntil?.toISOString().slice(0, 10)).toBe("2026-12-31");
    expect((await searchAgencies({ q: "alpha imports" })).items).toHaveLength(1);
    expect(
      await db.auditEvent.count({
        where: {
          entityId: id,
          action: { in: ["agency.import_previewed", "agency.import_finished"] },
        },
      }),
    ).toBe(2);

    // The same file again: every valid row unchanged, no new licence actions.
    const actions = await db.licenceAction.count();
    const again = await runImport(actor, csv);
    expect(again.preview).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(again.done).toMatchObject({ status: "DONE", created: 0, updated: 0, unchanged: 4 });
    expect(await db.agency.count()).toBe(before + 3);
    expect(await db.licenceAction.count()).toBe(actions);
  });

  it("one official alone cannot import: the upload is a proposal only a second supervisor starts", async () => {
    // An import can grant licences (rows marked ACTIVE): one person's upload must not (a review).
    const officer = await official("NEA_OFFICER");
    const alone = await supervisor();
    const csv = `${header}\nIMP/0300,Alone Imports Ltd,ACTIVE,Nairobi,,,,,2026-01-01,2027-01-01,SA`;
    for (const actor of [officer, alone]) {
      const id = await previewImport(actor, { fileName: "alone.csv", text: csv }, ctx);
      const { id: proposalId } = await propose(
        actor,
        { kind: "AGENCY_IMPORT", subjectId: id, input: { reason: "I will import this alone" } },
        { ctx },
      );
      // The supervisor who proposed it: four eyes. The officer: never a confirmer.
      await expect(decide(actor, proposalId, "confirm", null, ctx)).rejects.toMatchObject(
        actor === alone ? { key: "decisions.error.fourEyes" } : { status: 403 },
      );
      // Nothing starts, even when the scheduler looks for work.
      await processImport(id, 10);
      expect(await getImportRun(actor, id)).toMatchObject({ status: "PREVIEWED", processed: 0 });
      expect(await db.agency.count({ where: { licenceNo: "IMP/0300" } })).toBe(0);
      // An officer may prepare an import but never confirm one, even someone else's.
      if (actor === alone)
        await expect(decide(officer, proposalId, "confirm", null, ctx)).rejects.toMatchObject({
          status: 403,
        });
      else {
        await decide(officer, proposalId, "withdraw", null, ctx);
      }
    }
    // A second supervisor confirms: the run starts, and the licence is granted with its run id.
    const [open] = await db.proposal.findMany({
      where: { kind: "AGENCY_IMPORT", status: "PROPOSED", proposedById: alone.id },
    });
    await decide(await supervisor(), open!.id, "confirm", null, ctx);
    await processImport(open!.subjectId!, 10);
    const granted = await db.agency.findUniqueOrThrow({
      where: { licenceNo: "IMP/0300" },
      include: { actions: true },
    });
    expect(granted.status).toBe("ACTIVE");
    expect(granted.actions).toEqual([
      expect.objectContaining({ action: "GRANTED", batchId: open!.subjectId }),
    ]);
    // A run that started cannot be proposed again.
    await expect(
      propose(
        alone,
        { kind: "AGENCY_IMPORT", subjectId: open!.subjectId!, input: { reason: "Once more" } },
        { ctx },
      ),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("never changes an existing agency's status: sanctions need two officials", async () => {
    const actor = await supervisor();
    await createAgency({ name: "Status Kept Ltd", licenceNo: "IMP/0200", status: "ACTIVE" });
    await createAgency({ name: "Suspended Kept Ltd", licenceNo: "IMP/0201", status: "SUSPENDED" });
    const { preview } = await runImport(
      actor,
      [
        header,
        "IMP/0200,Status Kept Ltd,SUSPENDED,Nairobi,,,,,2026-01-01,2027-01-01,SA",
        "IMP/0201,Suspended Kept Ltd,ACTIVE,Nairobi,,,,,2026-01-01,2027-01-01,SA",
      ].join("\n"),
    );
    expect(preview).toMatchObject({
      valid: 0,
      errors: [
        { line: 2, field: "status", key: "import.row.statusChange" },
        { line: 3, field: "status", key: "import.row.statusChange" },
      ],
    });
    expect((await db.agency.findUniqueOrThrow({ where: { licenceNo: "IMP/0200" } })).status).toBe(
      "ACTIVE",
    );
    expect((await db.agency.findUniqueOrThrow({ where: { licenceNo: "IMP/0201" } })).status).toBe(
      "SUSPENDED",
    );
  });

  it("will not reinstate a revoked licence, and only NEA officials may import", async () => {
    const actor = await supervisor();
    await createAgency({
      name: "Revoked Before Import Ltd",
      licenceNo: "IMP/0100",
      status: "REVOKED",
    });
    const { preview } = await runImport(
      actor,
      `${header}\nIMP/0100,Revoked Before Import Ltd,ACTIVE,Nairobi,,,,,2026-01-01,2027-01-01,SA`,
    );
    expect(preview).toMatchObject({
      valid: 0,
      errors: [{ line: 2, field: "status", key: "import.row.revoked" }],
    });
    expect((await db.agency.findUniqueOrThrow({ where: { licenceNo: "IMP/0100" } })).status).toBe(
      "REVOKED",
    );

    for (const role of ["AGENCY_ADMIN", "LABOUR_ATTACHE", "ADMIN"] as const) {
      const s = await lucia.createSession((await createUser(role)).id, {
        secondFactorAt: new Date(),
      });
      const outsider = (await lucia.validateSession(s.id)).user!;
      await expect(
        previewImport(outsider, { fileName: "x.csv", text: header }, ctx),
      ).rejects.toMatchObject({ status: 403 });
    }
  });
});
