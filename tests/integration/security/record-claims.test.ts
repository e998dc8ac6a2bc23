// Attacker's tests (issue 15 §2): surname, national ID and date of birth are not secrets. Knowing
// them (or guessing the date of birth) must not hand a worker's record and contract to another
// account; every failure must answer the same way; attempts are limited per account, per record and
// per claim.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { getOwnProfile, saveProfile } from "~/domain/workers/workers.server";
import {
  CLAIMS_PER_ACCOUNT_PER_DAY,
  CODES_PER_CLAIMANT_PER_DAY,
  CODES_PER_RECORD_PER_DAY,
  confirmClaim,
  WRONG_CODES_PER_CLAIM,
} from "~/domain/workers/record-claims.server";
import {
  agencyRecord,
  claimCodeSentTo,
  linkWithCode,
  newWorker,
  profile,
  uniqueId,
  workerCtx as ctx,
} from "../../factories/workers";

const victimDetails = (nationalId: string) => ({
  nationalId,
  lastName: "Njeri",
  dateOfBirth: "1995-06-15",
});

const wrongCode = (right: string | null) => (right === "000000" ? "000001" : "000000");

describe("claiming a worker record someone else made", () => {
  it("knowing surname, national ID and date of birth moves nothing: the code goes to the phone the agency recorded", async () => {
    const nid = uniqueId();
    const { worker: victim, contract, phone } = await agencyRecord(nid);
    const attacker = await newWorker();
    const r = await saveProfile(attacker, profile(victimDetails(nid)), ctx);
    expect(r.claim).toBe(true);
    // The contract and the record stay where they were; the attacker's record has no national ID.
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).workerId).toBe(
      victim.id,
    );
    expect(await db.worker.findUnique({ where: { id: victim.id } })).not.toBeNull();
    const mine = await db.worker.findUniqueOrThrow({ where: { userId: attacker.id } });
    expect(mine.nationalId).toBeNull();
    // The code went by SMS to the number on the record, never to the claimant.
    const sms = await db.outboxMessage.findMany({
      where: { template: "recordClaimCode", to: phone! },
    });
    expect(sms).toHaveLength(1);
    expect(sms[0]!.channel).toBe("SMS");
    expect(
      await db.outboxMessage.count({ where: { template: "recordClaimCode", to: attacker.email! } }),
    ).toBe(0);
    // A guessed code links nothing.
    await expect(confirmClaim(attacker, "123456", ctx)).rejects.toMatchObject({
      key: "profile.error.claimCode",
    });
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).workerId).toBe(
      victim.id,
    );
  });

  it("every failure answers the same way: wrong details, a record linked to an account, a record without a phone", async () => {
    const answers: unknown[] = [];
    const tryClaim = async (details: Record<string, unknown>) => {
      const w = await newWorker();
      const saved = await saveProfile(w, profile(details), ctx);
      const page = await getOwnProfile(w);
      const refused = await confirmClaim(w, "123456", ctx).catch((e: unknown) => e);
      answers.push({
        saved,
        claimShown: !!page.claim,
        nationalId: page.worker.nationalId,
        refused: JSON.stringify(refused),
      });
    };
    const nid = uniqueId();
    const { phone } = await agencyRecord(nid);
    await tryClaim(victimDetails(nid)); // right details: a code went to the victim's phone
    await tryClaim({ ...victimDetails(nid), dateOfBirth: "1995-06-16" }); // a guessed date of birth
    await tryClaim({ ...victimDetails(nid), lastName: "Otieno" }); // a wrong surname
    const noPhone = uniqueId();
    await agencyRecord(noPhone, "Njeri", "1995-06-15", null);
    await tryClaim(victimDetails(noPhone)); // a record nobody can receive a code for
    const owned = uniqueId();
    const owner = await newWorker();
    await db.worker.update({ where: { userId: owner.id }, data: { nationalId: owned } });
    await tryClaim({ nationalId: owned }); // a record linked to an account
    await tryClaim({ nationalId: uniqueId() }); // an ID no record holds
    expect(answers.every((a) => JSON.stringify(a) === JSON.stringify(answers[0]))).toBe(true);
    expect(answers[0]).toMatchObject({
      saved: { claim: true },
      claimShown: true,
      nationalId: null,
    });
    // Only the first claim sent a code; the audit trail, not the claimant, tells the cases apart.
    expect(
      await db.outboxMessage.count({ where: { template: "recordClaimCode", to: phone! } }),
    ).toBe(1);
    const outcomes = await db.auditEvent.findMany({
      where: { action: "worker.record_claim_started", actorRole: "WORKER" },
      orderBy: { seq: "desc" },
      take: 6,
      select: { summary: true },
    });
    expect(outcomes.map((o) => (o.summary as { outcome: string }).outcome).sort()).toEqual(
      [
        "code_sent",
        "details_differ",
        "details_differ",
        "linked_to_another_account",
        "no_contact",
        "no_record",
      ].sort(),
    );
  });

  it("the right code links once; a used or stale code does nothing", async () => {
    const nid = uniqueId();
    const { contract, phone } = await agencyRecord(nid);
    const worker = await newWorker();
    await saveProfile(worker, profile(victimDetails(nid)), ctx);
    const code = (await claimCodeSentTo(phone!))!;
    await confirmClaim(worker, code, ctx);
    const mine = await db.worker.findUniqueOrThrow({ where: { userId: worker.id } });
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).workerId).toBe(
      mine.id,
    );
    await expect(confirmClaim(worker, code, ctx)).rejects.toMatchObject({
      key: "profile.error.claimCode",
    });

    // A code for another account's claim is no use to the attacker who read it.
    const nid2 = uniqueId();
    const second = await agencyRecord(nid2);
    const rightful = await newWorker();
    const attacker = await newWorker();
    await saveProfile(rightful, profile(victimDetails(nid2)), ctx);
    const sent = (await claimCodeSentTo(second.phone!))!;
    await saveProfile(
      attacker,
      profile({ ...victimDetails(nid2), dateOfBirth: "1995-06-14" }),
      ctx,
    );
    await expect(confirmClaim(attacker, sent, ctx)).rejects.toMatchObject({
      key: "profile.error.claimCode",
    });
    await confirmClaim(rightful, sent, ctx);
  });

  it(`a claim closes after ${WRONG_CODES_PER_CLAIM} wrong codes, even for the right one after`, async () => {
    const nid = uniqueId();
    const { contract, phone, worker: record } = await agencyRecord(nid);
    const w = await newWorker();
    await saveProfile(w, profile(victimDetails(nid)), ctx);
    const right = await claimCodeSentTo(phone!);
    for (let i = 0; i < WRONG_CODES_PER_CLAIM; i++)
      await expect(confirmClaim(w, wrongCode(right), ctx)).rejects.toMatchObject({
        key: "profile.error.claimCode",
      });
    await expect(confirmClaim(w, right!, ctx)).rejects.toMatchObject({
      key: "profile.error.claimCode",
    });
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).workerId).toBe(
      record.id,
    );
    expect((await getOwnProfile(w)).claim).toBeNull();
  });

  // Attacker's test (issue 15, fifth review): three accounts that knew the holder's ID, surname and
  // date of birth spent the record's three codes of the day, so its holder could get none.
  it(`an account gets at most ${CODES_PER_CLAIMANT_PER_DAY} codes a day for a record, so others cannot spend its holder's; the record at most ${CODES_PER_RECORD_PER_DAY} in all (her phone is not flooded); an account at most ${CLAIMS_PER_ACCOUNT_PER_DAY} claims`, async () => {
    const nid = uniqueId();
    const { phone } = await agencyRecord(nid);
    const sent = () =>
      db.outboxMessage.count({ where: { template: "recordClaimCode", to: phone! } });
    const squatter = await newWorker();
    for (let i = 0; i < CODES_PER_CLAIMANT_PER_DAY + 1; i++)
      expect((await saveProfile(squatter, profile(victimDetails(nid)), ctx)).claim).toBe(true);
    expect(await sent()).toBe(CODES_PER_CLAIMANT_PER_DAY);
    for (let i = 0; i < 2; i++) {
      const w = await newWorker();
      for (let j = 0; j < CODES_PER_CLAIMANT_PER_DAY; j++)
        await saveProfile(w, profile(victimDetails(nid)), ctx);
    }
    // The holder still gets her code.
    const holder = await newWorker();
    const before = await sent();
    expect(before).toBeLessThan(CODES_PER_RECORD_PER_DAY);
    await linkWithCode(holder, victimDetails(nid), phone!);
    expect(await sent()).toBe(before + 1);
    expect((await db.worker.findUniqueOrThrow({ where: { nationalId: nid } })).userId).toBe(
      holder.id,
    );

    // However many accounts ask, a record's contact gets at most CODES_PER_RECORD_PER_DAY codes.
    const nid2 = uniqueId();
    const second = await agencyRecord(nid2);
    for (let i = 0; i < CODES_PER_RECORD_PER_DAY + 2; i++)
      await saveProfile(await newWorker(), profile(victimDetails(nid2)), ctx);
    expect(
      await db.outboxMessage.count({ where: { template: "recordClaimCode", to: second.phone! } }),
    ).toBe(CODES_PER_RECORD_PER_DAY);

    const walker = await newWorker();
    const target = uniqueId();
    await agencyRecord(target);
    for (let i = 0; i < CLAIMS_PER_ACCOUNT_PER_DAY; i++)
      await saveProfile(
        walker,
        profile({
          ...victimDetails(target),
          dateOfBirth: `1995-06-${String(i + 1).padStart(2, "0")}`,
        }),
        ctx,
      );
    await expect(
      saveProfile(walker, profile({ ...victimDetails(target), firstName: "Again" }), ctx),
    ).rejects.toMatchObject({ key: "profile.error.claimLimit", field: "nationalId" });
    // The refused save changed nothing.
    expect((await db.worker.findUniqueOrThrow({ where: { userId: walker.id } })).firstName).toBe(
      "Halima",
    );
  });

  it("an agency cannot redirect the codes of a record on file to a number of its own", async () => {
    const nid = uniqueId();
    const { worker: record, phone } = await agencyRecord(nid);
    const { startContract } = await import("~/domain/contracts/contract-drafts.server");
    const { setup } = await import("../../factories/contracts");
    const s = await setup();
    await startContract(
      s.staff,
      {
        jobOrderId: s.jo.id,
        firstName: "Halima",
        ...victimDetails(nid),
        phone: "254700000001",
      },
      ctx,
    );
    expect((await db.worker.findUniqueOrThrow({ where: { id: record.id } })).phone).toBe(phone);

    // Nor fill in a number on a record that has none (a training institution's record, say).
    const bare = uniqueId();
    const { worker: unreachable } = await agencyRecord(bare, "Njeri", "1995-06-15", null);
    await startContract(
      s.staff,
      { jobOrderId: s.jo.id, firstName: "Halima", ...victimDetails(bare), phone: "254700000002" },
      ctx,
    );
    expect((await db.worker.findUniqueOrThrow({ where: { id: unreachable.id } })).phone).toBeNull();
  });
});

