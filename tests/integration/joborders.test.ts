// Foreign employers, job orders, NEA verification, the public list, the watch list and verification codes.
import { formatDate } from "~/ui/format";
import { describe, expect, it } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import {
  decideJobOrder,
  expireJobOrders,
  listPublicJobs,
  registerEmployer,
  requireJobOrderForActor,
  setWatchList,
  submitJobOrder,
  withdrawJobOrder,
} from "~/domain/joborders/joborders.server";
import { verifyCode } from "~/domain/verify/verify.server";
import { createAgency } from "../factories/agencies";
import { createUser } from "../factories/users";

const ctx = { requestId: "test", ip: "10.6.6.6" };
const opts = { ctx, appUrl: "http://127.0.0.1:3000" };
const inDays = (n: number) => new Date(Date.now() + n * 86400_000).toISOString().slice(0, 10);

async function login(row: { id: string }): Promise<User> {
  const s = await lucia.createSession(row.id, { secondFactorAt: new Date() });
  return (await lucia.validateSession(s.id)).user!;
}

async function agencyStaff(countries = ["QA", "SA"], status: "ACTIVE" | "SUSPENDED" = "ACTIVE") {
  const agency = await createAgency({
    countries,
    status,
    email: `jobs-${crypto.randomUUID().slice(0, 6)}@agency.test`,
  });
  const staff = await db.user.create({
    data: {
      email: `staff-${agency.id}@test.ke`,
      name: "Staff",
      role: "AGENCY_STAFF",
      passwordHash: "x",
      agencyId: agency.id,
    },
  });
  return { agency, staff: await login(staff) };
}

const order = (employerId: string, over: Record<string, unknown> = {}) => ({
  employerId,
  jobCategory: "DOMESTIC_WORKER" as const,
  title: "Nanny",
  positions: 3,
  offeredWage: 1400,
  validUntil: inDays(90),
  ...over,
});

