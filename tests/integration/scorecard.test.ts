// The agency scorecard from the database (issue 19 §3): deployments in the last 24 months, and what
// followed for that agency in the same window; nothing older, nothing of another agency's. Below the
// minimum only the number deployed is published, on the page and in the API.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { scorecardCounts, agencyScorecard } from "~/domain/scorecard/scorecard.server";
import { MIN_DEPLOYMENTS } from "~/domain/scorecard/scorecard.rules";
import { NO_DEBRIEFS } from "~/domain/scorecard/debrief.rules";
import { login, readyWorker } from "../factories/departure";
import { ago, deploy, DAY } from "../factories/scorecard";
import { createUser } from "../factories/users";
import { scorecardCsv, scorecardTable } from "~/domain/scorecard/scorecard-table.server";

describe("an agency's scorecard", () => {
  it("counts its deployments in the window and what followed, per 100, and nothing else", async () => {
    const base = await readyWorker("QA");
    const other = await readyWorker("QA"); // another agency: nothing of it counts
    const agencyId = base.contract.agencyId;
    const regs = await deploy(base, MIN_DEPLOYMENTS - 1, 100);
    await deploy(base, 3, 800); // arrived 26 months ago: outside the window
    await deploy(other, 5, 50);
    const suppressed = await agencyScorecard(agencyId);
    expect(suppressed).toMatchObject({ deployed: null, published: false });
    expect(suppressed.perHundred).toBeNull();

    const [last] = await deploy(base, 1, 10);
    regs.push(last!);
    // Check-ins: three due and two answered; one not yet due.
    await db.checkIn.createMany({
      data: [
        {
          registrationId: regs[0]!,
          dueAt: ago(90),
          answeredAt: ago(90),
          channel: "WEB",
          outcome: "OK",
        },
        {
          registrationId: regs[1]!,
          dueAt: ago(60),
          answeredAt: ago(59),
          channel: "WEB",
          outcome: "OK",
        },
        { registrationId: regs[2]!, dueAt: ago(30) },
        { registrationId: regs[3]!, dueAt: new Date(Date.now() + 5 * DAY) },
      ],
    });
    const worker = (await db.missionRegistration.findUniqueOrThrow({ where: { id: regs[0]! } }))
      .workerId;
    const caseData = (
      category: "ABUSE" | "UNPAID_WAGES" | "CONTRACT_QUESTION",
      createdAt: Date,
    ) => ({
      reference: `KS-W-SC-${crypto.randomUUID()}`,
      workerId: worker,
      agencyId,
      category,
      priority: "NORMAL" as const,
      raisedBy: "WORKER" as const,
      description: "(test)",
      dueAt: createdAt,
      createdAt,
    });
    await db.case.createMany({
      data: [
        caseData("ABUSE", ago(20)),
        caseData("UNPAID_WAGES", ago(40)),
        caseData("CONTRACT_QUESTION", ago(40)), // a question before departure: not distress
        caseData("ABUSE", ago(900)), // outside the window
      ],
    });
    await db.contract.update({
      where: { id: base.contract.id },
      data: { substitutionReportedAt: ago(15) },
    });
    await db.complaint.create({
      data: {
        reference: `KS-C-SC-${crypto.randomUUID().slice(0, 8)}`,
        agencyId,
        status: "UPHELD",
        decidedAt: ago(30),
        description: "(test)",
        subject: "AGENCY",
      },
    });
    // Two refund claims: one refunded after 6 days, one open.
    const payment = (amount: number) =>
      db.feePayment.create({
        data: {
          workerId: worker,
          contractId: base.contract.id,
          amount,
          currency: "KES",
          paidOn: ago(200),
          purpose: "RECRUITMENT_FEE",
          paidTo: "AGENCY",
          findings: ["FEE-01"],
        },
      });
    const [p1, p2] = [await payment(40_000), await payment(10_000)];
    await db.refundClaim.create({
      data: {
        reference: `KS-R-SC-${crypto.randomUUID()}`,
        paymentId: p1.id,
        agencyId,
        workerId: worker,
        amount: 40_000,
        currency: "KES",
        dueAt: ago(6),
        status: "REFUNDED",
        createdAt: ago(20),
        refundedAt: ago(14),
      },
    });
    await db.refundClaim.create({
      data: {
        reference: `KS-R-SC-${crypto.randomUUID()}`,
        paymentId: p2.id,
        agencyId,
        workerId: worker,
        amount: 10_000,
        currency: "KES",
        dueAt: ago(-10),
      },
    });

    expect(await scorecardCounts(agencyId)).toEqual({
      deployed: MIN_DEPLOYMENTS,
      upheldComplaints: 1,
      cases: { ABUSE: 1, UNPAID_WAGES: 1 },
      substitutions: 1,
      checkIns: { due: 3, answered: 2 },
      fees: [
        {
          currency: "KES",
          reported: 2,
          reportedAmount: 50_000,
          refunded: 1,
          refundedAmount: 40_000,
          medianDaysToRefund: 6,
        },
      ],
      ratings: { count: 0, sum: 0, recommended: 0 },
      earlyReturns: {},
      debriefs: NO_DEBRIEFS,
    });
    // The country's picture (/stats) counts every agency's, in the same window.
    const national = await scorecardCounts(null);
    expect(national.deployed).toBe(MIN_DEPLOYMENTS + 5);
    expect(national.cases).toEqual({ ABUSE: 1, UNPAID_WAGES: 1 });
    const s = await agencyScorecard(agencyId);
    expect(s.published).toBe(true);
    expect(s.perHundred).toEqual({
      upheldComplaints: 5,
      distressCases: 10,
      cases: { ABUSE: 5, UNPAID_WAGES: 5 },
      substitutions: 5,
      feeClaims: 10,
      feesRefunded: 5,
      earlyReturns: 0,
      earlyReasons: {},
    });
    expect(s.checkInCompliance).toBe(66.7);

    // The same numbers in the API and on the public page.
    // Licence numbers are looked up as NEA writes them, in capitals.
    const agency = await db.agency.update({
      where: { id: agencyId },
      data: { licenceNo: `NEA/PEA/SC/${agencyId.slice(-8).toUpperCase()}` },
    });
    const { loader: api } = await import("~/routes/api.v1.agencies.$");
    const res = (await api({
      request: new Request(`http://127.0.0.1/api/v1/agencies/${agency.licenceNo}`),
      params: { "*": agency.licenceNo! },
      context: {},
    })) as Response;
    const body = (await res.json()) as { scorecard: unknown };
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.scorecard).toEqual(s);
    const { loader: page } = await import("~/routes/agencies.$id");
    const shown = (await page({
      request: new Request(`http://127.0.0.1/agencies/${agencyId}`),
      params: { id: agencyId },
      context: {},
    })) as { scorecard: unknown };
    expect(shown.scorecard).toEqual(s);
  });

  it("NEA sees every agency's numbers side by side, sorted worst first, and as CSV; nobody else does", async () => {
    const [good, bad] = [await readyWorker("QA"), await readyWorker("QA")];
    await deploy(good, 4, 60);
    const badRegs = await deploy(bad, 2, 60);
    // The bad agency: one request for help from its two workers; and a name meant to run as a formula.
    const worker = (await db.missionRegistration.findUniqueOrThrow({ where: { id: badRegs[0]! } }))
      .workerId;
    await db.case.create({
      data: {
        reference: `KS-W-SC-${crypto.randomUUID()}`,
        workerId: worker,
        agencyId: bad.contract.agencyId,
        category: "ABUSE",
        priority: "HIGH",
        raisedBy: "WORKER",
        description: "(test)",
        dueAt: ago(1),
        createdAt: ago(5),
      },
    });
    await db.agency.update({
      where: { id: bad.contract.agencyId },
      data: { name: '=HYPERLINK("http://x") Ltd' },
    });
    const nea = await login(await createUser("NEA_OFFICER"));
    const all: { id: string; distress: number; deployed: number; belowMinimum: boolean }[] = [];
    for (let page = 1; ; page++) {
      const t = await scorecardTable(nea, "distress", page);
      all.push(...t.rows);
      if (!t.more) break;
    }
    const byId = new Map(all.map((r) => [r.id, r]));
    expect(byId.get(bad.contract.agencyId)).toMatchObject({
      deployed: 2,
      distress: 50,
      belowMinimum: true,
    });
    expect(byId.get(good.contract.agencyId)).toMatchObject({ deployed: 4, distress: 0 });
    // Worst first.
    const distress = all.map((r) => r.distress);
    expect(distress).toEqual([...distress].sort((a, b) => b - a));
    const csv = await scorecardCsv(nea, "distress");
    expect(csv.split("\r\n")[0]).toContain("requests_for_help_per_100");
    expect(csv).toContain("'=HYPERLINK");
    for (const role of ["WORKER", "AGENCY_ADMIN", "LABOUR_ATTACHE"] as const) {
      const who = await login(await createUser(role));
      await expect(scorecardTable(who, "distress", 1)).rejects.toMatchObject({ status: 403 });
      await expect(scorecardCsv(who, "distress")).rejects.toMatchObject({ status: 403 });
    }
  });
});
