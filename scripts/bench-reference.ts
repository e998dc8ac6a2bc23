// The stack-free reference for `npm run bench` (issue 18): plain `node:http` and `pg`, no Remix, no
// Prisma, no React, answering the public look-ups with the same data the app's answers carry, in
// as few hand-written queries as that data needs. It shows what this machine and this database can
// do for each look-up, so the app's numbers are read as a share of it (not only of a no-work route).
//
//   GET /agencies/by-licence/<licence number>   the licence API's data (agency, county, countries,
//                                               decision history, upheld complaints, linked to a
//                                               revoked or suspended agency)
//   GET /agencies/<id>                          the same by id (the agency page's data)
//   GET /verify/<code>                          a departure clearance's answer, after counting the
//                                               caller in the rate-limit bucket as the app does
//   GET /search?q=<text>&county=<n>             the search page's data: the counties (for its
//                                               form), a page of 20 in name order, each flagged if
//                                               linked to a sanctioned agency, and the close names
//                                               ("did you mean") when nothing is found
//
// Started by scripts/bench.ts on BENCH_REFERENCE_PORT with the bench database's URL.
import http from "node:http";
import pg from "pg";

const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 3301);
if (!url) throw new Error("DATABASE_URL is required");
// As many connections as one app server has (DATABASE_POOL_SIZE's default).
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.POOL ?? 10) });

type AgencyRow = {
  id: string;
  licenceNo: string | null;
  name: string;
  status: string;
  validFrom: Date | null;
  validUntil: Date | null;
  town: string | null;
  county: string | null;
  phone: string | null;
  email: string | null;
  countries: string[];
  upheld: number;
  directors: { nationalId: string; phone: string | null }[];
};

const AGENCY = `
  SELECT a.id, a."licenceNo", a.name, a.status, a."validFrom", a."validUntil", a.town, c.name AS county,
         a.phone, a.email,
         ARRAY(SELECT "countryCode" FROM "AgencyCountry" WHERE "agencyId" = a.id ORDER BY "countryCode") AS countries,
         (SELECT count(*)::int FROM "Complaint" WHERE "agencyId" = a.id AND status = 'UPHELD') AS upheld,
         coalesce((SELECT json_agg(json_build_object('nationalId', d."nationalId", 'phone', d.phone))
                     FROM "AgencyDirector" d WHERE d."agencyId" = a.id), '[]') AS directors
    FROM "Agency" a LEFT JOIN "County" c ON c.code = a."countyCode"`;

// The sanctioned agencies sharing a director's ID or phone, or the agency's phone or email, found
// through the same indexes as the app's check (each kind of link on its own index).
const LINKED = `
  SELECT count(*)::int AS n FROM "Agency" s
   WHERE s.status IN ('REVOKED', 'SUSPENDED') AND s.id <> $1
     AND s.id IN (
       SELECT id FROM "Agency" WHERE status IN ('REVOKED', 'SUSPENDED') AND (phone = ANY($2) OR email = ANY($3))
       UNION SELECT "agencyId" FROM "AgencyDirector" WHERE "nationalId" = ANY($4) OR phone = ANY($2))`;

async function agency(where: "licenceNo" | "id", value: string) {
  const a = (await pool.query<AgencyRow>(`${AGENCY} WHERE a."${where}" = $1`, [value])).rows[0];
  if (!a || a.status === "PENDING") return null;
  const phones = [a.phone, ...a.directors.map((d) => d.phone)].filter((p): p is string => !!p);
  const [history, linked] = await Promise.all([
    pool.query<{ action: string; reason: string; at: Date }>(
      `SELECT action, reason, at FROM "LicenceAction" WHERE "agencyId" = $1 ORDER BY at DESC LIMIT 50`,
      [a.id],
    ),
    pool.query<{ n: number }>(LINKED, [
      a.id,
      phones,
      a.email ? [a.email] : [],
      a.directors.map((d) => d.nationalId),
    ]),
  ]);
  return {
    licenceNo: a.licenceNo,
    name: a.name,
    status: a.status,
    validFrom: a.validFrom?.toISOString() ?? null,
    validUntil: a.validUntil?.toISOString() ?? null,
    county: a.county,
    town: a.town,
    countries: a.countries,
    history: history.rows.map((h) => ({ ...h, at: h.at.toISOString() })),
    upheldComplaints: a.upheld,
    linkedToRevoked: linked.rows[0]!.n > 0,
  };
}

const CLEARANCE = `
  SELECT dc.status AS stored, dc."issuedAt", w."firstName", w."lastName", w."passportNo",
         k.status AS "contractStatus", k."countryCode", k."termsHash",
         e.kind AS "employerKind", e.name AS employer, e.city,
         a.id AS "agencyId", a.name AS "agencyName", a."licenceNo", a.status AS "agencyStatus", a."validUntil",
         ARRAY(SELECT "countryCode" FROM "AgencyCountry" WHERE "agencyId" = a.id) AS countries
    FROM "DepartureClearance" dc
    JOIN "Worker" w ON w.id = dc."workerId"
    JOIN "Contract" k ON k.id = dc."contractId"
    JOIN "Employer" e ON e.id = k."employerId"
    JOIN "Agency" a ON a.id = k."agencyId"
   WHERE dc.code = $1`;

