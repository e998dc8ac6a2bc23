// The worker's own record on a real database: profile, linking to an agency-made record by
// national ID, next-of-kin consent, "download my data", and correction requests decided by NEA.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { CorrectionSchema, ProfileSchema, maskTail } from "~/domain/workers/profile.schema";
import { exportOwnData, getOwnProfile, saveProfile } from "~/domain/workers/workers.server";
import { setCheckInPin } from "~/domain/mission/checkins.server";
import {
  decideCorrection,
  listCorrections,
  requestCorrection,
} from "~/domain/workers/corrections.server";
import { decide, propose } from "~/domain/decisions/decisions.server";
import { createUser, sessionCookie } from "../factories/users";
import {
  agencyRecord,
  linkWithCode,
  login,
  newWorker,
  profile,
  uniqueId,
  workerCtx,
} from "../factories/workers";

const ctx = workerCtx;

describe("profile validation", () => {
  it("normalises identifiers and explains each problem", () => {
    const ok = ProfileSchema.parse({
      firstName: "A",
      lastName: "B",
      nationalId: "31 000 001",
      phone: "0712 345 678",
      passportNo: "ak 0123456",
      passportExpiry: "2030-01-01",
      languages: [],
    });
    expect(ok).toMatchObject({
      nationalId: "31000001",
      phone: "254712345678",
      passportNo: "AK0123456",
    });
    const bad = ProfileSchema.safeParse({
      firstName: "A",
      lastName: "B",
      nationalId: "12",
      dateOfBirth: "2099-01-01",
      passportNo: "123",
      kinName: "Mama",
      languages: ["xx"],
    });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(
      bad.error!.issues.map((i) => [i.path.join("."), i.message]),
    );
    expect(messages).toMatchObject({
      nationalId: "profile.error.nationalId",
      passportNo: "profile.error.passport",
      "languages.0": "error.required@profile.languages",
    });
    // Rules across fields run once each field is well-formed.
    const cross = ProfileSchema.safeParse({
      firstName: "A",
      lastName: "B",
      dateOfBirth: "2099-01-01",
      passportNo: "AK0123456",
      kinName: "Mama",
      languages: [],
    });
    expect(
      Object.fromEntries(cross.error!.issues.map((i) => [i.path.join("."), i.message])),
    ).toEqual({
      dateOfBirth: "profile.error.dateOfBirth",
      passportExpiry: "profile.error.passportExpiry",
      kinRelation: "error.required@profile.kinRelationError",
      kinPhone: "error.required@profile.kinPhoneError",
      kinConsent: "profile.error.kinConsent",
    });
    // A passport's expiry that does not exist, or has passed, says which (walkthrough, issue 17).
    const expiry = (passportExpiry: string) =>
      ProfileSchema.safeParse({
        firstName: "A",
        lastName: "B",
        passportNo: "AK0123456",
        passportExpiry,
        languages: [],
      }).error?.issues.map((i) => i.message);
    expect(expiry("31/02/2030")).toEqual(["profile.error.passportExpiryDate"]);
    expect(expiry("01/01/2020")).toEqual(["profile.error.passportExpired"]);
    expect(expiry("01/01/2035")).toBeUndefined();
    expect(
      CorrectionSchema.safeParse({
        field: "DATE_OF_BIRTH",
        requestedValue: "1990-02-30",
        reason: "typo on the form",
      }).success,
    ).toBe(false);
    // Typed day first, as the rest of her profile; kept as ISO for NEA to apply.
    expect(
      CorrectionSchema.parse({
        field: "DATE_OF_BIRTH",
        requestedValue: "12/04/1998",
        reason: "typo on the form",
      }).requestedValue,
    ).toBe("1998-04-12");
    expect(
      CorrectionSchema.safeParse({
        field: "DATE_OF_BIRTH",
        requestedValue: "30/02/1990",
        reason: "typo on the form",
      }).success,
    ).toBe(false);
    expect(maskTail("31000001")).toBe("•••••001");
  });
});

