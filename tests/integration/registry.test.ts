// The public registry on a real database: search, the agency page, warnings, links to revoked
// agencies, verification and the JSON API (checked against its own OpenAPI description).
import { beforeAll, describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { db } from "~/utils/db.server";
import {
  getPublicAgency,
  listSanctionedAgencies,
  searchAgencies,
} from "~/domain/agencies/agencies.server";
import { verifyCode } from "~/domain/verify/verify.server";
import { openApiDocument } from "~/domain/api/openapi";
import { createAgency } from "../factories/agencies";

const ajv = new Ajv2020({ strict: false });
ajv.addSchema({ $id: "api", components: openApiDocument.components } as object);
function matches(schema: string, value: unknown) {
  const validate = ajv.getSchema(`api#/components/schemas/${schema}`)!;
  const ok = validate(value);
  if (!ok) throw new Error(JSON.stringify(validate.errors));
  return ok;
}

async function call(
  path: string,
  load: () => Promise<{ loader: (a: never) => unknown }>,
  params: Record<string, string> = {},
) {
  const { loader } = await load();
  const request = new Request(`http://127.0.0.1${path}`, {
    headers: { "x-kazi-client-ip": "10.0.0.1" },
  });
  const res = (await loader({ request, params, context: {} } as never)) as Response;
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
    type: res.headers.get("content-type"),
  };
}

let revoked: Awaited<ReturnType<typeof createAgency>>;
let phoenix: Awaited<ReturnType<typeof createAgency>>;

beforeAll(async () => {
  await createAgency({ name: "Société Émirats Kenya Ltd", countyCode: 1 });
  await createAgency({ name: "Murang'a Placement Agency", countyCode: 21 });
  await createAgency({ name: "Hidden Applicant Ltd", status: "PENDING" });
  revoked = await createAgency({
    name: "Old Desert Manpower Ltd",
    status: "REVOKED",
    phone: "0711 000 111",
    email: "desk@olddesert.test",
    directors: [{ name: "Director One", nationalId: "12345678", phone: "0722 000 222" }],
  });
  await db.licenceAction.create({
    data: {
      agencyId: revoked.id,
      action: "REVOKED",
      reason: "Charged workers fees",
      at: new Date(),
    },
  });
  phoenix = await createAgency({
    name: "New Desert Jobs Ltd",
    directors: [{ name: "Same Person", nationalId: "12345678" }],
  });
  await createAgency({ name: "Shared Phone Ltd", phone: "+254711000111" });
  await createAgency({
    name: "Unrelated Honest Ltd",
    phone: "0733 999 888",
    directors: [{ name: "Someone Else", nationalId: "87654321" }],
  });
  for (let i = 0; i < 45; i++)
    await createAgency({ name: `Bulk Agency ${String(i).padStart(2, "0")}`, countyCode: 30 });
});

describe("agency search", () => {
  it("is case-, accent- and punctuation-insensitive, on name and licence number", async () => {
    expect((await searchAgencies({ q: "societe emirats" })).items.map((a) => a.name)).toEqual([
      "Société Émirats Kenya Ltd",
    ]);
    expect((await searchAgencies({ q: "SOCIÉTÉ" })).items).toHaveLength(1);
    expect((await searchAgencies({ q: "muranga" })).items).toHaveLength(1);
    const licenceNo = (await db.agency.findFirstOrThrow({ where: { name: "New Desert Jobs Ltd" } }))
      .licenceNo!;
    expect((await searchAgencies({ q: licenceNo.toLowerCase() })).items.map((a) => a.name)).toEqual(
      ["New Desert Jobs Ltd"],
    );
  });

  it("matches nothing for a query of punctuation alone", async () => {
    expect((await searchAgencies({ q: "!!/--" })).items).toEqual([]);
  });

  it("leaves out agencies that were never licensed unless asked, and filters by county and status", async () => {
    expect((await searchAgencies({ q: "hidden applicant" })).items).toHaveLength(0);
    expect((await searchAgencies({ q: "hidden applicant", status: "PENDING" })).items).toHaveLength(
      1,
    );
    expect((await searchAgencies({ county: 1 })).items.map((a) => a.name)).toEqual([
      "Société Émirats Kenya Ltd",
    ]);
    expect(
      (await searchAgencies({ q: "desert", status: "REVOKED" })).items.map((a) => a.name),
    ).toEqual(["Old Desert Manpower Ltd"]);
  });

  it("pages with a cursor in name order, without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof searchAgencies>> = await searchAgencies({
        county: 30,
        cursor,
        take: 20,
      });
      seen.push(...page.items.map((a) => a.name));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(
      Array.from({ length: 45 }, (_, i) => `Bulk Agency ${String(i).padStart(2, "0")}`),
    );
  });

  it("has a trigram index that serves substring search (speed itself is measured by the benchmark)", async () => {
    // 10,000 agencies in a rolled-back transaction; sequential scans off so the plan shows whether
    // the index applies to this query at all (at 10,000 short rows PostgreSQL may rightly prefer a scan).
    let plan = "";
    await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`
          INSERT INTO "Agency" (id, name, "searchName", status, "updatedAt")
          SELECT gen_random_uuid(), 'Bench ' || g, 'bench agency ' || md5(g::text), 'ACTIVE', now()
          FROM generate_series(1, 10000) g`);
        await tx.$executeRawUnsafe(`ANALYZE "Agency"`);
        await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
        const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
          `EXPLAIN SELECT id FROM "Agency" WHERE "searchName" LIKE '%desert%' ORDER BY "searchName", id LIMIT 21`,
        );
        plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
        throw new Error("rollback");
      })
      .catch((e: Error) => {
        if (e.message !== "rollback") throw e;
      });
    expect(plan).toContain("Agency_searchName_trgm_idx");
  });
});