async function verify(code: string, source: string) {
  await pool.query(
    `INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") VALUES ($1, 1, now() + interval '10 minutes')
     ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1`,
    [`verify:${source}`],
  );
  const c = (await pool.query(CLEARANCE, [code])).rows[0];
  if (!c) return null;
  const agencyOk =
    c.agencyStatus === "ACTIVE" &&
    (!c.validUntil || c.validUntil > new Date()) &&
    c.countries.includes(c.countryCode);
  return {
    kind: "DEPARTURE_CLEARANCE",
    code,
    status: c.stored === "VALID" && agencyOk ? "VALID" : "INVALID",
    subject: {
      workerInitials: `${c.firstName.slice(0, 1)}. ${c.lastName.slice(0, 1)}.`,
      passportTail: c.passportNo ? c.passportNo.slice(-3) : null,
      country: c.countryCode,
      employer: c.employerKind === "HOUSEHOLD" ? null : c.employer,
      employerCity: c.city,
      agency: { id: c.agencyId, name: c.agencyName, licenceNo: c.licenceNo },
      termsHash: c.termsHash,
      issuedAt: c.issuedAt.toISOString(),
    },
  };
}

const SEARCH = `
  SELECT a.id, a."licenceNo", a.name, a.status, a.town, a."validFrom", a."validUntil", c.name AS county,
         ARRAY(SELECT "countryCode" FROM "AgencyCountry" WHERE "agencyId" = a.id ORDER BY "countryCode") AS countries
    FROM "Agency" a LEFT JOIN "County" c ON c.code = a."countyCode"
   WHERE a.status IN ('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED') AND a."countyCode" = $2
     AND a."searchName" LIKE '%' || $1 || '%'
   ORDER BY a."searchName", a.id LIMIT 21`;

// Which agencies of a page share a director, phone or email with a sanctioned one (one statement).
const PAGE_LINKED = `
  WITH mine AS (
    SELECT a.id, a.phone AS p, a.email AS e, NULL AS n FROM "Agency" a WHERE a.id = ANY($1::uuid[])
    UNION ALL SELECT d."agencyId", d.phone, NULL, d."nationalId" FROM "AgencyDirector" d WHERE d."agencyId" = ANY($1::uuid[]))
  SELECT DISTINCT m.id FROM mine m
   WHERE EXISTS (SELECT 1 FROM "Agency" s WHERE s.status IN ('REVOKED', 'SUSPENDED') AND s.id <> m.id
                   AND (s.phone = m.p OR s.email = m.e))
      OR EXISTS (SELECT 1 FROM "AgencyDirector" d JOIN "Agency" s ON s.id = d."agencyId"
                  WHERE s.status IN ('REVOKED', 'SUSPENDED') AND s.id <> m.id AND (d."nationalId" = m.n OR d.phone = m.p))`;

const CLOSE = `
  SELECT id, name, "licenceNo", status FROM "Agency"
   WHERE status <> 'PENDING' AND ("searchName" LIKE '%' || $1 || '%' OR $1 <% "searchName")
   ORDER BY word_similarity($1, "searchName") DESC, "searchName", id LIMIT 5`;

async function search(q: string, county: number) {
  const key = q
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  const [counties, page] = await Promise.all([
    pool.query(`SELECT code, name FROM "County" ORDER BY code`),
    pool.query(SEARCH, [key, county]),
  ]);
  const items = page.rows.slice(0, 20);
  if (items.length) {
    const linked = await pool.query<{ id: string }>(PAGE_LINKED, [items.map((a) => a.id)]);
    const flagged = new Set(linked.rows.map((r) => r.id));
    return {
      counties: counties.rows.length,
      items: items.map((a) => ({ ...a, linked: flagged.has(a.id) })),
    };
  }
  // Nothing found: the close names, with the app's lower word-similarity threshold.
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)`);
    const near = await client.query(CLOSE, [key]);
    await client.query("COMMIT");
    return { counties: counties.rows.length, items: [], near: near.rows };
  } finally {
    client.release();
  }
}

const server = http.createServer(async (req, res) => {
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  try {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0]!);
    let m: RegExpMatchArray | null;
    if (path === "/ping") return send(200, { ok: true });
    if ((m = path.match(/^\/agencies\/by-licence\/(.+)$/))) {
      const a = await agency("licenceNo", m[1]!);
      return a ? send(200, a) : send(404, { error: "not_found" });
    }
    if ((m = path.match(/^\/agencies\/([0-9a-f-]{36})$/))) {
      const a = await agency("id", m[1]!);
      return a ? send(200, a) : send(404, { error: "not_found" });
    }
    if (path === "/search") {
      const params = new URL(req.url ?? "/", "http://x").searchParams;
      return send(200, await search(params.get("q") ?? "", Number(params.get("county") ?? 0)));
    }
    if ((m = path.match(/^\/verify\/([A-Za-z0-9-]{1,40})$/))) {
      const source = String(req.headers["x-forwarded-for"] ?? req.socket.remoteAddress);
      const v = await verify(m[1]!.replace(/-/g, "").toUpperCase(), source);
      return v ? send(200, v) : send(404, { error: "not_found" });
    }
    send(404, { error: "not_found" });
  } catch (e) {
    console.error(e);
    send(500, { error: "internal" });
  }
});
server.listen(port, "127.0.0.1", () => process.stdout.write(`reference listening on ${port}\n`));
process.on("SIGTERM", () => {
  server.close();
  void pool.end();
});
