// Public statistics on a real database: the numbers, the cache, and the page and JSON answers.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { publicStats, resetStatsCache, STATS_TTL_MS } from "~/domain/stats/stats.server";
import { readyWorker } from "../factories/departure";

beforeEach(() => resetStatsCache());

describe("public statistics", () => {
  it("count agencies by status, approved contracts by destination and month, cases, and check-in compliance", async () => {
    const before = await publicStats();
    resetStatsCache();
    const w = await readyWorker("QA");
    await db.contract.update({ where: { id: w.contract.id }, data: { decidedAt: new Date() } });
    const reg = await db.missionRegistration.create({
      data: {
        workerId: w.worker.id,
        contractId: w.contract.id,
        missionId: (await db.mission.findUniqueOrThrow({ where: { slug: "doha" } })).id,
        employerId: w.employer.id,
        agencyId: w.agency.id,
        status: "ACTIVE",
        arrivedAt: new Date(Date.now() - 40 * 86_400_000),
      },
    });
    await db.checkIn.createMany({
      data: [
        {
          registrationId: reg.id,
          dueAt: new Date(Date.now() - 37 * 86_400_000),
          answeredAt: new Date(Date.now() - 36 * 86_400_000),
          channel: "WEB",
          outcome: "OK",
        },
        { registrationId: reg.id, dueAt: new Date(Date.now() - 10 * 86_400_000), answeredAt: null },
      ],
    });
    await db.case.create({
      data: {
        reference: "KS-W-STATS-1",
        workerId: w.worker.id,
        agencyId: w.agency.id,
        category: "UNPAID_WAGES",
        priority: "HIGH",
        raisedBy: "WORKER",
        description: "stats",
        dueAt: new Date(),
        status: "RESOLVED",
      },
    });
    const s = await publicStats();
    const count = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);
    expect(count(s.agencies) - count(before.agencies)).toBe(1);
    const month = new Date().toISOString().slice(0, 7);
    expect(
      s.contracts.find((r) => r.country === "QA" && r.month === month)!.count -
        (before.contracts.find((r) => r.country === "QA" && r.month === month)?.count ?? 0),
    ).toBe(1);
    expect(
      s.cases.find((r) => r.category === "UNPAID_WAGES" && r.status === "RESOLVED")!.count,
    ).toBeGreaterThanOrEqual(1);
    expect(s.checkIns.due - before.checkIns.due).toBe(2);
    expect(s.checkIns.answered - before.checkIns.answered).toBe(1);
  });

  it("are cached for a few minutes, then recomputed", async () => {
    const t0 = new Date();
    const first = await publicStats(t0);
    await db.agency.create({
      data: { name: "Stats Cache Agency", searchName: "stats cache agency", status: "PENDING" },
    });
    expect(await publicStats(new Date(t0.getTime() + 1000))).toBe(first);
    const later = await publicStats(new Date(t0.getTime() + STATS_TTL_MS + 1000));
    expect(later).not.toBe(first);
    expect(later.agencies.find((a) => a.status === "PENDING")!.count).toBe(
      (first.agencies.find((a) => a.status === "PENDING")?.count ?? 0) + 1,
    );
  });

  it("the page and the JSON answer anyone, with a cache header", async () => {
    const { loader } = await import("~/routes/stats");
    const page = (await loader({
      request: new Request("http://127.0.0.1/stats"),
      params: {},
      context: {},
    })) as unknown as { init: ResponseInit | null; data: { agencies: unknown[] } };
    expect(new Headers(page.init?.headers).get("cache-control")).toBe("public, max-age=300");
    expect(Array.isArray(page.data.agencies)).toBe(true);
    const { loader: json } = await import("~/routes/stats[.]json");
    const res = (await json({
      request: new Request("http://127.0.0.1/stats.json"),
      params: {},
      context: {},
    })) as Response;
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(Object.keys(await res.json())).toEqual([
      "generatedAt",
      "agencies",
      "contracts",
      "cases",
      "checkIns",
      "afterDeparture",
    ]);
  });
});
