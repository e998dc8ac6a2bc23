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

  it("count cases with trafficking indicators by destination and indicator; small routes are folded", async () => {
    const before = (await publicStats()).trafficking;
    resetStatsCache();
    const employer = await db.employer.create({
      data: { kind: "HOUSEHOLD", name: "Stats Household", countryCode: "OM", city: "Muscat" },
    });
    // Five from Kilifi (code 3) to Oman, one from Lamu (code 5): the Lamu case is not shown alone.
    const indicated = async (countyCode: number, n: number) => {
      const worker = await db.worker.create({
        data: {
          firstName: "Stats",
          lastName: `Route ${n}`,
          countyCode,
          nationalId: `4${n}00${countyCode}999`,
        },
      });
      await db.case.create({
        data: {
          reference: `KS-W-STATS-T${countyCode}-${n}`,
          workerId: worker.id,
          employerId: employer.id,
          category: "TRAFFICKING_SUSPECTED",
          priority: "CRITICAL",
          raisedBy: "ATTACHE",
          description: "stats",
          dueAt: new Date(),
          indicators: ["DECEPTION", "ISOLATION"],
          // Counted once the month in which they were recorded is over.
          indicatorsAt: new Date(Date.now() - 40 * 86_400_000),
        },
      });
    };
    for (let i = 0; i < 5; i++) await indicated(3, i);
    await indicated(5, 9);
    const s = await publicStats();
    const om = (xs: { country: string; count: number }[]) =>
      xs.find((d) => d.country === "OM")?.count ?? 0;
    expect(om(s.trafficking.destinations) - om(before.destinations)).toBe(6);
    const kilifi = await db.county.findUniqueOrThrow({ where: { code: 3 } });
    expect(
      s.trafficking.routes.find((r) => r.country === "OM" && r.county === kilifi.name)?.count,
    ).toBeGreaterThanOrEqual(5);
    expect(s.trafficking.routes.every((r) => r.count >= s.trafficking.minCount)).toBe(true);
    // The Lamu case is not a route of its own.
    expect(s.trafficking.routes.some((r) => r.country === "OM" && r.county !== kilifi.name)).toBe(
      false,
    );
    const deception = (xs: { indicator: string; count: number }[]) =>
      xs.find((d) => d.indicator === "DECEPTION")?.count ?? 0;
    expect(deception(s.trafficking.indicators) - deception(before.indicators)).toBe(6);
    // Recorded this month: not counted until the month is over.
    resetStatsCache();
    await db.case.updateMany({
      where: { reference: { startsWith: "KS-W-STATS-T3-" } },
      data: { indicatorsAt: new Date() },
    });
    expect(om((await publicStats()).trafficking.destinations)).toBe(om(before.destinations));
    // Aggregates only: nothing that names or numbers a person.
    expect(JSON.stringify(s.trafficking)).not.toMatch(/Stats|Route \d|KS-W|999/);
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
      "trafficking",
    ]);
  });
});
