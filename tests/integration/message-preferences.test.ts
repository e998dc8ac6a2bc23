// How people are reached (issue 16): a worker with both an email and a phone chooses the channels of
// her messages, and is never left with none; an official may give a mobile for urgent case alerts
// (a critical case at once, an urgent one nobody answered in time). Through /account's action.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { action, loader } from "~/routes/account";
import { transaction } from "~/utils/db.server";
import { notifyWorker } from "~/notifications/notify.server";
import { alertMission } from "~/domain/cases/case-common.server";
import { createUser, sessionCookie } from "../factories/users";
import { uniquePhone } from "../factories/workers";

async function post(userId: string, body: Record<string, string>) {
  const cookie = await sessionCookie(userId);
  try {
    const res = await action({
      request: new Request("http://127.0.0.1/account", {
        method: "POST",
        body: new URLSearchParams(body),
        headers: { cookie },
      }),
      params: {},
      context: {},
    } as never);
    return res instanceof Response
      ? res.status
      : ((res as { init?: { status?: number } }).init?.status ?? 200);
  } catch (e) {
    if (e instanceof Response) return e.status;
    throw e;
  }
}

/** A worker account with both an email and a phone on her record. */
async function workerWithBoth() {
  const u = await createUser("WORKER");
  const phone = uniquePhone();
  const w = await db.worker.create({
    data: { userId: u.id, firstName: "Rehema", lastName: "Mutua", email: u.email, phone },
  });
  const send = async (key: string) => {
    await transaction((tx) =>
      notifyWorker(tx, w.id, {
        key,
        template: "correctionDecision",
        data: { field: "LAST_NAME", applied: true, note: null },
      }),
    );
    return (await db.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: key } } }))
      .map((m) => m.channel)
      .sort();
  };
  return { u, w, phone, send };
}

describe("message preferences", () => {
  it("a worker with both chooses SMS only, email only, or both; the choice is audited", async () => {
    const { u, send } = await workerWithBoth();
    expect(await send(`pref-test:${u.id}:1`)).toEqual(["EMAIL", "SMS"]);
    expect(await post(u.id, { intent: "preferences", messagesBy: "SMS" })).toBe(302);
    expect(await send(`pref-test:${u.id}:2`)).toEqual(["SMS"]);
    expect(await post(u.id, { intent: "preferences", messagesBy: "EMAIL" })).toBe(302);
    expect(await send(`pref-test:${u.id}:3`)).toEqual(["EMAIL"]);
    expect(
      await db.auditEvent.count({ where: { action: "user.preferences_changed", entityId: u.id } }),
    ).toBe(2);
  });

  it("the choice is offered only to a worker who has both an email and a phone", async () => {
    const prefsShown = async (userId: string) => {
      const cookie = await sessionCookie(userId);
      const out = (await loader({
        request: new Request("http://127.0.0.1/account", { headers: { cookie } }),
        params: {},
        context: {},
      } as never)) as { prefs: { messagesBy: string | null; alertPhone: string | null } };
      return out.prefs;
    };
    const both = await workerWithBoth();
    expect((await prefsShown(both.u.id)).messagesBy).toBe("EMAIL_AND_SMS");
    await db.worker.update({ where: { id: both.w.id }, data: { email: null } });
    expect(await prefsShown(both.u.id)).toEqual({ messagesBy: null, alertPhone: null });
    expect((await prefsShown((await createUser("LABOUR_ATTACHE")).id)).alertPhone).toBe("");
  });

  it("a choice never leaves a message with nowhere to go; bad input is a 400 that changes nothing", async () => {
    const { u, w, send } = await workerWithBoth();
    await post(u.id, { intent: "preferences", messagesBy: "EMAIL" });
    await db.worker.update({ where: { id: w.id }, data: { email: null } });
    expect(await send(`pref-test:${u.id}:only-phone`)).toEqual(["SMS"]);
    expect(await post(u.id, { intent: "preferences", messagesBy: "PIGEON" })).toBe(400);
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).messagesBy).toBe("EMAIL");
    // An agency's account has nothing to set here.
    const agency = await createUser("AGENCY_ADMIN");
    expect(await post(agency.id, { intent: "preferences", messagesBy: "SMS" })).toBe(400);
  });

  it("an attaché's alert mobile gets critical cases at once and urgent ones nobody answered; others stay email", async () => {
    const a = await createUser("LABOUR_ATTACHE"); // of the Riyadh mission
    expect(await post(a.id, { intent: "preferences", alertPhone: "0712 345 678" })).toBe(400); // no country code
    expect(await post(a.id, { intent: "preferences", alertPhone: "+966 50 123 4567" })).toBe(302);
    expect((await db.user.findUniqueOrThrow({ where: { id: a.id } })).alertPhone).toBe(
      "966501234567",
    );
    const mission = a.missionId!;
    const alert = (
      id: string,
      priority: "CRITICAL" | "HIGH" | "NORMAL",
      why: "new" | "escalated",
    ) =>
      transaction((tx) =>
        alertMission(
          tx,
          mission,
          {
            id,
            reference: `KS-W-${id.slice(0, 6)}`,
            category: "ABUSE",
            priority,
            dueAt: new Date(),
          },
          why,
        ),
      );
    const ids = [
      crypto.randomUUID(),
      crypto.randomUUID(),
      crypto.randomUUID(),
      crypto.randomUUID(),
    ];
    await alert(ids[0]!, "CRITICAL", "new");
    await alert(ids[1]!, "HIGH", "new");
    await alert(ids[2]!, "HIGH", "escalated");
    await alert(ids[3]!, "NORMAL", "escalated");
    const sms = async (id: string) =>
      db.outboxMessage.count({
        where: {
          channel: "SMS",
          to: "966501234567",
          idempotencyKey: { startsWith: `case:${id}:` },
        },
      });
    expect([
      await sms(ids[0]!),
      await sms(ids[1]!),
      await sms(ids[2]!),
      await sms(ids[3]!),
    ]).toEqual([1, 0, 1, 0]);
    // The alert names the priority in words and the deadline in Nairobi time, never a code or UTC.
    const text = (
      await db.outboxMessage.findFirstOrThrow({
        where: { channel: "SMS", idempotencyKey: { startsWith: `case:${ids[0]}:` } },
      })
    ).text;
    expect(text).toContain("(Critical)");
    expect(text).toContain("(Nairobi time)");
    expect(text).not.toMatch(/CRITICAL|UTC/);
    // A worker cannot give herself an alert number, nor an official a channel choice.
    const { u } = await workerWithBoth();
    await post(u.id, { intent: "preferences", alertPhone: "+966 50 123 4567" });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).alertPhone).toBeNull();
  });
});
