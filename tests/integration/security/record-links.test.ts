// A record made with no phone or email (by a training college, or an agency before phones were
// required) can never be claimed with a code (an independent review: its worker could not reach her
// contract). An NEA officer who has seen her ID card proposes the link; a second official confirms.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { decide, propose } from "~/domain/decisions/decisions.server";
import { saveProfile } from "~/domain/workers/workers.server";
import { confirmClaim } from "~/domain/workers/record-claims.server";
import { createUser } from "../../factories/users";
import { official } from "../../factories/decisions";
import {
  agencyRecord,
  claimCodeSentTo,
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
      await db.outboxMessage.count({ where: { template: "recordClaimCode", to: w.email! } }),
    ).toBe(0);

    const input = {
      account: w.email!,
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
        { kind: "RECORD_LINK", subjectId: mine.id, input: { ...input, account: other.email! } },
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
          input: { ...input, account: officerRow.email, nationalId: second },
        },
        { ctx },
      ),
    ).rejects.toMatchObject({ key: "recordLinks.error.account" });
  });
  // Attacker's test (issue 15, fifth review): a link (or a claim) merged a second person's record
  // into an account that already held an identity: her national ID, name and date of birth were
  // overwritten, even where a contract or certificate had relied on them.
  it("never merges a record into an account that already holds a national ID or a relied-on identity", async () => {
    const first = await official("NEA_OFFICER");
    const linkBoth = async (w: { email: string | null }, nid: string) => {
      const { worker: rec } = await agencyRecord(nid, "Otieno", "1996-03-03", null);
      const input = {
        account: w.email!,
        nationalId: nid,
        reason: "ID card seen at the NEA office",
      };
      return { rec, input };
    };
    // An account already linked to her own record (with its national ID) takes no second one.
    const w = await newWorker();
    const a = await linkBoth(w, uniqueId());
    const { id } = await propose(
      first,
      { kind: "RECORD_LINK", subjectId: a.rec.id, input: a.input },
      { ctx },
    );
    // A second proposal for the same account waits meanwhile; the first is confirmed.
    const b = await linkBoth(w, uniqueId());
    const { id: second } = await propose(
      first,
      { kind: "RECORD_LINK", subjectId: b.rec.id, input: b.input },
      { ctx },
    );
    await decide(await official("NEA_OFFICER"), id, "confirm", null, ctx);
    await expect(
      decide(await official("NEA_OFFICER"), second, "confirm", null, ctx),
    ).rejects.toMatchObject({ key: "decisions.error.stale" });
    expect((await db.worker.findUniqueOrThrow({ where: { userId: w.id } })).nationalId).toBe(
      a.input.nationalId,
    );
    expect((await db.worker.findUniqueOrThrow({ where: { id: b.rec.id } })).userId).toBeNull();
    const c = await linkBoth(w, uniqueId());
    await expect(
      propose(first, { kind: "RECORD_LINK", subjectId: c.rec.id, input: c.input }, { ctx }),
    ).rejects.toMatchObject({ key: "recordLinks.error.hasIdentity", field: "account" });

    // The profile refuses a new ID for an identity relied on (a submitted contract); a claim with
    // the right code does not merge a second record into an account holding an ID either.
    const holder = await newWorker();
    const own = uniqueId();
    await db.worker.update({ where: { userId: holder.id }, data: { nationalId: own } });
    const nid = uniqueId();
    const { worker: coded, phone } = await agencyRecord(nid, "Njeri", "1995-06-15");
    await saveProfile(
      holder,
      profile({ nationalId: nid, lastName: "Njeri", dateOfBirth: "1995-06-15" }),
      ctx,
    );
    const code = await claimCodeSentTo(phone!);
    await expect(confirmClaim(holder, code!, ctx)).rejects.toMatchObject({
      key: "recordLinks.error.hasIdentity",
    });
    expect((await db.worker.findUniqueOrThrow({ where: { id: coded.id } })).userId).toBeNull();
    expect((await db.worker.findUniqueOrThrow({ where: { userId: holder.id } })).nationalId).toBe(
      own,
    );
  });
});
