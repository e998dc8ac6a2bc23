// npm run bench:data: a large, realistic dataset for the benchmarks, generated inside PostgreSQL
// (INSERT … SELECT over generate_series: no row-by-row ORM calls) from a seeded random generator,
// so every run produces the same data. Into DATABASE_URL, or by default an embedded database of its
// own (.data/bench-pg, port 54359), never the demo database.
//   10,000 agencies in every status · 1,000,000 workers · 300,000 contracts · the registrations with
//   the missions of the signed and arrived ones · 1,000,000 check-ins · 50,000 cases.
// Rerunning replaces the previous bench rows (they are marked, and nothing else is touched).
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "./lib/migrations.ts";
import { root } from "./lib/database.ts";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.ts";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../app/generated/prisma/client.ts";
import { seedReference } from "../prisma/seed.ts";
import { benchSize } from "./lib/bench-size.ts";

const WORKERS = benchSize(process.argv[2] ?? process.env.BENCH_SIZE);
const SIZES = {
  agencies: Number(process.env.BENCH_AGENCIES ?? 10_000),
  workers: Number(process.env.BENCH_WORKERS ?? WORKERS),
  contracts: Number(process.env.BENCH_CONTRACTS ?? Math.round(WORKERS * 0.3)),
  checkIns: Number(process.env.BENCH_CHECKINS ?? WORKERS),
  cases: Number(process.env.BENCH_CASES ?? Math.round(WORKERS * 0.05)),
  employers: 20_000,
};
/** The seed: change it for another, equally reproducible, dataset. */
const SEED = process.env.BENCH_SEED ?? "kazi-salama-bench-1";
export const BENCH_EMBEDDED = {
  dataDir: path.join(root, ".data", "bench-pg"),
  port: 54359,
  database: "kazi_salama",
};