describe("agency page", () => {
  it("flags an agency that shares a director or a phone with a revoked one, and not an unrelated one", async () => {
    const page = await getPublicAgency({ id: phoenix.id });
    expect(page?.linkedToRevoked).toBe(true);
    expect(page?.linked).toEqual([
      expect.objectContaining({ id: revoked.id, status: "REVOKED", reasons: ["director"] }),
    ]);
    const sharedPhone = await db.agency.findFirstOrThrow({ where: { name: "Shared Phone Ltd" } });
    expect((await getPublicAgency({ id: sharedPhone.id }))?.linked[0]?.reasons).toEqual(["phone"]);
    const honest = await db.agency.findFirstOrThrow({ where: { name: "Unrelated Honest Ltd" } });
    expect((await getPublicAgency({ id: honest.id }))?.linkedToRevoked).toBe(false);
    // Personal data never leaves: the page carries no national ID.
    expect(JSON.stringify(page)).not.toContain("12345678");
  });

  it("finds every kind of link, to suspended agencies too, with all its reasons, and never the agency itself", async () => {
    const suspended = await createAgency({
      name: "Paused Gulf Links Ltd",
      status: "SUSPENDED",
      phone: "0700 123 456",
      email: "ops@paused.test",
      directors: [{ name: "Paused Director", nationalId: "55554444", phone: "0799 111 222" }],
    });
    // By email alone; by a director's phone alone (as the other's phone, and as its director's).
    const byEmail = await createAgency({ name: "Mail Twin Ltd", email: "OPS@paused.test" });
    const byDirectorPhone = await createAgency({
      name: "Phone Twin Ltd",
      phone: "+254799111222",
      directors: [{ name: "Another", nationalId: "11112222", phone: "0700123456" }],
    });
    // Everything at once: each reason once, in order.
    const all = await createAgency({
      name: "All Twins Ltd",
      email: "ops@paused.test",
      directors: [{ name: "Paused Director", nationalId: "55554444", phone: "0799111222" }],
    });
    const linked = async (id: string) => (await getPublicAgency({ id }))?.linked ?? [];
    expect(await linked(byEmail.id)).toEqual([
      expect.objectContaining({ id: suspended.id, status: "SUSPENDED", reasons: ["email"] }),
    ]);
    expect((await linked(byDirectorPhone.id)).map((l) => l.reasons)).toEqual([["phone"]]);
    expect((await linked(all.id)).map((l) => l.reasons)).toEqual([["director", "phone", "email"]]);
    // A sanctioned agency is not "linked" to itself; the revoked one is linked to nothing else.
    expect((await linked(suspended.id)).map((l) => l.id)).not.toContain(suspended.id);
    expect(await linked(revoked.id)).toEqual([]);
  });

  it("is not found for an agency that was never licensed, or a malformed id", async () => {
    const pending = await db.agency.findFirstOrThrow({ where: { name: "Hidden Applicant Ltd" } });
    expect(await getPublicAgency({ id: pending.id })).toBeNull();
    expect(await getPublicAgency({ id: "not-a-uuid" })).toBeNull();
    expect(await getPublicAgency({ id: "-".repeat(36) })).toBeNull(); // looks like an id, is not one: never reaches PostgreSQL
  });

  it("lists revoked agencies on the warnings page with the reason", async () => {
    const { items } = await listSanctionedAgencies({});
    expect(items.find((a) => a.id === revoked.id)).toMatchObject({
      status: "REVOKED",
      reason: "Charged workers fees",
    });
  });
});