describe("worker profile", () => {
  it("saves details and next of kin with the worker's consent; clearing the next of kin withdraws it", async () => {
    const w = await newWorker();
    await saveProfile(
      w,
      profile({
        dateOfBirth: "1995-06-15",
        sex: "FEMALE",
        countyCode: 32,
        phone: "0712000111",
        kinName: "Mama Njeri",
        kinRelation: "Mother",
        kinPhone: "0722000222",
        kinConsent: true,
      }),
      ctx,
    );
    const p = await getOwnProfile(w);
    expect(p.worker).toMatchObject({
      firstName: "Halima",
      sex: "FEMALE",
      countyCode: 32,
      phone: "254712000111",
      dateOfBirth: "1995-06-15",
    });
    expect(p.worker.nextOfKin[0]).toMatchObject({ name: "Mama Njeri", phone: "254722000222" });
    expect(
      await db.consent.count({
        where: { workerId: p.worker.id, purpose: "next_of_kin", withdrawnAt: null },
      }),
    ).toBe(1);
    await saveProfile(w, profile({ dateOfBirth: "1995-06-15" }), ctx);
    expect(await db.nextOfKin.count({ where: { workerId: p.worker.id } })).toBe(0);
    expect(
      await db.consent.count({
        where: { workerId: p.worker.id, purpose: "next_of_kin", withdrawnAt: { not: null } },
      }),
    ).toBe(1);
    const audit = await db.auditEvent.findFirst({
      where: { entityId: p.worker.id, action: "worker.profile_updated" },
      orderBy: { seq: "desc" },
    });
    expect(JSON.stringify(audit!.summary)).not.toContain("254712000111"); // field names only, never values
  });

  it("links to the agency's record with the code sent to the phone it recorded, and the contract follows", async () => {
    const nid = uniqueId();
    const { worker: agencyRow, contract, phone } = await agencyRecord(nid);
    const w = await newWorker();
    await linkWithCode(
      w,
      { nationalId: nid, dateOfBirth: "1995-06-15", lastName: "NJERI" },
      phone!,
    );
    const mine = await db.worker.findUniqueOrThrow({ where: { userId: w.id } });
    expect(mine.nationalId).toBe(nid);
    expect(mine.phone).toBe(phone); // the record's number comes along when hers was empty
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).workerId).toBe(
      mine.id,
    );
    expect(await db.worker.findUnique({ where: { id: agencyRow.id } })).toBeNull();
    expect(
      await db.auditEvent.count({ where: { entityId: mine.id, action: "worker.record_linked" } }),
    ).toBe(1);
    expect((await getOwnProfile(w)).claim).toBeNull();
    // Now the identity is locked: a submitted contract relied on it.
    expect((await getOwnProfile(w)).locked).toBe(true);
    await expect(
      saveProfile(
        w,
        profile({ nationalId: nid, dateOfBirth: "1995-06-16", lastName: "NJERI" }),
        ctx,
      ),
    ).rejects.toMatchObject({ key: "profile.error.locked" });
  });

  it("a national ID typed by a worker is never saved on her word, not even one nobody holds", async () => {
    const [a, b] = [await newWorker(), await newWorker()];
    const nid = uniqueId();
    const results = await Promise.all([
      saveProfile(a, profile({ nationalId: nid }), ctx),
      saveProfile(b, profile({ nationalId: nid }), ctx),
    ]);
    expect(results).toEqual([{ claim: true }, { claim: true }]);
    expect(await db.worker.count({ where: { nationalId: nid } })).toBe(0);
    expect(
      await db.outboxMessage.count({ where: { template: "recordClaimCode", to: a.email! } }),
    ).toBe(0);
  });

  it("refuses a passport number recorded for someone else", async () => {
    const a = await newWorker();
    const b = await newWorker();
    const passportNo = `AK${uniqueId().slice(0, 7)}`;
    await saveProfile(a, profile({ passportNo, passportExpiry: "2031-01-01" }), ctx);
    await expect(
      saveProfile(b, profile({ passportNo, passportExpiry: "2031-01-01" }), ctx),
    ).rejects.toMatchObject({ key: "profile.error.passportTaken", field: "passportNo" });
    // Attacker's test (an independent review): testing passport numbers one after another. Each
    // hit is audited on the record it touched; after 3 a day the account is refused, even for a
    // free number, so the answer no longer says anything.
    for (let i = 0; i < 2; i++)
      await expect(
        saveProfile(b, profile({ passportNo, passportExpiry: "2031-01-01" }), ctx),
      ).rejects.toMatchObject({ key: "profile.error.passportTaken" });
    for (const p of [passportNo, `AK${uniqueId().slice(0, 7)}`])
      await expect(
        saveProfile(b, profile({ passportNo: p, passportExpiry: "2031-01-01" }), ctx),
      ).rejects.toMatchObject({ key: "profile.error.passportLimit", field: "passportNo" });
    const owner = await db.worker.findFirstOrThrow({ where: { passportNo }, select: { id: true } });
    expect(
      await db.auditEvent.count({
        where: { action: "worker.passport_conflict", entityId: owner.id },
      }),
    ).toBe(3);
  });

  it("exports everything held about the worker, including who looked at it, and records the export", async () => {
    const nid = uniqueId();
    const { phone } = await agencyRecord(nid);
    const w = await newWorker();
    await linkWithCode(
      w,
      {
        nationalId: nid,
        dateOfBirth: "1995-06-15",
        kinName: "Baba",
        kinRelation: "Father",
        kinPhone: "0733000333",
        kinConsent: true,
      },
      phone!,
    );
    const data = await exportOwnData(w, ctx);
    expect(data.account.email).toBe(w.email);
    expect(data.worker.nationalId).toBe(nid);
    expect(data.worker.contracts).toHaveLength(1);
    expect(data.worker.nextOfKin[0]!.name).toBe("Baba");
    expect(data.accessLog.map((e) => e.action)).toEqual(
      expect.arrayContaining(["worker.profile_updated", "worker.record_linked"]),
    );
    expect(
      await db.auditEvent.count({
        where: { entityId: data.worker.id, action: "worker.data_exported" },
      }),
    ).toBe(1);
    // Attacker's test (an independent review): the export carried whole rows — the hash of the
    // 4-digit check-in PIN (10,000 guesses offline), staff user ids, a family reporter's details.
    await setCheckInPin(w, "8642", ctx);
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object" && !(v instanceof Date))
        for (const [k, x] of Object.entries(v)) {
          keys.add(k);
          walk(x);
        }
    };
    walk(await exportOwnData(w, ctx));
    const leaked = [...keys].filter((k) =>
      /pin(Hash|Failures|LockedUntil)|ById$|^(userId|providerId|assigneeId|authorId|actorId|reporterName|reporterPhone|codeHash|passwordHash)$/i.test(
        k,
      ),
    );
    expect(leaked).toEqual([]);
    expect(keys).toContain("nationalId"); // her own data is all there
  });
});