function bar(done: number, total: number, label: string, started: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round((done / total) * 100)}% ${label.padEnd(34)} ${secs}s`,
  );
}

/** Each step is one SQL statement (or a few): the same seed gives the same rows. */
function steps(n: typeof SIZES, fresh: boolean): [string, string][] {
  return [
    // A database of its own starts empty; a shared one keeps everything but the earlier bench rows.
    [
      "removing earlier bench rows",
      fresh
        ? "SELECT 1"
        : `
      DELETE FROM "CaseNote" WHERE "caseId" IN (SELECT id FROM "Case" WHERE reference LIKE 'KS-W-B%');
      DELETE FROM "Case" WHERE reference LIKE 'KS-W-B%';
      DELETE FROM "CheckIn" WHERE "registrationId" IN (SELECT r.id FROM "MissionRegistration" r JOIN "Contract" c ON c.id = r."contractId" WHERE c.reference LIKE 'KS-K-B%');
      DELETE FROM "MissionRegistration" WHERE "contractId" IN (SELECT id FROM "Contract" WHERE reference LIKE 'KS-K-B%');
      DELETE FROM "DepartureClearance" WHERE "contractId" IN (SELECT id FROM "Contract" WHERE reference LIKE 'KS-K-B%');
      DELETE FROM "Contract" WHERE reference LIKE 'KS-K-B%';
      DELETE FROM "JobOrder" WHERE title LIKE 'Bench %';
      DELETE FROM "Employer" WHERE identifier LIKE 'BENCH-%';
      DELETE FROM "Worker" WHERE "nationalId" LIKE '9%' AND "userId" IS NULL AND "lastName" LIKE '% (bench)';
      DELETE FROM "AgencyCountry" WHERE "agencyId" IN (SELECT id FROM "Agency" WHERE "licenceNo" LIKE 'NEA/PEA/B/%' OR (name LIKE '% (bench)'));
      DELETE FROM "Agency" WHERE name LIKE '% (bench)';`,
    ],
    [
      "preparing",
      `
      -- The generated rows are consistent by construction: skip the per-row foreign-key triggers
      -- when allowed (a superuser, as the embedded database's owner is), the usual bulk-load setting.
      DO $$ BEGIN SET session_replication_role = replica; EXCEPTION WHEN insufficient_privilege THEN NULL; END $$;
      SET synchronous_commit = off;
      -- The Luhn check digit of app/domain/verify/code.ts, so generated codes verify like real ones.
      CREATE OR REPLACE FUNCTION pg_temp.luhn(body text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE total int := 0; d int; n int := length(body);
        BEGIN
          FOR p IN 1..n LOOP
            d := ascii(substr(body, p, 1)) - 48;
            IF (n - p) % 2 = 0 THEN d := d * 2; IF d > 9 THEN d := d - 9; END IF; END IF;
            total := total + d;
          END LOOP;
          RETURN body || ((10 - total % 10) % 10)::text;
        END $$;
      -- The seeded generator: a uniform number in [0, 1) from the seed and a key naming the row and the use,
      -- so the same seed gives the same rows whatever plan PostgreSQL picks.
      CREATE OR REPLACE FUNCTION pg_temp.rnd(k text) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
        SELECT ('x' || substr(md5('${SEED}:' || k), 1, 8))::bit(32)::bigint / 4294967296.0 $$;
      CREATE OR REPLACE FUNCTION pg_temp.pick(items text[], k text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT items[1 + floor(pg_temp.rnd(k) * array_length(items, 1))::int] $$;`,
    ],
    [
      `${n.agencies.toLocaleString("en")} agencies`,
      `
      INSERT INTO "Agency" (id, "licenceNo", name, "searchName", "countyCode", town, phone, email, status, "validFrom", "validUntil", "verificationCode", "updatedAt")
      SELECT md5('agency' || i)::uuid,
        CASE WHEN s <> 'PENDING' THEN 'NEA/PEA/B/' || lpad(i::text, 5, '0') END,
        nm || ' (bench)', lower(nm || ' bench ' || CASE WHEN s <> 'PENDING' THEN 'nea pea b ' || lpad(i::text, 5, '0') ELSE '' END),
        1 + floor(pg_temp.rnd('1:' || i) * 47)::int, 'Nairobi', '2547' || lpad((10000000 + i)::text, 8, '0'), 'agency' || i || '@bench.example',
        s::"AgencyStatus",
        CASE WHEN s <> 'PENDING' THEN now() - ((pg_temp.rnd('2:' || i) * 700) * interval '1 day') END,
        CASE WHEN s = 'ACTIVE' THEN now() + ((30 + pg_temp.rnd('3:' || i) * 700) * interval '1 day') WHEN s = 'EXPIRED' THEN now() - ((1 + pg_temp.rnd('4:' || i) * 300) * interval '1 day')
             WHEN s IN ('SUSPENDED', 'REVOKED') THEN now() + ((pg_temp.rnd('5:' || i) * 300) * interval '1 day') END,
        CASE WHEN s <> 'PENDING' THEN pg_temp.luhn('1' || lpad(i::text, 8, '0')) END,
        now()
      FROM (
        SELECT i,
          pg_temp.pick(ARRAY['Jamii','Nyota','Baraka','Upendo','Tumaini','Amani','Faraja','Neema','Imani','Zawadi','Bahati','Heri'], '9:' || i) || ' ' ||
          pg_temp.pick(ARRAY['Recruitment','Manpower','Placement','Employment','Overseas','Careers'], '10:' || i) || ' ' ||
          pg_temp.pick(ARRAY['Ltd','Agency','Services','Consultants'], '11:' || i) || ' ' || i AS nm,
          (ARRAY['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','EXPIRED','EXPIRED','SUSPENDED','REVOKED','PENDING','PENDING'])[1 + floor(pg_temp.rnd('6:' || i) * 12)::int] AS s
        FROM generate_series(1, ${n.agencies}) i) a;
      INSERT INTO "AgencyCountry" ("agencyId", "countryCode")
      SELECT DISTINCT a.id, c FROM "Agency" a, LATERAL (SELECT (ARRAY['SA','QA','AE','KW','OM'])[1 + floor(pg_temp.rnd('7:' || a.id || ':' || g) * 5)::int] AS c FROM generate_series(1, 1 + floor(pg_temp.rnd('8:' || a.id) * 3)::int) g) x
      WHERE a.name LIKE '% (bench)' AND a.status <> 'PENDING';`,
    ],
    [
      `${n.employers.toLocaleString("en")} employers, job orders`,
      `
      CREATE TEMP TABLE bench_agency AS SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Agency" WHERE name LIKE '% (bench)' AND status = 'ACTIVE';
      CREATE UNIQUE INDEX ON bench_agency (rn); ANALYZE bench_agency;
      INSERT INTO "Employer" (id, kind, name, "countryCode", city, identifier, "agencyId", "watchListed", "watchReason")
      SELECT md5('employer' || i)::uuid, k::"EmployerKind",
        CASE WHEN k = 'HOUSEHOLD' THEN 'Household ' || i ELSE pg_temp.pick(ARRAY['Pearl','Oasis','Falcon','Palm','Crescent'], '18:' || i) || ' Services ' || i END || ' (bench)',
        cc, pg_temp.pick(CASE cc WHEN 'SA' THEN ARRAY['Riyadh','Jeddah','Dammam','Mecca'] WHEN 'QA' THEN ARRAY['Doha','Al Rayyan','Al Wakrah'] WHEN 'AE' THEN ARRAY['Dubai','Abu Dhabi','Sharjah'] WHEN 'KW' THEN ARRAY['Kuwait City','Hawalli'] ELSE ARRAY['Muscat','Salalah'] END, '12:' || i),
        'BENCH-' || i, (SELECT id FROM bench_agency WHERE rn = 1 + (i % (SELECT count(*) FROM bench_agency))), pg_temp.rnd('13:' || i) < 0.01, NULL
      FROM (SELECT i, CASE WHEN pg_temp.rnd('14:' || i) < 0.7 THEN 'HOUSEHOLD' ELSE 'COMPANY' END AS k, (ARRAY['SA','SA','SA','QA','AE','AE','KW','OM'])[1 + floor(pg_temp.rnd('15:' || i) * 8)::int] AS cc
            FROM generate_series(1, ${n.employers}) i) e;
      UPDATE "Employer" SET "watchReason" = 'Workers reported unpaid wages (bench)' WHERE "watchListed" AND identifier LIKE 'BENCH-%';
      INSERT INTO "JobOrder" (id, "agencyId", "employerId", "countryCode", "jobCategory", title, positions, "positionsFilled", "offeredWage", currency, "validUntil", status, "verificationCode", "decidedAt")
      SELECT md5('joborder' || e.identifier)::uuid, e."agencyId", e.id, e."countryCode", 'DOMESTIC_WORKER', 'Bench domestic worker', 20, 5, 1200 + floor(pg_temp.rnd('16:' || e.identifier) * 800),
        (CASE e."countryCode" WHEN 'SA' THEN 'SAR' WHEN 'QA' THEN 'QAR' WHEN 'AE' THEN 'AED' WHEN 'KW' THEN 'KWD' ELSE 'OMR' END),
        now() + ((pg_temp.rnd('17:' || e.identifier) * 200) * interval '1 day'), 'VERIFIED', pg_temp.luhn('2' || lpad(substr(e.identifier, 7), 8, '0')), now() - interval '30 days'
      FROM "Employer" e WHERE e.identifier LIKE 'BENCH-%';`,
    ],
    [
      `${n.workers.toLocaleString("en")} workers`,
      `
      INSERT INTO "Worker" (id, "firstName", "lastName", "nationalId", "passportNo", "passportExpiry", "dateOfBirth", sex, "countyCode", phone, languages, "updatedAt")
      SELECT md5('worker' || i)::uuid,
        pg_temp.pick(ARRAY['Achieng','Wanjiku','Akinyi','Njeri','Chebet','Wairimu','Atieno','Nafula','Moraa','Mwende','Halima','Zawadi','Amina','Faith','Grace','Mercy'], '23:' || i),
        pg_temp.pick(ARRAY['Otieno','Kamau','Mwangi','Kiptoo','Wekesa','Ochieng','Mutua','Njoroge','Omondi','Kariuki','Hassan','Barasa'], '24:' || i) || ' (bench)',
        '9' || lpad(i::text, 8, '0'), 'BK' || lpad(i::text, 7, '0'), now() + ((200 + pg_temp.rnd('19:' || i) * 2000) * interval '1 day'),
        date '1975-01-01' + floor(pg_temp.rnd('20:' || i) * 10000)::int, CASE WHEN pg_temp.rnd('21:' || i) < 0.8 THEN 'FEMALE'::"Sex" ELSE 'MALE'::"Sex" END,
        1 + floor(pg_temp.rnd('22:' || i) * 47)::int, '2547' || lpad((20000000 + i)::text, 8, '0'), '{sw,en}', now()
      FROM generate_series(1, ${n.workers}) i;`,
    ],
    [
      `${n.contracts.toLocaleString("en")} contracts`,
      `
      CREATE TEMP TABLE bench_order AS SELECT id, "agencyId", "employerId", "countryCode", currency, row_number() OVER (ORDER BY id) AS rn FROM "JobOrder" WHERE title LIKE 'Bench %';
      CREATE UNIQUE INDEX ON bench_order (rn); ANALYZE bench_order;
      INSERT INTO "Contract" (id, reference, "workerId", "agencyId", "employerId", "jobOrderId", "countryCode", "jobCategory", status, terms, "termsHash", "startDate", "submittedAt", "decidedAt", "signedAt", "verificationCode", "updatedAt")
      SELECT md5('contract' || i)::uuid, 'KS-K-B' || lpad(i::text, 7, '0'), md5('worker' || i)::uuid, o."agencyId", o."employerId", o.id, o."countryCode", 'DOMESTIC_WORKER', s::"ContractStatus",
        jsonb_build_object('monthlyWage', 1200 + (i % 800), 'currency', o.currency, 'dailyHours', 8, 'weeklyRestDays', 1, 'annualLeaveDays', 30, 'durationMonths', 24, 'probationDays', 30,
          'housingProvided', true, 'foodProvided', true, 'passportHeldBy', 'WORKER', 'workerPaidRecruitmentFees', 0, 'costsPaidByWorker', '[]'::jsonb, 'returnTicketPaidBy', 'EMPLOYER',
          'endOfServiceDaysPerYear', 21, 'startDate', to_char(now() - ((i % 600) * interval '1 day'), 'YYYY-MM-DD')),
        CASE WHEN s IN ('APPROVED','SIGNED','ARRIVED') THEN md5('terms' || i) || md5('terms2' || i) END,
        now() - ((i % 600) * interval '1 day'), now() - (((i % 600) + 20) * interval '1 day'),
        CASE WHEN s IN ('APPROVED','SIGNED','ARRIVED','REJECTED') THEN now() - (((i % 600) + 10) * interval '1 day') END,
        CASE WHEN s IN ('SIGNED','ARRIVED') THEN now() - (((i % 600) + 5) * interval '1 day') END,
        CASE WHEN s IN ('APPROVED','SIGNED','ARRIVED') THEN pg_temp.luhn('5' || lpad(i::text, 8, '0')) END,
        now()
      FROM (SELECT i, (ARRAY['SUBMITTED','SUBMITTED','UNDER_REVIEW','RECOMMENDED','APPROVED','APPROVED','SIGNED','SIGNED','SIGNED','SIGNED','ARRIVED','ARRIVED','ARRIVED','ARRIVED','ARRIVED','ARRIVED','ARRIVED','ARRIVED','ARRIVED','REJECTED'])[1 + floor(pg_temp.rnd('25:' || i) * 20)::int] AS s
            FROM generate_series(1, ${n.contracts}) i) c
      JOIN bench_order o ON o.rn = 1 + (c.i % (SELECT count(*) FROM bench_order));`,
    ],
    [
      "clearances and mission registrations",
      `
      CREATE TEMP TABLE bench_mission AS SELECT DISTINCT ON (mc."countryCode") mc."countryCode", mc."missionId"
        FROM "MissionCountry" mc JOIN "Mission" mi ON mi.id = mc."missionId" ORDER BY mc."countryCode", mi."hasLabourAttache" DESC;
      INSERT INTO "DepartureClearance" (id, code, "workerId", "contractId", "issuedAt")
      SELECT md5('clearance' || c.reference)::uuid, pg_temp.luhn('4' || lpad(substr(c.reference, 7)::text, 8, '0')), c."workerId", c.id, c."signedAt"
      FROM "Contract" c WHERE c.reference LIKE 'KS-K-B%' AND c.status IN ('SIGNED','ARRIVED');
      INSERT INTO "MissionRegistration" (id, "workerId", "contractId", "missionId", "employerId", "agencyId", city, status, "addressAbroad", "phoneAbroad", "arrivedAt", "nextCheckInDue", "updatedAt")
      SELECT md5('registration' || c.reference)::uuid, c."workerId", c.id, m."missionId", c."employerId", c."agencyId", e.city,
        CASE WHEN c.status = 'SIGNED' THEN 'PRE_REGISTERED' WHEN pg_temp.rnd('26:' || c.reference) < 0.85 THEN 'ACTIVE' WHEN pg_temp.rnd('27:' || c.reference) < 0.5 THEN 'UNREACHABLE' ELSE 'RETURNED' END::"RegistrationStatus",
        CASE WHEN c.status = 'ARRIVED' THEN 'Villa ' || substr(c.reference, 7) || ', ' || e.city END,
        CASE WHEN c.status = 'ARRIVED' THEN '+9665' || substr(c.reference, 7) END,
        CASE WHEN c.status = 'ARRIVED' THEN c."startDate" END,
        CASE WHEN c.status = 'ARRIVED' THEN now() + ((pg_temp.rnd('28:' || c.reference) * 100 - 12) * interval '1 day') END,
        now()
      FROM "Contract" c JOIN "Employer" e ON e.id = c."employerId" JOIN bench_mission m ON m."countryCode" = c."countryCode"
      WHERE c.reference LIKE 'KS-K-B%' AND c.status IN ('SIGNED','ARRIVED');
      UPDATE "MissionRegistration" SET "nextCheckInDue" = NULL WHERE status = 'RETURNED' AND "contractId" IN (SELECT id FROM "Contract" WHERE reference LIKE 'KS-K-B%');`,
    ],
    [
      `${n.checkIns.toLocaleString("en")} check-ins`,
      `
      CREATE TEMP TABLE bench_reg AS SELECT id, "arrivedAt", "nextCheckInDue", row_number() OVER (ORDER BY id) AS rn FROM "MissionRegistration" WHERE "arrivedAt" IS NOT NULL AND "contractId" IN (SELECT id FROM "Contract" WHERE reference LIKE 'KS-K-B%');
      CREATE UNIQUE INDEX ON bench_reg (rn); ANALYZE bench_reg;
      INSERT INTO "CheckIn" (id, "registrationId", "dueAt", "answeredAt", channel, outcome)
      SELECT md5('checkin' || x.i)::uuid, r.id, r."arrivedAt" + x.days * interval '1 day',
        CASE WHEN x.answered THEN r."arrivedAt" + (x.days + 1) * interval '1 day' END,
        CASE WHEN x.answered THEN (ARRAY['WEB','USSD','USSD','VISIT'])[1 + floor(pg_temp.rnd('30:' || x.i) * 4)::int]::"CheckInChannel" END,
        CASE WHEN x.answered THEN (CASE WHEN pg_temp.rnd('31:' || x.i) < 0.95 THEN 'OK' ELSE 'CONCERN' END)::"CheckInOutcome" END
      FROM (SELECT i, 3 + (i / (SELECT count(*) FROM bench_reg)) * 30 AS days, pg_temp.rnd('29:' || i) < 0.9 AS answered FROM generate_series(0, ${n.checkIns} - 1) i) x
      JOIN bench_reg r ON r.rn = 1 + (x.i % (SELECT count(*) FROM bench_reg));`,
    ],
    [
      `${n.cases.toLocaleString("en")} cases`,
      `
      CREATE TEMP TABLE bench_allreg AS SELECT id, "workerId", "missionId", "employerId", "agencyId", row_number() OVER (ORDER BY id) AS rn
        FROM "MissionRegistration" WHERE "contractId" IN (SELECT id FROM "Contract" WHERE reference LIKE 'KS-K-B%');
      CREATE UNIQUE INDEX ON bench_allreg (rn); ANALYZE bench_allreg;
      INSERT INTO "Case" (id, reference, "workerId", "registrationId", "missionId", "employerId", "agencyId", category, priority, status, "raisedBy", description, "dueAt", "escalatedAt", outcome, "resolvedAt", "createdAt", "updatedAt")
      SELECT md5('case' || i)::uuid, 'KS-W-B' || lpad(i::text, 7, '0'), r."workerId", r.id, r."missionId", r."employerId", r."agencyId", cat::"CaseCategory",
        (CASE WHEN cat IN ('ABUSE','DEATH','DETENTION','TRAFFICKING_SUSPECTED') THEN 'CRITICAL' WHEN cat IN ('PASSPORT_CONFISCATED','UNPAID_WAGES','HEALTH','CANNOT_REACH') THEN 'HIGH' ELSE 'NORMAL' END)::"CasePriority",
        st::"CaseStatus", CASE WHEN cat = 'CANNOT_REACH' THEN 'NEXT_OF_KIN' ELSE 'WORKER' END::"CaseRaisedBy", 'Bench case ' || i,
        created + interval '72 hours', CASE WHEN st = 'OPEN' AND created < now() - interval '72 hours' THEN created + interval '73 hours' END,
        CASE WHEN st = 'RESOLVED' THEN 'Resolved (bench)' END, CASE WHEN st = 'RESOLVED' THEN created + interval '5 days' END, created, now()
      FROM (SELECT i, (ARRAY['UNPAID_WAGES','UNPAID_WAGES','UNPAID_WAGES','PASSPORT_CONFISCATED','PASSPORT_CONFISCATED','ABUSE','OVERWORK','OVERWORK','CONTRACT_SUBSTITUTION','HEALTH','DETENTION','DEATH','TRAFFICKING_SUSPECTED','WANTS_TO_RETURN','WANTS_TO_RETURN','CANNOT_REACH'])[1 + floor(pg_temp.rnd('32:' || i) * 16)::int] AS cat,
              (ARRAY['OPEN','IN_PROGRESS','REFERRED','RESOLVED','RESOLVED','RESOLVED'])[1 + floor(pg_temp.rnd('33:' || i) * 6)::int] AS st,
              now() - ((pg_temp.rnd('34:' || i) * 500) * interval '1 day') AS created
            FROM generate_series(1, ${n.cases}) i) x
      JOIN bench_allreg r ON r.rn = 1 + (i * 7919) % (SELECT count(*) FROM bench_allreg);`,
    ],
    [
      "foreign-key triggers back on",
      `DO $$ BEGIN SET session_replication_role = origin; EXCEPTION WHEN insufficient_privilege THEN NULL; END $$;`,
    ],
    // As a database that has been running a while looks: vacuumed (visibility map set, so index-only
    // scans apply), planner statistics current, and written out. Without this the benchmark that
    // follows competed with autovacuum working through the fresh rows (one statement each: VACUUM
    // cannot run inside the implicit transaction of a multi-statement query).
    ["vacuum and planner statistics", `VACUUM (ANALYZE)`],
    [
      "checkpoint",
      `DO $$ BEGIN EXECUTE 'CHECKPOINT'; EXCEPTION WHEN insufficient_privilege THEN NULL; END $$;`,
    ],
  ];
}

async function generate(url: string, fresh: boolean) {
  await applyMigrations(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    await seedReference(prisma); // countries, missions, rule sets, the training catalogue
  } finally {
    await prisma.$disconnect();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  const all = steps(SIZES, fresh);
  try {
    const timings: string[] = [];
    for (const [i, [label, sql]] of all.entries()) {
      bar(i, all.length, label, started);
      const t0 = Date.now();
      await client.query(sql);
      timings.push(`${label} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    bar(all.length, all.length, "done", started);
    process.stdout.write("\n");
    const { rows } = await client.query<{ t: string; n: string }>(`
      SELECT 'agencies' t, count(*)::text n FROM "Agency" UNION ALL SELECT 'workers', count(*)::text FROM "Worker" UNION ALL
      SELECT 'contracts', count(*)::text FROM "Contract" UNION ALL SELECT 'registrations', count(*)::text FROM "MissionRegistration" UNION ALL
      SELECT 'check-ins', count(*)::text FROM "CheckIn" UNION ALL SELECT 'cases', count(*)::text FROM "Case"`);
    console.info(rows.map((r) => `${r.t}: ${Number(r.n).toLocaleString("en")}`).join(" · "));
    console.info(timings.join(" · "));
    console.info(`Generated in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await client.end();
  }
}

if (process.env.DATABASE_URL) {
  await generate(process.env.DATABASE_URL, false);
} else {
  rmSync(BENCH_EMBEDDED.dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ ...BENCH_EMBEDDED, log: (m) => console.info(m) });
  try {
    await generate(db.url, true);
  } finally {
    await db.stop();
  }
}
