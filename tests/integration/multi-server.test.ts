// Two real app processes (the production build, `scripts/start.ts`) against one PostgreSQL, as
// behind a load balancer: a session made on one is honoured and ended on the other, a rate limit
// counts across both, each scheduled job runs once per interval in all, each queued email is
// delivered exactly once over real SMTP, and registry search reads the replica when one is set.
// The second server is itself a cluster of two processes (WEB_CONCURRENCY=2).
// Needs the production build that `npm test` has just made; a missing or stale build fails it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { db, transaction } from "~/utils/db.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { JOBS } from "~/jobs/jobs.server";
import { agencySearchName } from "~/domain/agencies/normalize";
import { newVerificationCode } from "~/domain/verify/code";
import { createUser, sessionCookie, TEST_PASSWORD } from "../factories/users";
import { createAgency } from "../factories/agencies";
import { freePort } from "../../scripts/lib/free-port.ts";
import { Smtp } from "../../scripts/lib/smtp-recorder.ts";
import { copyTemplate, dropDatabase } from "../setup/databases";
import { startApp, waitReady, type AppProcess } from "../setup/app-server";

let smtp: Smtp | null = null;
const servers: AppProcess[] = [];
const replicaName = `kazi_replica_${process.pid}`;
let replicaUrl = "";
const REPLICA_ONLY = `Replica Only Recruiters ${process.pid}`;

async function startServer(extraEnv: Record<string, string>) {
  const server = await startApp({
    SMTP_URL: `smtp://127.0.0.1:${smtp!.port}`,
    OUTBOX_INTERVAL_MS: "100",
    JOBS_INTERVAL_MS: "150",
    DATABASE_POOL_SIZE: "4",
    ...extraEnv,
  });
  servers.push(server);
  return server;
}

async function until(check: () => Promise<boolean>, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("condition not met in time");
}

beforeAll(async () => {
  smtp = new Smtp(await freePort());
  await smtp.start();

  // A stand-in for a read replica: another database holding an agency the primary does not have,
  // so a page can show which database served it.
  replicaUrl = await copyTemplate(inject("pgServerUrl"), replicaName);
  const replica = new PrismaClient({
    adapter: new PrismaPg({ connectionString: replicaUrl, max: 1 }),
  });
  await replica.agency.create({
    data: {
      name: REPLICA_ONLY,
      searchName: agencySearchName(REPLICA_ONLY, "NEA/PEA/REPLICA/1"),
      licenceNo: "NEA/PEA/REPLICA/1",
      status: "ACTIVE",
    },
  });
  await replica.$disconnect();

  // Both servers start at once: preparing the database (migrations, reference data) is serialised
  // by an advisory lock, so neither trips over the other.
  const a = await startServer({ PUBLIC_CACHE_SECONDS: "1" });
  // The second is itself two processes on one port (WEB_CONCURRENCY, one per core in production).
  const b = await startServer({ DATABASE_REPLICA_URLS: replicaUrl, WEB_CONCURRENCY: "2" });
  await Promise.all([waitReady(a), waitReady(b)]);
}, 300_000); // two production servers preparing one database, on a busy 2-core machine

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await smtp?.stop();
  if (replicaUrl) await dropDatabase(inject("pgServerUrl"), replicaName);
}, 60_000);

