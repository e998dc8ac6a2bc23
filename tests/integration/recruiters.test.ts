// "Check a recruiter's number before you pay" (issue 20 §1): what a worker learns of a phone, M-Pesa
// number or page — a licensed agency's official contact, reported as an unlicensed recruiter, or
// unknown — from the register, the API, the page and USSD; and the reports that feed it.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { checkRecruiter } from "~/domain/recruiters/recruiters.server";
import { recruiterIdOf } from "~/domain/recruiters/recruiter-id";
import { submitComplaint } from "~/domain/complaints/complaints.server";
import { ComplaintSchema } from "~/domain/complaints/complaints.schema";
import { recordPayment } from "~/domain/fees/fee-ledger.server";
import { FeePaymentSchema } from "~/domain/fees/fees.schema";
import { loader as api } from "~/routes/api.v1.recruiters";
import { loader as page } from "~/routes/check-number";
import { action as ussd } from "~/routes/ussd";
import { DEMO_GATEWAY_SECRET } from "~/auth/gateway.server";
import { createAgency } from "../factories/agencies";
import { readyWorker } from "../factories/departure";

const ctx = { requestId: "recruiters-test", ip: "10.9.9.61" };
const tail = () => String(Math.floor(Math.random() * 1e7)).padStart(7, "0");

async function officialContact(raw: string) {
  const agency = await createAgency({ name: `Official Numbers ${tail()} Ltd` });
  await db.agencyContact.create({
    data: { agencyId: agency.id, ...recruiterIdOf(raw)!, display: raw },
  });
  return agency;
}

const report = (over: Record<string, string>) =>
  submitComplaint(
    {
      subject: "UNLICENSED_RECRUITER",
      description: "They asked me for KES 30,000 on M-Pesa for a job in Riyadh.",
      ...over,
    },
    { ctx, locale: "sw", submissionKey: null },
  );

