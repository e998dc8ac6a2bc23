// Trafficking indicators and the referral to the National Referral Mechanism (issue 20 §4), on a
// real database and through the case page's own routes: the checklist as a form sends it, the
// threshold's suggestion, consent required, one open NRM referral at a time, the outcome tracked,
// and the record for the counter-trafficking unit — JSON and PDF — carrying only what she agreed to
// share, to officials who may see the case, every download audited.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { CannotReachSchema, GetHelpSchema } from "~/domain/cases/cases.schema";
import { raiseCaseByWorker, reportCannotReach } from "~/domain/cases/cases.server";
import { createUser, sessionCookie } from "../factories/users";
import { attache, login, registered } from "../factories/departure";
import { postStatus } from "../factories/routes";
import { textBoxes } from "../support/pdf-text";

const ctx = { requestId: "trafficking", ip: "10.9.9.81" };
const caseRoute = import("~/routes/cases.$id");

async function riyadhCase() {
  const w = await registered("SA");
  const reference = await raiseCaseByWorker(
    w.user,
    GetHelpSchema.parse({
      registrationId: w.reg.id,
      category: "PASSPORT_CONFISCATED",
      description: "The agent promised a hotel job; the family took my passport and locks me in.",
    }),
    ctx,
    null,
  );
  const c = await db.case.findUniqueOrThrow({ where: { reference } });
  const riyadh = await attache("riyadh");
  return { w, c, riyadh, cookie: await sessionCookie(riyadh.id) };
}

/** A form as the browser sends it: repeated names for ticked boxes. */
function form(fields: [string, string][]) {
  const f = new URLSearchParams();
  for (const [k, v] of fields) f.append(k, v);
  return f;
}

