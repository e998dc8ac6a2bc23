import { describe, expect, it } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import { getRuleSet, ruleSetInForce } from "~/domain/compliance/rule-sets.server";
import { editableValues, type PublishInput } from "~/domain/compliance/rule-set-form";
import { createUser, sessionCookie } from "../factories/users";
import { decide, propose } from "~/domain/decisions/decisions.server";
import { official, proposeAndConfirm } from "../factories/decisions";

const ctx = { requestId: "test", ip: "10.5.5.5" };
const day = (offset: number) =>
  new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);

async function asUser(role: "NEA_SUPERVISOR" | "NEA_OFFICER" | "AGENCY_ADMIN"): Promise<User> {
  const s = await lucia.createSession((await createUser(role)).id, { secondFactorAt: new Date() });
  return (await lucia.validateSession(s.id)).user!;
}

async function baseInput(
  id: string,
  over: Partial<Record<string, number | null>> = {},
  effectiveFrom = day(1),
): Promise<PublishInput> {
  const set = (await getRuleSet(id))!;
  const values = editableValues(set.rules);
  const fields = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, { ...v, value: k in over ? over[k]! : v.value }]),
  ) as PublishInput["fields"];
  return { effectiveFrom, note: "Gazette notice test", fields };
}

describe("publishing rule-set versions", () => {
  it("an officer proposes version 2 from tomorrow, a supervisor confirms; contracts dated today still use version 1", async () => {
    const v1 = await db.blmaRuleSet.findFirstOrThrow({
      where: { countryCode: "KW", jobCategory: "DOMESTIC_WORKER", version: 1 },
    });
    const { result } = await proposeAndConfirm({
      kind: "RULE_SET_PUBLICATION",
      subjectId: v1.id,
      input: await baseInput(v1.id, { minWage: 75, maxWorkerAge: null }),
    });
    const created = result as { ruleSetId: string; version: number };
    expect(created.version).toBe(2);
    const today = await ruleSetInForce("KW", "DOMESTIC_WORKER", new Date(), null);
    const tomorrow = await ruleSetInForce(
      "KW",
      "DOMESTIC_WORKER",
      new Date(`${day(2)}T00:00:00Z`),
      null,
    );
    expect(today?.version).toBe(1);
    expect(tomorrow?.version).toBe(2);
    expect(tomorrow?.rules.minWage.value?.amount).toBe(75);
    expect(tomorrow?.rules.maxWorkerAge.value).toBeNull();
    expect(tomorrow?.rules.currency).toBe("KWD"); // untouched values carry over
    expect((await getRuleSet(v1.id))?.rules.minWage.value?.amount).toBe(60); // version 1 never changes
    expect(
      await db.auditEvent.count({
        where: { entityId: created.ruleSetId, action: "rules.published" },
      }),
    ).toBe(1);
  });

  it("refuses a past date and agency staff, and never gives two publications the same number", async () => {
    const v1 = await db.blmaRuleSet.findFirstOrThrow({
      where: { countryCode: "OM", jobCategory: "DOMESTIC_WORKER", version: 1 },
    });
    const officer = await official("NEA_OFFICER");
    const p = async (effectiveFrom?: string) => ({
      kind: "RULE_SET_PUBLICATION" as const,
      subjectId: v1.id,
      input: await baseInput(v1.id, {}, effectiveFrom),
    });
    await expect(propose(officer, await p(day(-1)), { ctx })).rejects.toMatchObject({
      key: "rules.error.pastDate",
    });
    await expect(propose(await asUser("AGENCY_ADMIN"), await p(), { ctx })).rejects.toMatchObject({
      status: 403,
    });
    // Versions are numbered in order of confirmation, never twice the same.
    const first = await propose(officer, await p(), { ctx });
    const supervisor = await official("NEA_SUPERVISOR");
    const confirmed = await decide(supervisor, first.id, "confirm", null, ctx);
    // The next change is made from the newest version (from version 1 it would be refused).
    await expect(propose(officer, await p(), { ctx })).rejects.toMatchObject({
      key: "rules.error.notLatest",
    });
    const v2 = (confirmed.result as { ruleSetId: string }).ruleSetId;
    const second = await propose(
      officer,
      { kind: "RULE_SET_PUBLICATION", subjectId: v2, input: await baseInput(v2) },
      { ctx },
    );
    const again = await decide(supervisor, second.id, "confirm", null, ctx);
    expect(
      [confirmed.result, again.result].map((r) => (r as { version: number }).version).sort(),
    ).toEqual([2, 3]);
  });

  it("the route: agency staff get 403 and change nothing; a missing source is a 400", async () => {
    const { action } = await import("~/routes/nea.rules.$id");
    const v1 = await db.blmaRuleSet.findFirstOrThrow({
      where: { countryCode: "AE", jobCategory: "DOMESTIC_WORKER", version: 1 },
    });
    const before = await db.blmaRuleSet.count();
    const post = async (cookie: string, form: Record<string, string>) => {
      const request = new Request(`http://127.0.0.1/nea/rules/${v1.id}`, {
        method: "POST",
        body: new URLSearchParams(form),
        headers: { cookie },
      });
      try {
        const r = await action({ request, params: { id: v1.id }, context: {} });
        return r instanceof Response
          ? r.status
          : ((r as { init?: ResponseInit }).init?.status ?? 200);
      } catch (e) {
        if (e instanceof Response) return e.status;
        throw e;
      }
    };
    const agency = await sessionCookie((await createUser("AGENCY_ADMIN")).id);
    expect(await post(agency, { effectiveFrom: day(1), note: "Sneaky change" })).toBe(403);
    const officer = await sessionCookie((await createUser("NEA_OFFICER")).id);
    expect(await post(officer, { effectiveFrom: day(1), note: "Missing sources" })).toBe(400);
    expect(await db.blmaRuleSet.count()).toBe(before);
  });
});