describe("job orders", () => {
  it("submitted by a licensed agency, verified by NEA with a code, listed publicly without the household's name", async () => {
    const { agency, staff } = await agencyStaff();
    const employerId = await registerEmployer(
      staff,
      { kind: "HOUSEHOLD", name: "Private Family Name", countryCode: "QA", city: "Al Wakrah" },
      ctx,
    );
    const key = crypto.randomUUID();
    const id = await submitJobOrder(staff, order(employerId), { ctx, submissionKey: key });
    expect(await submitJobOrder(staff, order(employerId), { ctx, submissionKey: key })).toBe(id); // a double click
    expect(await db.jobOrder.count({ where: { agencyId: agency.id } })).toBe(1);

    const officer = await login(await createUser("NEA_OFFICER"));
    expect(await decideJobOrder(officer, id, { intent: "verify" }, opts)).toBe("VERIFIED");
    const jo = await db.jobOrder.findUniqueOrThrow({ where: { id } });
    expect(jo.verificationCode).toMatch(/^2\d{9}$/);
    const v = await verifyCode(jo.verificationCode!);
    expect(v).toMatchObject({
      kind: "JOB_ORDER",
      status: "VALID",
      subject: {
        title: "Nanny",
        country: "QA",
        employer: { kind: "HOUSEHOLD", name: null, city: "Al Wakrah" },
      },
    });
    const pub = await listPublicJobs({ country: "QA" });
    // The page promises NEA checked every job on it: a verified order without its code is not shown.
    const { verificationCode } = await db.jobOrder.findUniqueOrThrow({ where: { id } });
    await db.jobOrder.update({ where: { id }, data: { verificationCode: null } });
    expect((await listPublicJobs({ country: "QA" })).items.some((j) => j.id === id)).toBe(false);
    await db.jobOrder.update({ where: { id }, data: { verificationCode } });
    expect(pub.items.find((j) => j.id === id)?.employer).toEqual({
      kind: "HOUSEHOLD",
      name: null,
      city: "Al Wakrah",
    });
    expect(JSON.stringify(pub)).not.toContain("Private Family Name");
    expect(
      await db.outboxMessage.count({ where: { to: agency.email!, template: "jobOrderDecision" } }),
    ).toBe(1);
  });

  it("'recruiting until' a date is that whole day in Nairobi: shown as that date, over at its end", async () => {
    const { staff } = await agencyStaff();
    const employerId = await registerEmployer(
      staff,
      { kind: "COMPANY", name: "Doha Hotels", countryCode: "QA", city: "Doha" },
      ctx,
    );
    const day = inDays(30);
    const id = await submitJobOrder(staff, order(employerId, { validUntil: day }), { ctx });
    const { validUntil } = await db.jobOrder.findUniqueOrThrow({ where: { id } });
    expect(formatDate(validUntil, "en")).toBe(formatDate(`${day}T12:00:00+03:00`, "en"));
    expect(validUntil.toISOString()).toBe(`${day}T20:59:59.000Z`); // 23:59:59 in Nairobi
  });

  it("refuses an agency not licensed for the country, a watch-listed employer and a past date", async () => {
    const { staff } = await agencyStaff(["SA"]);
    const qa = await registerEmployer(
      staff,
      { kind: "COMPANY", name: "Qatar Co", countryCode: "QA", city: "Doha" },
      ctx,
    );
    await expect(submitJobOrder(staff, order(qa), { ctx })).rejects.toMatchObject({
      key: "jobs.error.licence",
    });
    const sa = await registerEmployer(
      staff,
      { kind: "COMPANY", name: "Saudi Co", countryCode: "SA", city: "Riyadh" },
      ctx,
    );
    await expect(
      submitJobOrder(staff, order(sa, { validUntil: inDays(-1) }), { ctx }),
    ).rejects.toMatchObject({ key: "jobs.error.validUntil" });
    const attache = await login(await createUser("LABOUR_ATTACHE"));
    await setWatchList(
      attache,
      sa,
      { intent: "watch", reason: "Wages unpaid for three months" },
      ctx,
    );
    await expect(submitJobOrder(staff, order(sa), { ctx })).rejects.toMatchObject({
      key: "jobs.error.watchListed",
    });
    const suspended = await agencyStaff(["QA"], "SUSPENDED");
    const e = await registerEmployer(
      suspended.staff,
      { kind: "COMPANY", name: "Any Co", countryCode: "QA", city: "Doha" },
      ctx,
    );
    await expect(submitJobOrder(suspended.staff, order(e), { ctx })).rejects.toMatchObject({
      key: "jobs.error.licence",
    });
  });

  it("watch-listing an employer suspends its verified orders everywhere and emails the agency", async () => {
    const { agency, staff } = await agencyStaff();
    const employerId = await registerEmployer(
      staff,
      { kind: "COMPANY", name: "Shady Cleaning WLL", countryCode: "QA", city: "Doha" },
      ctx,
    );
    const id = await submitJobOrder(staff, order(employerId), { ctx });
    await decideJobOrder(
      await login(await createUser("NEA_OFFICER")),
      id,
      { intent: "verify" },
      opts,
    );
    const code = (await db.jobOrder.findUniqueOrThrow({ where: { id } })).verificationCode!;
    await setWatchList(
      await login(await createUser("NEA_SUPERVISOR")),
      employerId,
      { intent: "watch", reason: "Confiscated passports" },
      ctx,
    );
    expect((await verifyCode(code))?.status).toBe("SUSPENDED");
    expect((await listPublicJobs({})).items.some((j) => j.id === id)).toBe(false);
    expect(
      await db.outboxMessage.count({
        where: { to: agency.email!, template: "employerWatchListed" },
      }),
    ).toBe(1);
    // Withdrawing revokes what the code proves.
    await withdrawJobOrder(staff, id, ctx);
    expect((await verifyCode(code))?.status).toBe("REVOKED");
  });

  it("a rejection needs a reason; two officers deciding at once: one wins", async () => {
    const { staff } = await agencyStaff();
    const employerId = await registerEmployer(
      staff,
      { kind: "COMPANY", name: "Race Co", countryCode: "SA", city: "Jeddah" },
      ctx,
    );
    const id = await submitJobOrder(staff, order(employerId), { ctx });
    const [a, b] = [
      await login(await createUser("NEA_OFFICER")),
      await login(await createUser("NEA_OFFICER")),
    ];
    await expect(decideJobOrder(a, id, { intent: "reject" }, opts)).rejects.toMatchObject({
      key: "licence.error.reason",
    });
    const results = await Promise.allSettled([
      decideJobOrder(a, id, { intent: "verify" }, opts),
      decideJobOrder(b, id, { intent: "reject", reason: "Wage too low" }, opts),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { status: 409 } });
  });

  it("verified orders expire when their recruiting period ends, once, and stop verifying as valid", async () => {
    const { staff } = await agencyStaff();
    const employerId = await registerEmployer(
      staff,
      { kind: "COMPANY", name: "Ending Co", countryCode: "QA", city: "Doha" },
      ctx,
    );
    const id = await submitJobOrder(staff, order(employerId), { ctx });
    await decideJobOrder(
      await login(await createUser("NEA_OFFICER")),
      id,
      { intent: "verify" },
      opts,
    );
    await db.jobOrder.update({ where: { id }, data: { validUntil: new Date(Date.now() - 1000) } });
    const [a, b] = await Promise.all([expireJobOrders(), expireJobOrders()]);
    expect(a + b).toBe(1); // two servers running the job at once expire it once
    const jo = await db.jobOrder.findUniqueOrThrow({ where: { id } });
    expect(jo.status).toBe("EXPIRED");
    expect(await db.auditEvent.count({ where: { entityId: id, action: "jobOrder.expired" } })).toBe(
      1,
    );
    expect((await verifyCode(jo.verificationCode!))?.status).toBe("EXPIRED");
  });

  it("is scoped: another agency gets 404, a worker 403", async () => {
    const { staff } = await agencyStaff();
    const employerId = await registerEmployer(
      staff,
      { kind: "COMPANY", name: "Scoped Co", countryCode: "QA", city: "Doha" },
      ctx,
    );
    const id = await submitJobOrder(staff, order(employerId), { ctx });
    const other = await agencyStaff();
    await expect(requireJobOrderForActor(other.staff, id)).rejects.toMatchObject({ status: 404 });
    await expect(
      requireJobOrderForActor(await login(await createUser("WORKER")), id),
    ).rejects.toMatchObject({ status: 403 });
    await expect(submitJobOrder(other.staff, order(employerId), { ctx })).rejects.toMatchObject({
      key: "jobs.error.employer",
    });
  });
});
