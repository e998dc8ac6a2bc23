// Returns and debriefs on the agency scorecard and /stats (issue 20 §3): early returns per 100
// deployed, by why; debrief answers only as shares, as ratings are published (whole months of at
// least three, given before last month, from the minimum count); nothing of another agency's or
// from before the window. NEA's table shows the same, sortable.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { agencyScorecard, scorecardCounts } from "~/domain/scorecard/scorecard.server";
import { scorecardCsv, scorecardTable } from "~/domain/scorecard/scorecard-table.server";
import { MIN_DEPLOYMENTS } from "~/domain/scorecard/scorecard.rules";
import { MIN_DEBRIEFS } from "~/domain/scorecard/debrief.rules";
import { ratingsPublishedBefore } from "~/domain/scorecard/rating.rules";
import { nairobiToday } from "~/utils/validation";
import { login, readyWorker } from "../factories/departure";
import { ago, deploy, DAY } from "../factories/scorecard";
import { createUser } from "../factories/users";
import type { ReturnReason } from "~/generated/prisma/enums";

type Answers = {
  paidInFull: boolean;
  passportKept: boolean;
  contractRespected: boolean;
  abused: boolean;
  sameAgency: boolean | null;
};
const good: Answers = {
  paidInFull: true,
  passportKept: false,
  contractRespected: true,
  abused: false,
  sameAgency: true,
};

/** Her return on `returnedOn`, and her debrief given at `answeredAt` if any. */
async function back(
  registrationId: string,
  r: { early?: boolean; reason?: ReturnReason; returnedOn: Date },
  debrief?: { at: Date; answers?: Partial<Answers> },
) {
  const reg = await db.missionRegistration.findUniqueOrThrow({
    where: { id: registrationId },
    include: { contract: { select: { countryCode: true } } },
  });
  const ret = await db.workerReturn.create({
    data: {
      registrationId,
      workerId: reg.workerId,
      agencyId: reg.agencyId!,
      missionId: reg.missionId,
      countryCode: reg.contract.countryCode,
      returnedOn: new Date(`${nairobiToday(r.returnedOn)}T00:00:00Z`),
      early: r.early ?? false,
      reason: r.reason ?? "CONTRACT_ENDED",
      recordedBy: "MISSION",
      recordedById: crypto.randomUUID(),
    },
  });
  if (debrief)
    await db.returnDebrief.create({
      data: {
        returnId: ret.id,
        ...good,
        ...debrief.answers,
        goAgain: "YES",
        answeredBy: "WORKER",
        answeredById: reg.workerId,
        createdAt: debrief.at,
      },
    });
}