async function getJson(q: string) {
  const res = (await api({
    request: new Request(`http://127.0.0.1/api/v1/recruiters?q=${encodeURIComponent(q)}`),
    params: {},
    context: {},
  })) as Response;
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("checking a recruiter's number", () => {
  it("a licensed agency's official number finds the agency, however it is typed", async () => {
    const phone = `0722${tail().slice(0, 6)}`;
    const agency = await officialContact(phone);
    const r = await checkRecruiter(`+254 ${phone.slice(1, 4)} ${phone.slice(4)}`);
    expect(r).toMatchObject({ verdict: "AGENCY", kind: "PHONE", agency: { id: agency.id } });
    const { status, body } = await getJson(phone);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      verdict: "AGENCY",
      agency: { name: agency.name, licenceNo: agency.licenceNo, status: "ACTIVE" },
      reports: null,
    });
  });

  it("a number and a page from reports count as reported, under review and unnamed; an agency's goes to its record", async () => {
    const phone = `0711${tail().slice(0, 6)}`;
    const pageName = `Fake Gulf Jobs ${tail()}`;
    const ref = await report({
      recruiterPhone: phone,
      recruiterAccount: `facebook.com/${pageName.replace(/ /g, "")}`,
    });
    expect(await checkRecruiter(phone)).toEqual({
      verdict: "REPORTED",
      kind: "PHONE",
      reports: 1,
      confirmed: false,
      label: null,
    });
    expect(await checkRecruiter(pageName)).toMatchObject({ verdict: "REPORTED", kind: "PAGE" });
    // The same report again (another person): two reports.
    await report({ recruiterPhone: phone });
    expect(await checkRecruiter(phone)).toMatchObject({ reports: 2 });
    const complaint = await db.complaint.findUniqueOrThrow({ where: { reference: ref! } });
    expect(complaint.recruiterAccount).toContain("facebook.com/");

    // A report naming an agency's official number: the agency's record, not a recruiter's.
    const official = `0733${tail().slice(0, 6)}`;
    const agency = await officialContact(official);
    const toAgency = await report({ recruiterPhone: official });
    expect(
      (await db.complaint.findUniqueOrThrow({ where: { reference: toAgency! } })).agencyId,
    ).toBe(agency.id);
    expect(
      await db.recruiterIdentifier.count({ where: { value: recruiterIdOf(official)!.value } }),
    ).toBe(0);
    expect(await checkRecruiter(official)).toMatchObject({ verdict: "AGENCY" });

    // What is neither an M-Pesa number nor a page is refused on the form, on its field.
    const bad = ComplaintSchema.safeParse({
      subject: "UNLICENSED_RECRUITER",
      description: "They asked me for money for a visa to Qatar.",
      recruiterAccount: "!!",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({
      path: ["recruiterAccount"],
      message: "complaint.error.recruiterAccount",
    });
  });

  it("a person a worker paid counts as a report; NEA's confirmation names it; a dismissal hides it until reported again", async () => {
    const w = await readyWorker("SA");
    const phone = `0701${tail().slice(0, 6)}`;
    await recordPayment(
      w.user,
      FeePaymentSchema.parse({
        contractId: w.contract.id,
        amount: "25000",
        currency: "KES",
        paidOn: "01/09/2026",
        purpose: "RECRUITMENT_FEE",
        paidTo: "PERSON",
        payeeName: "John Agent",
        payeePhone: phone,
      }),
      ctx,
    );
    const id = await db.recruiterIdentifier.findUniqueOrThrow({
      where: { kind_value: recruiterIdOf(phone)! },
      include: { reports: true },
    });
    expect(id.reports.map((r) => r.source)).toEqual(["FEE_PAYMENT"]);
    // Never the name of the person in the public answer.
    expect(JSON.stringify(await getJson(phone))).not.toContain("John");

    await db.recruiterIdentifier.update({
      where: { id: id.id },
      data: { status: "CONFIRMED", label: "“Kazi Ughaibuni” (test)" },
    });
    expect(await checkRecruiter(phone)).toMatchObject({
      verdict: "REPORTED",
      confirmed: true,
      label: "“Kazi Ughaibuni” (test)",
    });
    // A page NEA merged with it answers the same.
    const page2 = await db.recruiterIdentifier.create({
      data: { kind: "PAGE", value: `kaziughaibuni${tail()}`, display: "x", mergedIntoId: id.id },
    });
    expect(await checkRecruiter(page2.value)).toMatchObject({
      verdict: "REPORTED",
      confirmed: true,
    });

    await db.recruiterIdentifier.update({ where: { id: id.id }, data: { status: "DISMISSED" } });
    expect(await checkRecruiter(phone)).toMatchObject({ verdict: "UNKNOWN" });
    await report({ recruiterPhone: phone });
    expect((await db.recruiterIdentifier.findUniqueOrThrow({ where: { id: id.id } })).status).toBe(
      "UNDER_REVIEW",
    );
    expect(await checkRecruiter(phone)).toMatchObject({ verdict: "REPORTED", confirmed: false });
  });

  // Attacker's test: the check is public; a script walking every number from one address is cut off.
  it("checks are limited per caller: the API answers 429 and changes nothing", async () => {
    const full = { count: 10_000, resetAt: new Date(Date.now() + 600_000) };
    await db.rateLimitBucket.upsert({
      where: { key: "recruiter-check:unknown" },
      create: { key: "recruiter-check:unknown", ...full },
      update: full,
    });
    try {
      expect((await getJson(`0790${tail().slice(0, 6)}`)).status).toBe(429);
    } finally {
      await db.rateLimitBucket.deleteMany({ where: { key: "recruiter-check:unknown" } });
    }
    expect((await getJson(`0790${tail().slice(0, 6)}`)).status).toBe(200);
  });

  // Two people report the same new number at the same moment: both reports count, no error.
  it("two first reports of one number at once are both counted", async () => {
    const phone = `0712${tail().slice(0, 6)}`;
    await Promise.all([report({ recruiterPhone: phone }), report({ recruiterPhone: phone })]);
    expect(await checkRecruiter(phone)).toMatchObject({ verdict: "REPORTED", reports: 2 });
  });

  it("the page, the API and USSD answer bad input plainly, and nothing unknown is called safe", async () => {
    expect((await getJson("")).status).toBe(400);
    expect((await getJson("ab")).status).toBe(400);
    const unknown = await getJson(`0790${tail().slice(0, 6)}`);
    expect(unknown).toMatchObject({ status: 200, body: { verdict: "UNKNOWN" } });
    expect(String(unknown.body.advice)).toContain("Never pay");
    const load = async (q: string) => {
      try {
        const r = (await page({
          request: new Request(`http://127.0.0.1/check-number?q=${encodeURIComponent(q)}`),
          params: {},
          context: {},
        })) as { init?: { status?: number } | null };
        return r.init?.status ?? 200;
      } catch (e) {
        if (e instanceof Response) return e.status;
        throw e;
      }
    };
    expect(await load("")).toBe(400);
    expect(await load("?")).toBe(400);
    expect(await load("0712345678")).toBe(200);

    const phone = `0744${tail().slice(0, 6)}`;
    const agency = await officialContact(phone);
    const res = (await ussd({
      request: new Request(`http://127.0.0.1/ussd?key=${DEMO_GATEWAY_SECRET}`, {
        method: "POST",
        body: new URLSearchParams({
          sessionId: `ATUid_rc_${tail()}`,
          phoneNumber: "+254711000333",
          text: `1*6*${phone}`,
        }),
      }),
      params: {},
      context: {},
    })) as Response;
    const text = await res.text();
    expect(text).toContain(`END Belongs to a licensed agency:\n${agency.name}`);
    expect(text.length).toBeLessThanOrEqual(182);
  });
});