describe("correction requests", () => {
  // Attacker's test (an independent review): a new account with no national ID asked NEA to
  // "correct" it to someone else's ID; one officer applied it, and the agency's contract for the
  // real holder then landed on the attacker's record. Corrections are for details an official has
  // relied on (a locked record); an unlocked record is edited in the profile, where a national ID
  // always starts a claim with a code sent to the contact on record.
  it("an account cannot take a national ID through a correction", async () => {
    const attacker = await newWorker();
    const nid = uniqueId();
    for (const field of ["NATIONAL_ID", "LAST_NAME", "DATE_OF_BIRTH"] as const)
      await expect(
        requestCorrection(
          attacker,
          {
            field,
            requestedValue:
              field === "DATE_OF_BIRTH" ? "1995-05-05" : field === "NATIONAL_ID" ? nid : "Njeri",
            reason: "My ID was typed wrongly",
          },
          ctx,
          null,
        ),
      ).rejects.toMatchObject({ key: "profile.error.correctionNotLocked" });
    expect(await db.correctionRequest.count({ where: { worker: { userId: attacker.id } } })).toBe(
      0,
    );
  });

  it("a worker asks, an officer applies it; the worker is told; a second decision is a conflict", async () => {
    const nid = uniqueId();
    const { phone } = await agencyRecord(nid);
    const w = await newWorker();
    await linkWithCode(w, { nationalId: nid, dateOfBirth: "1995-06-15" }, phone!);
    const req = await requestCorrection(
      w,
      {
        field: "DATE_OF_BIRTH",
        requestedValue: "1995-05-15",
        reason: "The agency typed the wrong month",
      },
      ctx,
      "key-1",
    );
    const again = await requestCorrection(
      w,
      {
        field: "DATE_OF_BIRTH",
        requestedValue: "1995-05-15",
        reason: "The agency typed the wrong month",
      },
      ctx,
      "key-1",
    );
    expect(again.repeated).toBe(true);
    expect(req.repeated).toBe(false);
    const id = req.repeated ? "" : req.result.id;
    const mine = await db.worker.findUniqueOrThrow({ where: { userId: w.id } });
    expect(await db.correctionRequest.count({ where: { workerId: mine.id } })).toBe(1);

    await expect(listCorrections(w, null, ctx)).rejects.toMatchObject({ status: 403 });
    const officer = await login(await createUser("NEA_OFFICER"));
    let page = await listCorrections(officer, null, ctx);
    for (let guard = 0; !page.requests.some((r) => r.id === id) && page.next && guard < 50; guard++)
      page = await listCorrections(officer, page.next, ctx);
    const shown = page.requests.find((r) => r.id === id)!;
    expect(shown).toMatchObject({
      current: "1995-06-15",
      requestedValue: "1995-05-15",
      workerName: "Halima Njeri",
    });
    expect(shown).not.toHaveProperty("worker");
    expect(
      await db.viewEvent.count({
        where: { action: "worker.personal_data_viewed", actorId: officer.id },
      }),
    ).toBeGreaterThan(0);

    await decideCorrection(
      officer,
      { id, intent: "apply", note: "Checked against the ID card" },
      ctx,
    );
    expect(
      (await db.worker.findUniqueOrThrow({ where: { id: mine.id } })).dateOfBirth
        ?.toISOString()
        .slice(0, 10),
    ).toBe("1995-05-15");
    expect(
      await db.outboxMessage.count({
        where: { idempotencyKey: `correction:${id}:apply`, to: w.email! },
      }),
    ).toBe(1);
    await expect(decideCorrection(officer, { id, intent: "reject" }, ctx)).rejects.toMatchObject({
      status: 409,
    });
  });

  it("a national ID correction that would collide with another record is refused and changes nothing", async () => {
    const taken = uniqueId();
    await agencyRecord(taken);
    const own = uniqueId();
    const { phone } = await agencyRecord(own);
    const w = await newWorker();
    await linkWithCode(w, { nationalId: own, dateOfBirth: "1995-06-15" }, phone!);
    const req = await requestCorrection(
      w,
      { field: "NATIONAL_ID", requestedValue: taken, reason: "Wrong digits" },
      ctx,
      null,
    );
    const id = req.repeated ? "" : req.result.id;
    const officer = await login(await createUser("NEA_OFFICER"));
    await expect(
      propose(officer, { kind: "ID_CORRECTION", subjectId: id, input: {} }, { ctx }),
    ).rejects.toMatchObject({ key: "corrections.error.idTaken" });
    expect((await db.correctionRequest.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
  });

  // Attacker's test (sixth review): one officer applied a national ID correction alone; three such
  // corrections (ID, surname, date of birth) gave an account an identity not yet on record, and any
  // contract an agency later started with it landed on that account. A new national ID on a record
  // officials relied on now needs a second official, as a record link does.
  it("a national ID correction needs a second official; surname or date of birth one", async () => {
    const own = uniqueId();
    const { phone } = await agencyRecord(own);
    const w = await newWorker();
    await linkWithCode(w, { nationalId: own, dateOfBirth: "1995-06-15" }, phone!);
    const fresh = uniqueId();
    const req = await requestCorrection(
      w,
      { field: "NATIONAL_ID", requestedValue: fresh, reason: "The agency typed it wrong" },
      ctx,
      null,
    );
    const id = req.repeated ? "" : req.result.id;
    const first = await login(await createUser("NEA_OFFICER"));
    await expect(decideCorrection(first, { id, intent: "apply" }, ctx)).rejects.toMatchObject({
      key: "corrections.error.secondOfficial",
    });
    const { id: proposal } = await propose(
      first,
      { kind: "ID_CORRECTION", subjectId: id, input: { note: "ID card seen" } },
      { ctx },
    );
    await expect(decide(first, proposal, "confirm", null, ctx)).rejects.toMatchObject({
      key: "decisions.error.fourEyes",
    });
    expect((await db.worker.findUniqueOrThrow({ where: { userId: w.id } })).nationalId).toBe(own);
    await decide(await login(await createUser("NEA_OFFICER")), proposal, "confirm", null, ctx);
    expect((await db.worker.findUniqueOrThrow({ where: { userId: w.id } })).nationalId).toBe(fresh);
    expect((await db.correctionRequest.findUniqueOrThrow({ where: { id } })).status).toBe(
      "APPLIED",
    );
  });
});

describe("profile routes", () => {
  async function post(
    path: string,
    mod: Promise<{ action: (a: never) => Promise<unknown> }>,
    cookie: string,
    body: URLSearchParams,
  ) {
    const { action } = await mod;
    try {
      const r = await action({
        request: new Request(`http://127.0.0.1${path}`, {
          method: "POST",
          body,
          headers: { cookie },
        }),
        params: {},
        context: {},
      } as never);
      return r instanceof Response
        ? r.status
        : ((r as { init?: ResponseInit }).init?.status ?? 200);
    } catch (e) {
      if (e instanceof Response) return e.status;
      throw e;
    }
  }

  it("bad input is a 400 that changes nothing; only NEA may decide corrections", async () => {
    const row = await createUser("WORKER");
    await db.worker.create({ data: { userId: row.id, firstName: "Route", lastName: "Test" } });
    const cookie = await sessionCookie(row.id);
    expect(
      await post(
        "/my/profile",
        import("~/routes/my.profile"),
        cookie,
        new URLSearchParams({
          intent: "profile",
          firstName: "Route",
          lastName: "Test",
          nationalId: "abc",
          dateOfBirth: "2001-02-30",
        }),
      ),
    ).toBe(400);
    expect(
      (await db.worker.findUniqueOrThrow({ where: { userId: row.id } })).nationalId,
    ).toBeNull();
    expect(
      await post(
        "/my/profile",
        import("~/routes/my.profile"),
        cookie,
        new URLSearchParams({
          intent: "profile",
          firstName: "Route",
          lastName: "Test",
          languages: "sw",
        }),
      ),
    ).toBe(302);
    expect((await db.worker.findUniqueOrThrow({ where: { userId: row.id } })).languages).toEqual([
      "sw",
    ]);
    expect(
      await post(
        "/my/profile",
        import("~/routes/my.profile"),
        cookie,
        new URLSearchParams({
          intent: "correction",
          field: "SHOE_SIZE",
          requestedValue: "x",
          reason: "because",
        }),
      ),
    ).toBe(400);

    // Corrections are for a record officials have relied on: a certificate locks it.
    const workerId = (await db.worker.findUniqueOrThrow({ where: { userId: row.id } })).id;
    await db.certificate.create({
      data: {
        code: `CERT-${workerId}`,
        workerId,
        countryCode: "QA",
        expiresAt: new Date(Date.now() + 365 * 86400_000),
      },
    });
    const req = await db.correctionRequest.create({
      data: {
        workerId,
        field: "LAST_NAME",
        requestedValue: "Tested",
        reason: "spelling",
      },
    });
    for (const role of ["WORKER", "AGENCY_ADMIN", "LABOUR_ATTACHE", "ADMIN"] as const) {
      const c = await sessionCookie((await createUser(role)).id);
      expect(
        await post(
          "/nea/corrections",
          import("~/routes/nea.corrections"),
          c,
          new URLSearchParams({ id: req.id, intent: "apply" }),
        ),
      ).toBe(403);
    }
    const officer = await sessionCookie((await createUser("NEA_OFFICER")).id);
    expect(
      await post(
        "/nea/corrections",
        import("~/routes/nea.corrections"),
        officer,
        new URLSearchParams({ id: "not-a-uuid", intent: "apply" }),
      ),
    ).toBe(400);
    expect(
      await post(
        "/nea/corrections",
        import("~/routes/nea.corrections"),
        officer,
        new URLSearchParams({ id: req.id, intent: "apply" }),
      ),
    ).toBe(302);
    expect((await db.worker.findUniqueOrThrow({ where: { userId: row.id } })).lastName).toBe(
      "Tested",
    );
  });
});