describe("two app servers on one database", () => {
  it("a session made on one server is honoured by the other, and ending it on either ends it on both", async () => {
    const [a, b] = servers as [(typeof servers)[number], (typeof servers)[number]];
    const user = await createUser("WORKER");
    const login = await fetch(`${a.base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        login: user.email,
        password: TEST_PASSWORD,
        redirectTo: "/account",
      }),
    });
    expect(login.status).toBe(302);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0] ?? "")
      .find((c) => c.startsWith("ks_session="));
    expect(cookie).toMatch(/^ks_session=[0-9a-z]{20,}$/);

    const onB = await fetch(`${b.base}/account`, {
      headers: { cookie: cookie! },
      redirect: "manual",
    });
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain(user.email);

    const logout = await fetch(`${b.base}/logout`, {
      method: "POST",
      headers: { cookie: cookie! },
      redirect: "manual",
    });
    expect(logout.status).toBe(302);
    const onA = await fetch(`${a.base}/account`, {
      headers: { cookie: cookie! },
      redirect: "manual",
    });
    expect(onA.status).toBe(302);
    expect(onA.headers.get("location")).toMatch(/^\/login/);
  });

  it("a rate limit counts requests to both servers together", async () => {
    const code = newVerificationCode("LICENCE"); // well-formed, on no document
    const statuses: number[] = [];
    for (let i = 0; i < 122; i++) {
      const s = servers[i % 2]!;
      const r = await fetch(`${s.base}/verify/${code}`);
      await r.arrayBuffer();
      statuses.push(r.status);
    }
    // 120 look-ups per address per 10 minutes, wherever they land; then both refuse.
    expect(statuses.slice(0, 120).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(120)).toEqual([429, 429]);
  });

  it("each scheduled job runs once per interval across both servers", async () => {
    // Both servers check every job every 150 ms; every job's interval is at least a minute.
    await until(
      async () =>
        (await db.jobLease.count({
          where: { name: { in: JOBS.map((j) => j.name) }, runs: { gte: 1 } },
        })) === JOBS.length,
    );
    await new Promise((r) => setTimeout(r, 1000));
    for (let round = 2; round <= 4; round++) {
      await db.jobLease.updateMany({ data: { leasedUntil: new Date(Date.now() - 1) } }); // every interval ends
      await until(
        async () =>
          (await db.jobLease.count({
            where: { name: { in: JOBS.map((j) => j.name) }, runs: round },
          })) === JOBS.length,
      );
      await new Promise((r) => setTimeout(r, 1000)); // long enough for a second run to show
      const leases = await db.jobLease.findMany({
        where: { name: { in: JOBS.map((j) => j.name) } },
        select: { name: true, runs: true },
      });
      expect(leases.map((l) => l.runs)).toEqual(JOBS.map(() => round));
    }
  }, 60_000);

  it("each queued email is delivered exactly once, whichever server picks it up", async () => {
    smtp!.received.length = 0;
    const count = 40;
    for (let i = 0; i < count; i++) {
      await transaction((tx) =>
        enqueueEmail(tx, {
          key: `multi-${i}`,
          to: `multi${i}@test.ke`,
          locale: "en",
          template: "resetPassword",
          data: { name: "Akinyi", link: "http://x/r" },
        }),
      );
    }
    await until(
      async () =>
        (await db.outboxMessage.count({
          where: { idempotencyKey: { startsWith: "multi-" }, status: "SENT" },
        })) === count,
    );
    await new Promise((r) => setTimeout(r, 1000)); // a duplicate would arrive by now
    const mine = smtp!.received.filter((m) => m.to.startsWith("multi"));
    expect(mine).toHaveLength(count);
    expect(new Set(mine.map((m) => m.to)).size).toBe(count);
    expect(new Set(mine.map((m) => m.messageId)).size).toBe(count);
  }, 60_000);

  it("registry search reads the replica where one is configured; a single agency page reads the primary", async () => {
    const [a, b] = servers as [(typeof servers)[number], (typeof servers)[number]];
    const q = encodeURIComponent("Replica Only Recruiters");
    const onB = await (await fetch(`${b.base}/?q=${q}`)).text();
    const onA = await (await fetch(`${a.base}/?q=${q}`)).text();
    expect(onB).toContain(REPLICA_ONLY);
    expect(onA).not.toContain(REPLICA_ONLY);
    const api = await fetch(`${b.base}/api/v1/agencies/${encodeURIComponent("NEA/PEA/REPLICA/1")}`);
    expect(api.status).toBe(404);
  });

  it("an anonymous public page is reused for a moment (with the headers it was made with); a signed-in visitor always gets a fresh one", async () => {
    const a = servers[0]!; // PUBLIC_CACHE_SECONDS=1
    const agency = await createAgency({ name: "Cache Check Recruiters" });
    const first = await fetch(`${a.base}/agencies/${agency.id}`);
    const firstBody = await first.text();
    const second = await fetch(`${a.base}/agencies/${agency.id}`);
    const secondBody = await second.text();
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(secondBody).toBe(firstBody);
    expect(firstBody).not.toContain("licence was revoked");
    // Replayed with the headers it was made with: its CSP nonce is the one its scripts (if any) carry.
    expect(second.headers.get("content-security-policy")).toBe(
      first.headers.get("content-security-policy"),
    );
    // Kiswahili is a different page.
    const sw = await fetch(`${a.base}/agencies/${agency.id}`, {
      headers: { "accept-language": "sw" },
    });
    expect(sw.headers.get("x-cache")).not.toBe("HIT");
    await sw.arrayBuffer();

    await db.agency.update({ where: { id: agency.id }, data: { status: "REVOKED" } });
    const cookie = await sessionCookie((await createUser("WORKER")).id);
    const signedIn = await fetch(`${a.base}/agencies/${agency.id}`, { headers: { cookie } });
    expect(signedIn.headers.get("x-cache")).toBeNull();
    expect(await signedIn.text()).toContain("licence was revoked");
    await new Promise((r) => setTimeout(r, 1100)); // the cached copy expires
    const later = await fetch(`${a.base}/agencies/${agency.id}`);
    expect(later.headers.get("x-cache")).not.toBe("HIT");
    expect(await later.text()).toContain("licence was revoked");
  });

  it("a server of several processes (WEB_CONCURRENCY) serves from each and stops every one", async () => {
    const b = servers[1]!;
    const line = b.output.join("").match(/2 server processes: (\d+), (\d+)/);
    expect(line).not.toBeNull();
    const pids = [Number(line![1]), Number(line![2])];
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(pids.every(alive)).toBe(true);
    // Requests are shared between the processes; every one is answered.
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${b.base}/ping`).then((r) => r.status)),
    );
    expect(answers.every((s) => s === 200)).toBe(true);
    await b.stop();
    await until(async () => !pids.some(alive), 15_000);
  }, 30_000);
});