describe("returns and debriefs on the scorecard", () => {
  it("counts early returns per 100 deployed, by why, in the window, of this agency only", async () => {
    const base = await readyWorker("QA");
    const other = await readyWorker("QA");
    const agencyId = base.contract.agencyId;
    const regs = await deploy(base, MIN_DEPLOYMENTS, 300);
    const [old] = await deploy(base, 1, 1000);
    const [theirs] = await deploy(other, 1, 300);
    await back(regs[0]!, { early: true, reason: "UNPAID_WAGES", returnedOn: ago(30) });
    await back(regs[1]!, { early: true, reason: "ABUSE", returnedOn: ago(20) });
    await back(regs[2]!, { early: true, reason: "ABUSE", returnedOn: ago(10) });
    await back(regs[3]!, { returnedOn: ago(5) }); // on time: not early
    await back(old!, { early: true, reason: "ILLNESS", returnedOn: ago(800) }); // before the window
    await back(theirs!, { early: true, reason: "DEPORTED", returnedOn: ago(5) }); // another agency

    expect((await scorecardCounts(agencyId)).earlyReturns).toEqual({ UNPAID_WAGES: 1, ABUSE: 2 });
    const s = await agencyScorecard(agencyId);
    expect(s.perHundred).toMatchObject({
      earlyReturns: 15,
      earlyReasons: { UNPAID_WAGES: 5, ABUSE: 10 },
    });
    // The country's picture counts every agency's.
    const national = await scorecardCounts(null);
    expect(national.earlyReturns.DEPORTED).toBeGreaterThanOrEqual(1);
    expect(national.earlyReturns.ABUSE).toBeGreaterThanOrEqual(2);

    // NEA's table: the same rate, sortable worst first, and in the CSV.
    const nea = await login(await createUser("NEA_OFFICER"));
    const all: { id: string; early: number }[] = [];
    for (let page = 1; ; page++) {
      const t = await scorecardTable(nea, "early", page);
      all.push(...t.rows);
      if (!t.more) break;
    }
    expect(all.find((r) => r.id === agencyId)).toMatchObject({ early: 15 });
    const early = all.map((r) => r.early);
    expect(early).toEqual([...early].sort((a, b) => b - a));
    const csv = await scorecardCsv(nea, "early");
    expect(csv.split("\r\n")[0]).toContain("early_returns_per_100");
  });

  it("publishes debrief answers as shares, as ratings are: whole months of three, before last month, from the minimum", async () => {
    const base = await readyWorker("QA");
    const agencyId = base.contract.agencyId;
    const regs = await deploy(base, MIN_DEPLOYMENTS, 400);
    const publishedBefore = ratingsPublishedBefore(new Date());
    // Eight in one month (two not paid in full, one passport kept, one abused, three would not go
    // through the agency again); two in a thin month; three this month or last, waiting.
    const answers: Partial<Answers>[] = [
      { paidInFull: false, abused: true, contractRespected: false, sameAgency: false },
      { paidInFull: false, passportKept: true, sameAgency: false },
      { sameAgency: null },
      {},
      {},
      {},
      {},
      {},
    ];
    for (const [i, a] of answers.entries())
      await back(regs[i]!, { returnedOn: ago(95) }, { at: ago(90), answers: a });
    await back(regs[8]!, { returnedOn: ago(155) }, { at: ago(150) });
    await back(regs[9]!, { returnedOn: ago(155) }, { at: ago(150) });
    for (let i = 10; i < 13; i++)
      await back(
        regs[i]!,
        { returnedOn: ago(100) },
        { at: new Date(publishedBefore.getTime() + DAY), answers: { paidInFull: false } },
      );
    expect((await scorecardCounts(agencyId)).debriefs.count).toBe(8);
    expect((await agencyScorecard(agencyId)).debriefs).toBeNull();
    const nea = await login(await createUser("NEA_OFFICER"));
    const neaRow = async () => {
      for (let page = 1; ; page++) {
        const t = await scorecardTable(nea, "unpaid", page);
        const row = t.rows.find((r) => r.id === agencyId);
        if (row || !t.more) return row;
      }
    };
    // NEA sees no share below the minimum either: one worker's answers could be tied to her.
    expect(await neaRow()).toMatchObject({ unpaid: null, debriefs: 0 });

    // A third debrief in the thin month: its three join, and the minimum is reached.
    await back(regs[13]!, { returnedOn: ago(155) }, { at: ago(150) });
    const s = await agencyScorecard(agencyId);
    expect(MIN_DEBRIEFS).toBeLessThanOrEqual(11);
    expect(s.debriefs).toEqual({
      count: 11,
      paidInFull: Math.round((9 * 100) / 11),
      passportKept: Math.round((1 * 100) / 11),
      contractRespected: Math.round((10 * 100) / 11),
      abused: Math.round((1 * 100) / 11),
      sameAgency: Math.round((8 * 100) / 11),
    });
    expect(await neaRow()).toMatchObject({ unpaid: Math.round((2 * 100) / 11), debriefs: 11 });
    // A debrief from before the window (24 months) is not counted.
    const [old] = await deploy(base, 1, 1000);
    await back(old!, { returnedOn: ago(805) }, { at: ago(800) });
    expect((await agencyScorecard(agencyId)).debriefs?.count).toBe(11);
    // The country's picture has them too.
    expect((await scorecardCounts(null)).debriefs.count).toBeGreaterThanOrEqual(11);

    // Below the deployment minimum nothing is published, however many answered.
    await db.missionRegistration.updateMany({
      where: { id: { in: regs.slice(MIN_DEPLOYMENTS - 1) } },
      data: { arrivedAt: null },
    });
    expect((await agencyScorecard(agencyId)).debriefs).toBeNull();
  });
});