async function download(kind: "json" | "pdf", caseId: string, referralId: string, cookie: string) {
  const mod = await import(
    kind === "json"
      ? "~/routes/cases.$id_.nrm.$referralId[.]json"
      : "~/routes/cases.$id_.nrm.$referralId[.]pdf"
  );
  try {
    return (await mod.loader({
      request: new Request(`http://127.0.0.1/cases/${caseId}/nrm/${referralId}.${kind}`, {
        headers: { cookie },
      }),
      params: { id: caseId, referralId },
      context: {},
    })) as Response;
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
}

describe("trafficking indicators and the NRM", () => {
  it("the checklist as the form sends it: one box, several, none; audited with the suggestion", async () => {
    const { c, cookie } = await riyadhCase();
    const post = (fields: [string, string][]) =>
      postStatus(caseRoute, `/cases/${c.id}`, cookie, form(fields), { id: c.id });
    expect(
      await post([
        ["intent", "indicators"],
        ["indicators", "ISOLATION"],
      ]),
    ).toBe(302);
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).indicators).toEqual([
      "ISOLATION",
    ]);
    expect(
      await post([
        ["intent", "indicators"],
        ["indicators", "MOVEMENT_RESTRICTED"],
        ["indicators", "DECEPTION"],
        ["indicators", "DOCUMENTS_CONFISCATED"],
      ]),
    ).toBe(302);
    // Kept in the checklist's order, whatever order the form sent.
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).indicators).toEqual([
      "DECEPTION",
      "DOCUMENTS_CONFISCATED",
      "MOVEMENT_RESTRICTED",
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: c.id, action: "case.indicators_recorded" },
      orderBy: { seq: "desc" },
    });
    expect(audit.summary).toMatchObject({ from: ["ISOLATION"], suggestsNrm: true });
    // A made-up indicator is refused and changes nothing.
    expect(
      await post([
        ["intent", "indicators"],
        ["indicators", "WITCHCRAFT"],
      ]),
    ).toBe(400);
    expect(await post([["intent", "indicators"]])).toBe(302); // none ticked: cleared
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).indicators).toEqual([]);
  });

  it("no referral to the NRM without her consent; one open at a time; the outcome is tracked", async () => {
    const { c, cookie } = await riyadhCase();
    const post = (fields: [string, string][]) =>
      postStatus(caseRoute, `/cases/${c.id}`, cookie, form(fields), { id: c.id });
    expect(
      await post([
        ["intent", "nrm"],
        ["method", "IN_PERSON"],
      ]),
    ).toBe(400);
    expect(await db.caseReferral.count({ where: { caseId: c.id } })).toBe(0);
    const nrm: [string, string][] = [
      ["intent", "nrm"],
      ["consent", "on"],
      ["method", "PHONE"],
      ["shared", "ACCOUNT"],
    ];
    expect(await post(nrm)).toBe(302);
    expect(await post(nrm)).toBe(409);
    const r = await db.caseReferral.findFirstOrThrow({
      where: { caseId: c.id },
      include: { consent: true },
    });
    expect(r).toMatchObject({ kind: "NATIONAL_REFERRAL_MECHANISM", status: "SENT" });
    expect(r.consent).toMatchObject({ method: "PHONE", shared: ["ACCOUNT"] });
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("REFERRED");
    // The general referral form cannot make an NRM referral without consent.
    expect(
      await post([
        ["intent", "refer"],
        ["kind", "NATIONAL_REFERRAL_MECHANISM"],
      ]),
    ).toBe(400);
    const outcome = (status: string, referralId = r.id) =>
      post([
        ["intent", "referralOutcome"],
        ["referralId", referralId],
        ["status", status],
        ["outcome", "The unit took the case on and placed her in a shelter."],
      ]);
    expect(await outcome("ACCEPTED")).toBe(302);
    expect(await outcome("CLOSED")).toBe(302);
    expect(await outcome("ACCEPTED")).toBe(409); // closed is final
    expect(await outcome("ACCEPTED", crypto.randomUUID())).toBe(400);
    expect(await db.caseReferral.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      status: "CLOSED",
      outcome: expect.stringContaining("shelter"),
    });
    // Closed: a new NRM referral may be made.
    expect(await post(nrm)).toBe(302);
  });

  it("the record carries only what she agreed to share, as JSON and PDF, and each download is audited", async () => {
    const { w, c, cookie } = await riyadhCase();
    await postStatus(
      caseRoute,
      `/cases/${c.id}`,
      cookie,
      form([
        ["intent", "indicators"],
        ["indicators", "DECEPTION"],
        ["indicators", "DOCUMENTS_CONFISCATED"],
      ]),
      { id: c.id },
    );
    await postStatus(
      caseRoute,
      `/cases/${c.id}`,
      cookie,
      form([
        ["intent", "nrm"],
        ["consent", "on"],
        ["method", "IN_PERSON"],
        ["shared", "IDENTITY"],
      ]),
      { id: c.id },
    );
    const r = await db.caseReferral.findFirstOrThrow({ where: { caseId: c.id } });
    const json = await download("json", c.id, r.id, cookie);
    expect(json.status).toBe(200);
    const record = (await json.json()) as Record<string, unknown>;
    expect(Object.keys(record).sort()).toEqual(
      ["schema", "caseReference", "referredAt", "note", "consent", "case", "identity"].sort(),
    );
    expect(record.identity).toMatchObject({
      firstName: w.worker.firstName,
      nationalId: w.worker.nationalId,
    });
    expect(record.case).toMatchObject({
      destination: "SA",
      indicators: ["DECEPTION", "DOCUMENTS_CONFISCATED"],
      thresholdMet: true,
    });
    // Review: the record says what was sent, even after the checklist changes.
    await postStatus(
      caseRoute,
      `/cases/${c.id}`,
      cookie,
      form([
        ["intent", "indicators"],
        ["indicators", "ISOLATION"],
      ]),
      { id: c.id },
    );
    const again = (await (await download("json", c.id, r.id, cookie)).json()) as {
      case: { indicators: string[] };
    };
    expect(again.case.indicators).toEqual(["DECEPTION", "DOCUMENTS_CONFISCATED"]);
    // What she did not agree to share is not in the file at all.
    const raw = JSON.stringify(record);
    expect(raw).not.toContain("locks me in");
    expect(raw).not.toContain("phoneAbroad");

    const pdf = await download("pdf", c.id, r.id, cookie);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = (await textBoxes(new Uint8Array(await pdf.arrayBuffer())))
      .map((b) => b.text)
      .join(" ");
    expect(text).toContain(w.worker.nationalId!);
    expect(text).toContain("Saudi Arabia");
    expect(text).not.toContain("locks me in");
    expect(
      await db.auditEvent.count({ where: { entityId: c.id, action: "case.nrm_exported" } }),
    ).toBe(3);
  });

  // Attacker's test (review): a relative's report holds the relative's name and the worker's ID as
  // the relative typed them; none of it is hers to consent to.
  it("a relative's unmatched report cannot be referred; a matched one never exports the relative's words", async () => {
    const nea = await login(await createUser("NEA_OFFICER"));
    const neaCookie = await sessionCookie(nea.id);
    const family = (over: Record<string, string>) =>
      reportCannotReach(
        CannotReachSchema.parse({
          reporterName: "Reviewer Kin",
          reporterPhone: "0722 000 111",
          relation: "Sister",
          workerName: "Amina Test Reviewer",
          nationalId: "23456781",
          lastContact: "In June",
          ...over,
        }),
        { ctx, submissionKey: null },
      );
    const unmatched = await db.case.findUniqueOrThrow({
      where: { reference: await family({}) },
    });
    const nrm = form([
      ["intent", "nrm"],
      ["consent", "on"],
      ["method", "PHONE"],
      ["shared", "ACCOUNT"],
    ]);
    expect(
      await postStatus(caseRoute, `/cases/${unmatched.id}`, neaCookie, nrm, { id: unmatched.id }),
    ).toBe(409);
    expect(await db.caseReferral.count({ where: { caseId: unmatched.id } })).toBe(0);

    const { w, riyadh, cookie } = await riyadhCase();
    const { code } = await db.departureClearance.findFirstOrThrow({
      where: { contractId: w.contract.id },
    });
    void riyadh;
    const matched = await db.case.findUniqueOrThrow({
      where: { reference: await family({ clearanceCode: code }) },
    });
    expect(matched.workerId).toBe(w.worker.id);
    expect(
      await postStatus(caseRoute, `/cases/${matched.id}`, cookie, nrm, { id: matched.id }),
    ).toBe(302);
    const r = await db.caseReferral.findFirstOrThrow({ where: { caseId: matched.id } });
    const record = (await (await download("json", matched.id, r.id, cookie)).json()) as Record<
      string,
      unknown
    >;
    expect(record).not.toHaveProperty("account");
    expect(JSON.stringify(record)).not.toMatch(/Reviewer Kin|23456781|Sister/);
  });

  // Attacker's tests: the record of a case is for the officials who may see that case.
  it("another mission, an agency and a referral of another case get nothing", async () => {
    const { c, cookie } = await riyadhCase();
    await postStatus(
      caseRoute,
      `/cases/${c.id}`,
      cookie,
      form([
        ["intent", "nrm"],
        ["consent", "on"],
        ["method", "WRITTEN"],
        ["shared", "IDENTITY"],
        ["shared", "CONTACT"],
      ]),
      { id: c.id },
    );
    const r = await db.caseReferral.findFirstOrThrow({ where: { caseId: c.id } });
    const doha = await attache("doha");
    expect((await download("json", c.id, r.id, await sessionCookie(doha.id))).status).toBe(404);
    const agency = await createUser("AGENCY_ADMIN");
    expect((await download("pdf", c.id, r.id, await sessionCookie(agency.id))).status).toBe(403);
    const other = await riyadhCase();
    expect((await download("json", other.c.id, r.id, cookie)).status).toBe(404);
    expect((await download("json", c.id, "not-a-uuid", cookie)).status).toBe(404);
    expect(
      await db.auditEvent.count({ where: { entityId: c.id, action: "case.nrm_exported" } }),
    ).toBe(0);
    // Another mission cannot record indicators or refer the case either.
    expect(
      await postStatus(
        caseRoute,
        `/cases/${c.id}`,
        await sessionCookie(doha.id),
        form([
          ["intent", "indicators"],
          ["indicators", "ISOLATION"],
        ]),
        { id: c.id },
      ),
    ).toBe(404);
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).indicators).toEqual([]);
  });
});
