// Workers' ratings of the agency that deployed them (issue 19 §3): only a deployment rates (her own
// registration, arrival recorded by the mission), once per deployment; the agency's page shows an
// average only from the minimum count, and only ratings old enough that nobody can watch one arrive.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { myRating, rateAgency } from "~/domain/scorecard/ratings.server";
import { agencyScorecard, scorecardCounts } from "~/domain/scorecard/scorecard.server";
import { scorecardTable } from "~/domain/scorecard/scorecard-table.server";
import { MIN_DEPLOYMENTS } from "~/domain/scorecard/scorecard.rules";
import { MIN_RATINGS, ratingsPublishedBefore } from "~/domain/scorecard/rating.rules";
import { login, overdueWorkerAbroad, registered } from "../factories/departure";
import { ago, deploy, DAY } from "../factories/scorecard";
import { createUser, sessionCookie } from "../factories/users";
import { postStatus } from "../factories/routes";
import { exportOwnData } from "~/domain/workers/data-export.server";

const ctx = { requestId: "test", ip: "10.9.9.41" };
const route = () => import("~/routes/my.rate.$registrationId");

describe("rating the agency that deployed her", () => {
  it("only her own deployment, once the mission recorded her arrival; one rating per deployment", async () => {
    // Not yet arrived: the form says why and a rating is refused (409), nothing stored.
    const waiting = await registered("QA");
    expect((await myRating(waiting.user, waiting.reg.id)).open).toBe(false);
    await expect(
      rateAgency(waiting.user, waiting.reg.id, { score: 5, recommend: true }, ctx),
    ).rejects.toMatchObject({ kind: "conflict" });
    expect(
      await postStatus(
        route(),
        `/my/rate/${waiting.reg.id}`,
        await sessionCookie(waiting.userRow.id),
        {
          score: "5",
          recommend: "yes",
        },
        { registrationId: waiting.reg.id },
      ),
    ).toBe(409);

    const w = await overdueWorkerAbroad(); // arrived ten days ago
    const cookie = await sessionCookie(w.userRow.id);
    const post = (body: Record<string, string>, id = w.reg.id, c = cookie) =>
      postStatus(route(), `/my/rate/${id}`, c, body, { registrationId: id });
    // Bad input: 400, nothing stored.
    expect(await post({ score: "6", recommend: "yes" })).toBe(400);
    expect(await post({ score: "4", recommend: "maybe" })).toBe(400);
    expect(await post({})).toBe(400);
    expect(await db.agencyRating.count({ where: { registrationId: w.reg.id } })).toBe(0);

    // Someone else's deployment, an agency's staff, an official: not found, nothing stored.
    const other = await overdueWorkerAbroad();
    expect(await post({ score: "1", recommend: "no" }, other.reg.id)).toBe(404);
    await expect(
      rateAgency(w.user, other.reg.id, { score: 1, recommend: false }, ctx),
    ).rejects.toMatchObject({ status: 404 });
    for (const role of ["AGENCY_ADMIN", "NEA_OFFICER", "LABOUR_ATTACHE"] as const) {
      const who = await createUser(role);
      await expect(myRating(await login(who), w.reg.id)).rejects.toMatchObject({ status: 404 });
      expect(
        await post(
          { score: "1", recommend: "no" },
          w.reg.id,
          await sessionCookie(who.id, { secondFactor: true }),
        ),
      ).toBe(403);
    }
    await expect(myRating(w.user, "not-a-uuid")).rejects.toMatchObject({ status: 404 });
    expect(await db.agencyRating.count({ where: { registrationId: other.reg.id } })).toBe(0);

    // Her rating, for her registration's agency; the same form twice is one rating.
    expect(await post({ score: "2", recommend: "no", _submission: crypto.randomUUID() })).toBe(302);
    const key = crypto.randomUUID();
    expect(await post({ score: "4", recommend: "yes", _submission: key })).toBe(302);
    expect(await post({ score: "4", recommend: "yes", _submission: key })).toBe(302);
    const rows = await db.agencyRating.findMany({ where: { registrationId: w.reg.id } });
    expect(rows).toHaveLength(1); // one per deployment: the second answer replaced the first
    expect(rows[0]).toMatchObject({ agencyId: w.contract.agencyId, score: 4, recommend: true });
    expect((await myRating(w.user, w.reg.id)).rating).toMatchObject({ score: 4, recommend: true });
    // Once published it is final: a change would show her old rating leaving the figures.
    await db.agencyRating.update({
      where: { registrationId: w.reg.id },
      data: { ratedAt: ago(100) },
    });
    expect((await myRating(w.user, w.reg.id)).rating).toMatchObject({ final: true });
    expect(await post({ score: "1", recommend: "no", _submission: crypto.randomUUID() })).toBe(409);
    expect(
      await db.agencyRating.findUniqueOrThrow({ where: { registrationId: w.reg.id } }),
    ).toMatchObject({ score: 4 });
    // Her rating is in her own data export.
    const mine = await exportOwnData(w.user, ctx);
    expect(JSON.stringify(mine.worker.registrations)).toContain('"score":4');
    // The audit says she rated, never what.
    const events = await db.auditEvent.findMany({
      where: { entityId: w.reg.id, action: "agency.rated" },
    });
    expect(events).toHaveLength(2);
    for (const e of events)
      expect(JSON.stringify(e.summary ?? {})).not.toMatch(/score|recommend|4/);
  });

  it("published only as an average, from the minimum count, of ratings given before last month", async () => {
    const base = await registered("QA");
    const agencyId = base.contract.agencyId;
    const regs = await deploy(base, MIN_DEPLOYMENTS, 200);
    const publishedBefore = ratingsPublishedBefore(new Date());
    const rate = (registrationId: string, score: number, recommend: boolean, ratedAt: Date) =>
      db.agencyRating.create({ data: { registrationId, agencyId, score, recommend, ratedAt } });
    // A month with fewer than three ratings is not published (its rating could be singled out);
    // eight in another month are; three given this month or last are waiting.
    const pattern = [...Array(8).keys()].map((i) => ({ score: i % 2 ? 5 : 3, yes: i % 3 !== 0 }));
    await rate(regs[0]!, 1, false, ago(150));
    await rate(regs[1]!, 1, false, ago(150));
    for (const [i, p] of pattern.entries()) await rate(regs[2 + i]!, p.score, p.yes, ago(90));
    for (let i = 0; i < 3; i++)
      await rate(regs[10 + i]!, 1, false, new Date(publishedBefore.getTime() + DAY));
    expect((await scorecardCounts(agencyId)).ratings.count).toBe(8);
    expect((await agencyScorecard(agencyId)).ratings).toBeNull();
    const nea = await login(await createUser("NEA_OFFICER"));
    const neaRow = async () => {
      for (let page = 1; ; page++) {
        const t = await scorecardTable(nea, "rating", page);
        const row = t.rows.find((r) => r.id === agencyId);
        if (row || !t.more) return row;
      }
    };
    // Below the minimum NEA sees no average either: one worker's rating could be tied to her.
    expect(await neaRow()).toMatchObject({ rating: null, ratings: 0 });

    // A third rating in the thin month: its three join together, and the minimum is reached.
    await rate(regs[13]!, 1, false, ago(150));
    const s = await agencyScorecard(agencyId);
    const scores = [...pattern.map((p) => p.score), 1, 1, 1];
    const recommended = pattern.filter((p) => p.yes).length;
    expect(s.ratings).toEqual({
      count: 11,
      average: Math.round((scores.reduce((a, b) => a + b, 0) * 10) / 11) / 10,
      recommendPercent: Math.round((recommended * 100) / 11),
    });
    // A rating from before the window (24 months) is not counted.
    await rate(regs[14]!, 1, false, ago(800));
    expect((await agencyScorecard(agencyId)).ratings?.count).toBe(11);

    // NEA's table shows the same average, sortable (lowest first).
    const all: { id: string; rating: number | null; ratings: number }[] = [];
    for (let page = 1; ; page++) {
      const t = await scorecardTable(nea, "rating", page);
      all.push(...t.rows);
      if (!t.more) break;
    }
    expect(all.find((r) => r.id === agencyId)).toMatchObject({
      rating: s.ratings!.average,
      ratings: 11,
    });
    const rated = all.map((r) => r.rating).filter((r): r is number => r !== null);
    expect(rated).toEqual([...rated].sort((a, b) => a - b));

    // Below the deployment minimum nothing is published, however many rated.
    await db.missionRegistration.updateMany({
      where: { id: { in: regs.slice(MIN_RATINGS + 4) } },
      data: { arrivedAt: null },
    });
    expect((await agencyScorecard(agencyId)).ratings).toBeNull();
  });
});