describe("verification", () => {
  it("answers the live status of a licence code", async () => {
    const agency = await createAgency({ name: "Verify Me Ltd" });
    expect(await verifyCode(agency.verificationCode!)).toMatchObject({
      kind: "LICENCE",
      status: "VALID",
      subject: { name: "Verify Me Ltd" },
    });
    await db.agency.update({ where: { id: agency.id }, data: { status: "SUSPENDED" } });
    expect((await verifyCode(agency.verificationCode!))?.status).toBe("SUSPENDED");
    await db.agency.update({
      where: { id: agency.id },
      data: { status: "ACTIVE", validUntil: new Date(Date.now() - 1000) },
    });
    expect((await verifyCode(agency.verificationCode!))?.status).toBe("EXPIRED");
    expect(await verifyCode("1202600018")).toBeNull(); // bad check digit
  });
});

describe("JSON API", () => {
  it("GET /api/v1/agencies returns the documented page shape", async () => {
    const r = await call(
      "/api/v1/agencies?q=desert",
      () => import("~/routes/api.v1.agencies._index"),
    );
    expect(r.status).toBe(200);
    expect(r.type).toContain("application/json");
    matches("AgencyPage", r.body);
    expect((r.body.items as { name: string }[]).map((a) => a.name)).toEqual([
      "New Desert Jobs Ltd",
      "Old Desert Manpower Ltd",
    ]);
  });

  it("answers bad parameters with 400 JSON, never 500", async () => {
    for (const q of ["?status=ALIVE", "?county=99", "?cursor=garbage", `?q=${"x".repeat(101)}`]) {
      const r = await call(`/api/v1/agencies${q}`, () => import("~/routes/api.v1.agencies._index"));
      expect(r.status, q).toBe(400);
      matches("Error", r.body);
    }
  });

  it("GET /api/v1/agencies/:licenceNo works with raw and encoded slashes, 400s for what is not a licence number, and 404s as JSON", async () => {
    const revokedNo = (await db.agency.findUniqueOrThrow({ where: { id: revoked.id } })).licenceNo!;
    const r = await call(
      `/api/v1/agencies/${revokedNo}`,
      () => import("~/routes/api.v1.agencies.$"),
      { "*": revokedNo },
    );
    expect(r.status).toBe(200);
    matches("Agency", r.body);
    expect(r.body).toMatchObject({
      status: "REVOKED",
      history: [{ action: "REVOKED", reason: "Charged workers fees" }],
    });
    const phoenixNo = (await db.agency.findUniqueOrThrow({ where: { id: phoenix.id } })).licenceNo!;
    const enc = encodeURIComponent(phoenixNo);
    const p = await call(`/api/v1/agencies/${enc}`, () => import("~/routes/api.v1.agencies.$"), {
      "*": enc,
    });
    expect(p.body).toMatchObject({ linkedToRevoked: true });
    const odd = await call("/api/v1/agencies/100%25", () => import("~/routes/api.v1.agencies.$"), {
      "*": "100%",
    });
    expect(odd.status).toBe(400);
    matches("Error", odd.body);
    const nul = await call("/api/v1/agencies/a%2500b", () => import("~/routes/api.v1.agencies.$"), {
      "*": "a%00b",
    });
    expect(nul.status).toBe(400);
    const missing = await call(
      "/api/v1/agencies/NEA/PEA/NOPE",
      () => import("~/routes/api.v1.agencies.$"),
      { "*": "NEA/PEA/NOPE" },
    );
    expect(missing.status).toBe(404);
    matches("Error", missing.body);
  });

  it("GET /api/v1/verify/:code returns kind, status and subject; 400 for a malformed code, 404 for an unknown one", async () => {
    const agency = await createAgency({ name: "Api Verify Ltd" });
    const ok = await call(
      `/api/v1/verify/${agency.verificationCode}`,
      () => import("~/routes/api.v1.verify.$code"),
      { code: agency.verificationCode! },
    );
    expect(ok.status).toBe(200);
    matches("Verification", ok.body);
    expect(ok.body).toMatchObject({ kind: "LICENCE", status: "VALID" });
    expect(
      (
        await call("/api/v1/verify/12", () => import("~/routes/api.v1.verify.$code"), {
          code: "12",
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call("/api/v1/verify/1202600019", () => import("~/routes/api.v1.verify.$code"), {
          code: "1202600019",
        })
      ).status,
    ).toBe(404);
  });

  it("serves its OpenAPI description", async () => {
    const r = await call("/api/v1/openapi.json", () => import("~/routes/api.v1.openapi[.]json"));
    expect(r.body).toMatchObject({ openapi: "3.1.0" });
    expect(Object.keys(r.body.paths as object)).toEqual([
      "/api/v1/agencies",
      "/api/v1/agencies/{licenceNo}",
      "/api/v1/compliance-check",
      "/api/v1/recruiters",
      "/api/v1/verify/{code}",
    ]);
  });
});