describe("the whole path still works for the rightful worker", () => {
  it("links and then sees her contract", async () => {
    const nid = uniqueId();
    const { contract, phone } = await agencyRecord(nid);
    const w = await newWorker();
    await linkWithCode(w, victimDetails(nid), phone!);
    const mine = await db.worker.findUniqueOrThrow({ where: { userId: w.id } });
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).workerId).toBe(
      mine.id,
    );
  });
});

describe("squatting a national ID", () => {
  it("an account that types someone's ID before any agency does catches nothing later", async () => {
    const nid = uniqueId();
    const squatter = await newWorker();
    expect((await saveProfile(squatter, profile(victimDetails(nid)), ctx)).claim).toBe(true);
    expect(
      (await db.worker.findUniqueOrThrow({ where: { userId: squatter.id } })).nationalId,
    ).toBeNull();
    // The agency starts the real person's contract: it lands on a record of its own, not the squatter's.
    const { startContract } = await import("~/domain/contracts/contract-drafts.server");
    const { setup } = await import("../../factories/contracts");
    const s = await setup();
    const id = await startContract(
      s.staff,
      { jobOrderId: s.jo.id, firstName: "Halima", ...victimDetails(nid), phone: "254711222333" },
      ctx,
    );
    const contract = await db.contract.findUniqueOrThrow({
      where: { id },
      select: { worker: { select: { userId: true, phone: true } } },
    });
    expect(contract.worker).toEqual({ userId: null, phone: "254711222333" });
    // Her earlier claim had no record to send a code for: it links nothing now either.
    await expect(confirmClaim(squatter, "000000", ctx)).rejects.toMatchObject({
      key: "profile.error.claimCode",
    });
  });
});
