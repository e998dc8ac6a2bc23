// A record made with no phone or email (by a training college, or an agency before phones were
// required) can never be claimed with a code (an independent review: its worker could not reach her
// contract). An NEA officer who has seen her ID card proposes the link; a second official confirms.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { decide, propose } from "~/domain/decisions/decisions.server";
import { saveProfile } from "~/domain/workers/workers.server";
import { createUser } from "../../factories/users";
import { official } from "../../factories/decisions";
import {
  agencyRecord,
  login,
  newWorker,
  profile,
  uniqueId,
  workerCtx as ctx,
} from "../../factories/workers";

describe("linking a record no code can reach", () => {
  it("a claim sends no code; one officer proposes after seeing the ID card, another confirms; nobody does both", async () => {
    const nid = uniqueId();
    const { worker: record } = await agencyRecord(nid, "Otieno", "1996-03-03", null); // no phone
    const w = await newWorker();
    expect(
      await saveProfile(
        w,
        profile({ nationalId: nid, lastName: "Otieno", dateOfBirth: "1996-03-03" }),
        ctx,
      ),
    ).toEqual({ claim: true });
    expect(
      await db.outboxMessage.count({ where: { template: "recordClaimCode", to: w.email } }),
    ).toBe(0);

    const input = {
      email: w.email,
      nationalId: nid,
      reason: "ID card seen at the NEA office, Nairobi",
    };
    // Only NEA officials propose; an agency or the worker herself cannot.
    for (const role of ["AGENCY_ADMIN", "WORKER", "TRAINING_PROVIDER"] as const)
      await expect(
        propose(
          await login(await createUser(role)),
          { kind: "RECORD_LINK", subjectId: record.id, input },
          { ctx },
        ),
      ).rejects.toMatchObject({ status: 403 });

    const first = await official("NEA_OFFICER");
    const { id } = await propose(
      first,
      { kind: "RECORD_LINK", subjectId: record.id, input },
      { ctx },
    );
    await expect(decide(first, id, "confirm", null, ctx)).rejects.toMatchObject({
      key: "decisions.error.fourEyes",
    });
    expect((await db.worker.findUniqueOrThrow({ where: { id: record.id } })).userId).toBeNull();

    await decide(await official("NEA_OFFICER"), id, "confirm", null, ctx);
    const mine = await db.worker.findUniqueOrThrow({
      where: { userId: w.id },
      include: { contracts: true },
    });
    expect(mine).toMatchObject({ nationalId: nid, lastName: "Otieno" });
    expect(mine.contracts).toHaveLength(1); // the agency's contract is hers now
    expect(await db.worker.count({ where: { id: record.id } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { action: "worker.record_linked", entityId: mine.id } }),
    ).toBe(1);

    // A record already linked cannot be proposed again, nor a non-worker account.
    const other = await newWorker();
    await expect(
      propose(
        first,
        { kind: "RECORD_LINK", subjectId: mine.id, input: { ...input, email: other.email } },
        { ctx },
      ),
    ).rejects.toMatchObject({ key: "recordLinks.error.linked" });
    const officerRow = await createUser("NEA_OFFICER");
    const second = uniqueId();
    const { worker: unlinked } = await agencyRecord(second, "Akinyi", "1996-03-03", null);
    await expect(
      propose(
        first,
        {
          kind: "RECORD_LINK",
          subjectId: unlinked.id,
          input: { ...input, email: officerRow.email, nationalId: second },
        },
        { ctx },
      ),
    ).rejects.toMatchObject({ key: "recordLinks.error.account" });
  });
});
