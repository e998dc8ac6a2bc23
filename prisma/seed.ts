// Reference data (always) and demo data (only for the embedded demo database, or `npm run db:seed`).
// Facts carry their source; see ../shared/research/kenya-rules.md §5 and ../shared/data/blma-research.jsonc.
// Every demo agency and person is fictional.
import { createHash } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "../app/generated/prisma/client";
import { recordAudit } from "../app/domain/audit/audit.server";
import { agencySearchName } from "../app/domain/agencies/normalize";
import { luhnCheckDigit } from "../app/domain/verify/code";
import { canonicalJson } from "../app/domain/contracts/contracts.workflow";
import { effectiveFromOf, RULE_SETS, versionOf } from "../app/domain/compliance/rule-sets.data";
import { seedCatalogue } from "../app/domain/training/catalogue.server";
import { checkInDue } from "../app/domain/mission/checkin.rules";
import { formatCaseReference, responseDeadline } from "../app/domain/cases/case.rules";
import { demoTerms, seedDemoFees, seedDemoScorecards } from "./seed-fees";
import { seedDemoRecruiters } from "./seed-recruiters";
import {
  seedDemoReintegration,
  seedDemoScorecardReturns,
  seedDemoWorkerAbroad,
} from "./seed-returns";

export const DEMO_PASSWORD = "KaziSalama-Demo-2026";
/** One TOTP secret for every demo official (base32). Never use outside the demo. */
export const DEMO_TOTP_SECRET = "KAZISALAMADEMOTOTPKEY234567ABCDE";

const COUNTIES = [
  "Mombasa",
  "Kwale",
  "Kilifi",
  "Tana River",
  "Lamu",
  "Taita-Taveta",
  "Garissa",
  "Wajir",
  "Mandera",
  "Marsabit",
  "Isiolo",
  "Meru",
  "Tharaka-Nithi",
  "Embu",
  "Kitui",
  "Machakos",
  "Makueni",
  "Nyandarua",
  "Nyeri",
  "Kirinyaga",
  "Murang'a",
  "Kiambu",
  "Turkana",
  "West Pokot",
  "Samburu",
  "Trans Nzoia",
  "Uasin Gishu",
  "Elgeyo-Marakwet",
  "Nandi",
  "Baringo",
  "Laikipia",
  "Nakuru",
  "Narok",
  "Kajiado",
  "Kericho",
  "Bomet",
  "Kakamega",
  "Vihiga",
  "Bungoma",
  "Busia",
  "Siaya",
  "Kisumu",
  "Homa Bay",
  "Migori",
  "Kisii",
  "Nyamira",
  "Nairobi",
];

const COUNTRIES = [
  {
    code: "SA",
    nameEn: "Saudi Arabia",
    nameSw: "Saudi Arabia",
    currency: "SAR",
    blmaSigned: true,
    blmaNote: "Bilateral labour agreement on domestic workers, 2017",
    blmaSource: "blma-research.jsonc [solid]",
    timeZone: "Asia/Riyadh",
  },
  {
    code: "AE",
    nameEn: "United Arab Emirates",
    nameSw: "Falme za Kiarabu",
    currency: "AED",
    blmaSigned: true,
    blmaNote: "Labour cooperation agreement, 2018",
    blmaSource: "blma-research.jsonc [likely]",
    timeZone: "Asia/Dubai",
  },
  {
    code: "QA",
    nameEn: "Qatar",
    nameSw: "Qatar",
    currency: "QAR",
    blmaSigned: true,
    blmaNote: "Bilateral labour agreement, 2012",
    blmaSource: "blma-research.jsonc [solid]",
    timeZone: "Asia/Qatar",
  },
  {
    code: "KW",
    nameEn: "Kuwait",
    nameSw: "Kuwait",
    currency: "KWD",
    blmaSigned: false,
    blmaNote: "No agreement signed (draft 2022)",
    blmaSource: "blma-research.jsonc [solid]",
    timeZone: "Asia/Kuwait",
  },
  {
    code: "OM",
    nameEn: "Oman",
    nameSw: "Oman",
    currency: "OMR",
    blmaSigned: false,
    blmaNote: "Negotiated, not signed (April 2024)",
    blmaSource: "blma-research.jsonc [solid]",
    timeZone: "Asia/Muscat",
  },
  {
    code: "BH",
    nameEn: "Bahrain",
    nameSw: "Bahrain",
    currency: "BHD",
    blmaSigned: false,
    blmaNote: "Draft, not signed (April 2024)",
    blmaSource: "blma-research.jsonc [likely]",
    timeZone: "Asia/Bahrain",
  },
  {
    code: "JO",
    nameEn: "Jordan",
    nameSw: "Jordan",
    currency: "JOD",
    blmaSigned: false,
    blmaNote: "Draft, not signed",
    blmaSource: "blma-research.jsonc [likely]",
    timeZone: "Asia/Amman",
  },
  {
    code: "LB",
    nameEn: "Lebanon",
    nameSw: "Lebanon",
    currency: "USD", // migrant domestic workers' wages in Lebanon are set in US dollars (rule set)
    blmaSigned: false,
    blmaNote: "Initiated 2017, none signed",
    blmaSource: "blma-research.jsonc [unsure]",
    timeZone: "Asia/Beirut",
  },
];

export const MISSIONS = [
  {
    slug: "riyadh",
    name: "Embassy of Kenya, Riyadh",
    kind: "EMBASSY",
    city: "Riyadh",
    countryCode: "SA",
    countries: ["SA"],
    phone: "+966 11 488 1238",
    email: "riyadh@mfa.go.ke",
    address: "P.O. Box 94358, Riyadh 11693",
    hasLabourAttache: true,
    timeZone: "Asia/Riyadh",
    source:
      "migrant.nea.go.ke/node/137; kbc.co.ke 2024-02-03. Office solid; phone likely (no official page since 2024 confirms it). Checked 2026-11-30.",
  },
  {
    slug: "jeddah",
    name: "Consulate-General of Kenya, Jeddah",
    kind: "CONSULATE",
    city: "Jeddah",
    countryCode: "SA",
    countries: [],
    emergencyPhone: "8001000352",
    hasLabourAttache: false,
    timeZone: "Asia/Riyadh",
    source:
      "kenyans.co.ke/119833 (24-hour toll-free line, January 2026); the-star.co.ke. Solid. Checked 2026-11-30.",
  },
  {
    slug: "doha",
    name: "Embassy of Kenya, Doha",
    kind: "EMBASSY",
    city: "Doha",
    countryCode: "QA",
    countries: ["QA"],
    phone: "+974 4493 1870",
    email: "information@kenyaembassydoha.com",
    address: "West Bay, Zone 66, Street 840, House 131",
    hasLabourAttache: true,
    timeZone: "Asia/Qatar",
    source: "migrant.nea.go.ke/qatar; kbc.co.ke 2024. Likely. Checked 2026-11-30.",
  },
  {
    slug: "abu-dhabi",
    name: "Embassy of Kenya, Abu Dhabi",
    kind: "EMBASSY",
    city: "Abu Dhabi",
    countryCode: "AE",
    countries: ["AE"],
    hasLabourAttache: true,
    timeZone: "Asia/Dubai",
    source:
      "kenyans.co.ke/100006; kbc.co.ke 2024 (the office). No phone number confirmed by a public source. Checked 2026-11-30.",
  },
  {
    slug: "dubai",
    name: "Consulate-General of Kenya, Dubai",
    kind: "CONSULATE",
    city: "Dubai",
    countryCode: "AE",
    countries: [],
    hasLabourAttache: false,
    timeZone: "Asia/Dubai",
    source:
      "kenyans.co.ke/100006; diasporamessenger.com 2014-04 (the office and its passport desk). No phone number confirmed by a public source. Checked 2026-11-30.",
  },
  {
    slug: "kuwait",
    name: "Embassy of Kenya, Kuwait",
    kind: "EMBASSY",
    city: "Kuwait City",
    countryCode: "KW",
    countries: ["KW", "BH", "LB"],
    hasLabourAttache: false,
    timeZone: "Asia/Kuwait",
    source:
      "timeskuwait.com 2023-11 (the office, also accredited to Bahrain and Lebanon). No phone number confirmed by a public source. Checked 2026-11-30.",
  },
  {
    slug: "muscat",
    name: "Embassy of Kenya, Muscat",
    kind: "EMBASSY",
    city: "Muscat",
    countryCode: "OM",
    countries: ["OM"],
    hasLabourAttache: false,
    timeZone: "Asia/Muscat",
    source:
      "livenowafrica.com 2025 (Kenyans sheltered at the mission). Unsure. No phone number confirmed by a public source. Checked 2026-11-30.",
  },
] as const;

/** Idempotent: safe to run on every start. */
export async function seedReference(db: PrismaClient) {
  for (const [i, name] of COUNTIES.entries()) {
    await db.county.upsert({
      where: { code: i + 1 },
      create: { code: i + 1, name },
      update: { name },
    });
  }
  for (const c of COUNTRIES) {
    await db.country.upsert({ where: { code: c.code }, create: c, update: c });
  }
  for (const m of MISSIONS) {
    const { countries, ...data } = m;
    const mission = await db.mission.upsert({
      where: { slug: m.slug },
      create: data,
      update: data,
    });
    for (const code of countries) {
      await db.missionCountry.upsert({
        where: { missionId_countryCode: { missionId: mission.id, countryCode: code } },
        create: { missionId: mission.id, countryCode: code },
        update: {},
      });
    }
  }
  // BLMA rule sets, each from the day its source took effect (later versions are published by NEA
  // officials in the app, proposed by one and confirmed by another).
  for (const set of RULE_SETS) {
    const version = versionOf(set);
    if (
      await db.blmaRuleSet.findFirst({
        where: { countryCode: set.country, jobCategory: set.jobCategory, version },
        select: { id: true },
      })
    )
      continue;
    await db.blmaRuleSet.create({
      data: {
        countryCode: set.country,
        jobCategory: set.jobCategory,
        version,
        effectiveFrom: effectiveFromOf(set),
        note: `${set.note}. In force from ${set.from}: ${set.fromSource}`,
        rules: set.rules,
      },
    });
  }
  // The pre-departure training catalogue, version 1 of each module.
  await seedCatalogue(db);
}

export const DEMO_USERS = [
  { email: "admin@demo.kazisalama.ke", name: "Amina Wanjiru (demo admin)", role: "ADMIN" },
  // A second admin: officials' accounts and resets of their second factor need two admins.
  { email: "admin2@demo.kazisalama.ke", name: "Joseph Mwangi (second demo admin)", role: "ADMIN" },
  {
    email: "officer@demo.kazisalama.ke",
    name: "Brian Otieno (demo NEA officer)",
    role: "NEA_OFFICER",
  },
  {
    email: "supervisor@demo.kazisalama.ke",
    name: "Catherine Mutua (demo NEA supervisor)",
    role: "NEA_SUPERVISOR",
  },
  {
    email: "attache.riyadh@demo.kazisalama.ke",
    name: "Daniel Kiprop (demo attaché, Riyadh)",
    role: "LABOUR_ATTACHE",
    mission: "riyadh",
  },
  {
    email: "attache.doha@demo.kazisalama.ke",
    name: "Esther Njeri (demo attaché, Doha)",
    role: "LABOUR_ATTACHE",
    mission: "doha",
  },
  {
    email: "agency@demo.kazisalama.ke",
    name: "Faith Achieng (demo agency admin)",
    role: "AGENCY_ADMIN",
    agency: true,
  },
  {
    email: "agency.staff@demo.kazisalama.ke",
    name: "George Kamau (demo agency staff)",
    role: "AGENCY_STAFF",
    agency: true,
  },
  {
    email: "applicant@demo.kazisalama.ke",
    name: "Joseph Mwangi (demo applicant agency)",
    role: "AGENCY_ADMIN",
    applicant: true,
  },
  {
    email: "training@demo.kazisalama.ke",
    name: "Halima Hassan (demo training institution)",
    role: "TRAINING_PROVIDER",
    provider: true,
  },
  { email: "worker@demo.kazisalama.ke", name: "Irene Chebet", role: "WORKER" },
] as const;

const OFFICIALS = new Set(["ADMIN", "NEA_OFFICER", "NEA_SUPERVISOR", "LABOUR_ATTACHE"]);

/** Demo accounts and one fictional agency. Skips anything that already exists. */
export async function seedDemo(db: PrismaClient) {
  const passwordHash = await hash(DEMO_PASSWORD, {
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  const agency = await seedDemoRegistry(db);
  // A company that has registered but holds no licence yet: its admin can try the whole licence path.
  const applicant =
    (await db.agency.findFirst({
      where: { name: "Nyota Njema Recruitment Ltd" },
      select: { id: true },
    })) ??
    (await db.agency.create({
      data: {
        name: "Nyota Njema Recruitment Ltd",
        searchName: agencySearchName("Nyota Njema Recruitment Ltd", null),
        status: "PENDING",
        countyCode: 47,
        town: "Nairobi",
        email: "hello@nyotanjema.demo",
      },
      select: { id: true },
    }));
  await seedDemoJobOrders(db, agency.id);
  const provider = await db.trainingProvider.upsert({
    where: { accreditationNo: "NITA/DEMO/001" },
    create: {
      name: "Demo Homecare Training Institute (fictional)",
      accreditationNo: "NITA/DEMO/001",
      countyCode: 47,
    },
    update: {},
  });
  const missions = Object.fromEntries(
    (await db.mission.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]),
  );
  for (const u of DEMO_USERS) {
    const official = OFFICIALS.has(u.role);
    const user = await db.user.upsert({
      where: { email: u.email },
      create: {
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash,
        emailVerifiedAt: new Date(),
        agencyId: "agency" in u ? agency.id : "applicant" in u ? applicant.id : null,
        missionId: "mission" in u ? missions[u.mission] : null,
        trainingProviderId: "provider" in u ? provider.id : null,
        totpSecret: official ? DEMO_TOTP_SECRET : null,
        totpEnabledAt: official ? new Date() : null,
      },
      update: {},
    });
    if (u.role === "WORKER") {
      await db.worker.upsert({
        where: { userId: user.id },
        create: {
          userId: user.id,
          firstName: "Irene",
          lastName: "Chebet",
          email: u.email,
          countyCode: 32,
          languages: ["sw", "en"],
        },
        update: {},
      });
    }
  }
  await seedDemoContracts(db, agency.id);
  await seedDemoMission(db, agency.id);
  await seedDemoWorkerAbroad(db, passwordHash);
  await seedDemoFees(db, agency.id);
  await seedDemoScorecards(db);
  await seedDemoRecruiters(db, agency.id);
  await seedDemoReintegration(db);
  await seedDemoScorecardReturns(db);
  // The demo worker finished the in-person course, so she can earn her Qatar certificate online.
  const irene = await db.worker.findFirst({
    where: { email: "worker@demo.kazisalama.ke" },
    select: { id: true },
  });
  const trainer = await db.user.findUnique({
    where: { email: "training@demo.kazisalama.ke" },
    select: { id: true },
  });
  if (
    irene &&
    trainer &&
    !(await db.inPersonCompletion.findFirst({ where: { workerId: irene.id } }))
  ) {
    await db.inPersonCompletion.create({
      data: {
        providerId: provider.id,
        workerId: irene.id,
        course: "Homecare and pre-departure (14 days)",
        attendanceDays: 14,
        score: 78,
        completedAt: new Date(Date.now() - 10 * DAY),
        recordedById: trainer.id,
      },
    });
  }
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: null,
      action: "seed.loaded",
      entityType: "System",
      summary: { users: DEMO_USERS.length },
    }),
  );
}

const DAY = 24 * 3600_000;

/** A fixed, valid licence code for the demo agency (kind digit 1, Luhn check digit). */
export const DEMO_LICENCE_CODE = `120260001${luhnCheckDigit("120260001")}`;

type DemoAgency = {
  licenceNo: string;
  name: string;
  countyCode: number;
  town: string;
  phone: string;
  email: string;
  status: "ACTIVE" | "SUSPENDED" | "REVOKED" | "EXPIRED";
  countries: string[];
  directors: { name: string; nationalId: string; phone: string }[];
  code?: string;
  history: {
    action: "GRANTED" | "RENEWED" | "SUSPENDED" | "REVOKED" | "EXPIRED";
    daysAgo: number;
    reason: string;
    hearingInDays?: number;
  }[];
  validFromDaysAgo: number;
  validForDays: number;
};

// Fictional agencies showing each status, and one "phoenix": Sahara Gulf Jobs shares a director
// with the revoked Sahara Gulf Manpower. Phones are in the 254700000xxx demo range.
const DEMO_AGENCIES: DemoAgency[] = [
  {
    licenceNo: "NEA/PEA/DEMO/001",
    name: "Jamii Bora Demo Recruitment Ltd",
    countyCode: 47,
    town: "Nairobi",
    phone: "254700000001",
    email: "info@jamiibora.demo",
    status: "ACTIVE",
    countries: ["SA", "QA", "AE"],
    code: DEMO_LICENCE_CODE,
    directors: [
      { name: "Peter Mwangi (fictional)", nationalId: "90000001", phone: "254700000101" },
    ],
    history: [{ action: "GRANTED", daysAgo: 90, reason: "Meets LN 110/2016 requirements" }],
    validFromDaysAgo: 90,
    validForDays: 275,
  },
  {
    licenceNo: "NEA/PEA/DEMO/002",
    name: "Pwani Overseas Placements Ltd",
    countyCode: 1,
    town: "Mombasa",
    phone: "254700000002",
    email: "office@pwani.demo",
    status: "ACTIVE",
    countries: ["SA", "OM"],
    directors: [
      { name: "Mwanaisha Salim (fictional)", nationalId: "90000002", phone: "254700000102" },
    ],
    history: [
      { action: "GRANTED", daysAgo: 500, reason: "Meets LN 110/2016 requirements" },
      { action: "RENEWED", daysAgo: 135, reason: "Renewal for two years" },
    ],
    validFromDaysAgo: 135,
    validForDays: 595,
  },
  {
    licenceNo: "NEA/PEA/DEMO/003",
    name: "Sahara Gulf Manpower Ltd",
    countyCode: 47,
    town: "Nairobi",
    phone: "254700000003",
    email: "jobs@saharagulf.demo",
    status: "REVOKED",
    countries: ["SA", "KW"],
    directors: [{ name: "Hassan Abdi (fictional)", nationalId: "90000003", phone: "254700000103" }],
    history: [
      { action: "GRANTED", daysAgo: 700, reason: "Meets LN 110/2016 requirements" },
      {
        action: "SUSPENDED",
        daysAgo: 200,
        reason: "Charged workers recruitment fees, found on inspection",
        hearingInDays: 14,
      },
      {
        action: "REVOKED",
        daysAgo: 160,
        reason: "Recruitment fees charged to workers and passports withheld; hearing held",
      },
    ],
    validFromDaysAgo: 700,
    validForDays: 365,
  },
  {
    licenceNo: "NEA/PEA/DEMO/004",
    name: "Sahara Gulf Jobs Ltd",
    countyCode: 22,
    town: "Thika",
    phone: "254700000004",
    email: "hello@saharajobs.demo",
    status: "ACTIVE",
    countries: ["SA"],
    directors: [{ name: "Hassan Abdi (fictional)", nationalId: "90000003", phone: "254700000104" }],
    history: [{ action: "GRANTED", daysAgo: 60, reason: "Meets LN 110/2016 requirements" }],
    validFromDaysAgo: 60,
    validForDays: 305,
  },
  {
    licenceNo: "NEA/PEA/DEMO/005",
    name: "Kilele Careers Agency Ltd",
    countyCode: 42,
    town: "Kisumu",
    phone: "254700000005",
    email: "info@kilele.demo",
    status: "SUSPENDED",
    countries: ["QA", "AE"],
    directors: [{ name: "Otieno Ouma (fictional)", nationalId: "90000005", phone: "254700000105" }],
    history: [
      { action: "GRANTED", daysAgo: 300, reason: "Meets LN 110/2016 requirements" },
      {
        action: "SUSPENDED",
        daysAgo: 10,
        reason: "Contracts substituted on arrival in Doha; hearing scheduled",
        hearingInDays: 11,
      },
    ],
    validFromDaysAgo: 300,
    validForDays: 365,
  },
  {
    licenceNo: "NEA/PEA/DEMO/006",
    name: "Ziwa Employment Bureau Ltd",
    countyCode: 32,
    town: "Nakuru",
    phone: "254700000006",
    email: "ziwa@ziwa.demo",
    status: "EXPIRED",
    countries: ["AE"],
    directors: [
      { name: "Wanjiru Kariuki (fictional)", nationalId: "90000006", phone: "254700000106" },
    ],
    history: [
      { action: "GRANTED", daysAgo: 400, reason: "Meets LN 110/2016 requirements" },
      { action: "EXPIRED", daysAgo: 35, reason: "Validity ended without renewal" },
    ],
    validFromDaysAgo: 400,
    validForDays: 365,
  },
];

/** Fictional agencies in every status, their licence history and one watch-listed employer. */
async function seedDemoRegistry(db: PrismaClient) {
  const now = Date.now();
  let first: { id: string } | null = null;
  for (const [i, a] of DEMO_AGENCIES.entries()) {
    const existing = await db.agency.findUnique({
      where: { licenceNo: a.licenceNo },
      select: { id: true },
    });
    if (existing) {
      first ??= existing;
      continue;
    }
    const validFrom = new Date(now - a.validFromDaysAgo * DAY);
    const created = await db.agency.create({
      data: {
        licenceNo: a.licenceNo,
        name: a.name,
        searchName: agencySearchName(a.name, a.licenceNo),
        companyRegNo: `PVT-DEMO-${String(i + 1).padStart(4, "0")}`,
        kraPin: `P05100000${i}X`,
        countyCode: a.countyCode,
        town: a.town,
        address: `Demo House ${i + 1}, ${a.town} (fictional)`,
        phone: a.phone,
        email: a.email,
        status: a.status,
        validFrom,
        validUntil: new Date(validFrom.getTime() + a.validForDays * DAY),
        bondReference: `BOND-DEMO-${i + 1}`,
        bondAmountKes: 1_500_000,
        bondIssuer: "Demo Bank of Kenya (fictional)",
        verificationCode: a.code ?? `12026000${i + 1}${luhnCheckDigit(`12026000${i + 1}`)}`,
        countries: { create: a.countries.map((countryCode) => ({ countryCode })) },
        directors: { create: a.directors },
        actions: {
          create: a.history.map((h) => ({
            action: h.action,
            reason: h.reason,
            at: new Date(now - h.daysAgo * DAY),
            noticeDate: h.hearingInDays ? new Date(now - h.daysAgo * DAY) : null,
            hearingDate: h.hearingInDays
              ? new Date(now - (h.daysAgo - h.hearingInDays) * DAY)
              : null,
          })),
        },
      },
      select: { id: true },
    });
    first ??= created;
  }
  if (
    !(await db.employer.findFirst({
      where: { watchListed: true, name: "Al-Demo Household (fictional)" },
    }))
  ) {
    await db.employer.create({
      data: {
        kind: "HOUSEHOLD",
        name: "Al-Demo Household (fictional)",
        countryCode: "SA",
        city: "Riyadh",
        watchListed: true,
        watchReason: "Two workers reported unpaid wages and a withheld passport",
        watchListedAt: new Date(now - 20 * DAY),
      },
    });
  }
  return first!;
}

/** A fixed, valid code for the demo's verified job order (kind digit 2). */
export const DEMO_JOB_ORDER_CODE = `220260001${luhnCheckDigit("220260001")}`;

/** Two fictional employers of the demo agency, a verified job order and one waiting for NEA. */
async function seedDemoJobOrders(db: PrismaClient, agencyId: string) {
  if (await db.employer.findFirst({ where: { agencyId } })) return;
  const household = await db.employer.create({
    data: {
      agencyId,
      kind: "HOUSEHOLD",
      name: "Al-Mansouri Household (fictional)",
      countryCode: "QA",
      city: "Doha",
      identifier: "QA-DEMO-0001",
    },
  });
  const hotel = await db.employer.create({
    data: {
      agencyId,
      kind: "COMPANY",
      name: "Pearl Demo Hotels WLL (fictional)",
      countryCode: "AE",
      city: "Dubai",
      identifier: "AE-DEMO-CR-77",
    },
  });
  const in6Months = new Date(Date.now() + 180 * DAY);
  await db.jobOrder.create({
    data: {
      agencyId,
      employerId: household.id,
      countryCode: "QA",
      jobCategory: "DOMESTIC_WORKER",
      title: "Housekeeper and cook",
      positions: 12,
      offeredWage: 1500,
      currency: "QAR",
      validUntil: in6Months,
      status: "VERIFIED",
      verificationCode: DEMO_JOB_ORDER_CODE,
      decidedAt: new Date(Date.now() - 5 * DAY),
      decisionReason: null,
    },
  });
  await db.jobOrder.create({
    data: {
      agencyId,
      employerId: hotel.id,
      countryCode: "AE",
      jobCategory: "HOSPITALITY",
      title: "Room attendant",
      positions: 10,
      offeredWage: 1800,
      currency: "AED",
      validUntil: in6Months,
      status: "SUBMITTED",
    },
  });
}

/** The demo worker's contract, approved and waiting for her acceptance, and one waiting for NEA. */
async function seedDemoContracts(db: PrismaClient, agencyId: string) {
  if (await db.contract.findFirst({ where: { agencyId } })) return;
  const jo = await db.jobOrder.findFirst({ where: { agencyId, status: "VERIFIED" } });
  const irene = await db.worker.findFirst({ where: { email: "worker@demo.kazisalama.ke" } });
  if (!jo || !irene) return;
  await db.worker.update({
    where: { id: irene.id },
    data: {
      nationalId: irene.nationalId ?? "31000001",
      dateOfBirth: irene.dateOfBirth ?? new Date("1997-04-12T00:00:00Z"),
    },
  });
  const other = await db.worker.create({
    data: {
      firstName: "Mercy",
      lastName: "Wambui (fictional)",
      nationalId: "31000002",
      dateOfBirth: new Date("1994-09-30T00:00:00Z"),
      phone: "254711000002", // her own mobile: the code that lets her claim this record goes there
    },
  });
  const start = new Date(Date.now() + 45 * DAY).toISOString().slice(0, 10);
  const terms = {
    monthlyWage: 1500,
    currency: "QAR",
    dailyHours: 9,
    weeklyRestDays: 1,
    annualLeaveDays: 21,
    durationMonths: 24,
    probationDays: 30,
    housingProvided: true,
    foodProvided: true,
    passportHeldBy: "WORKER",
    workerPaidRecruitmentFees: 0,
    costsPaidByWorker: [],
    returnTicketPaidBy: "EMPLOYER",
    endOfServiceDaysPerYear: 21,
    startDate: start,
  };
  const ruleSet = await db.blmaRuleSet.findFirst({
    where: { countryCode: "QA", jobCategory: "DOMESTIC_WORKER" },
    orderBy: { version: "desc" },
  });
  const common = {
    agencyId,
    employerId: jo.employerId,
    jobOrderId: jo.id,
    countryCode: "QA",
    jobCategory: "DOMESTIC_WORKER" as const,
    terms,
    findings: [],
    ruleSetId: ruleSet?.id,
    startDate: new Date(`${start}T00:00:00Z`),
  };
  await db.contract.create({
    data: {
      ...common,
      reference: "KS-K-DEMO-000001",
      workerId: irene.id,
      status: "APPROVED",
      submittedAt: new Date(Date.now() - 6 * DAY),
      decidedAt: new Date(Date.now() - DAY),
      termsHash: createHash("sha256").update(canonicalJson(terms)).digest("hex"),
      verificationCode: `520260001${luhnCheckDigit("520260001")}`,
      events: {
        create: [
          { action: "create", toStatus: "DRAFT" },
          { action: "submit", fromStatus: "DRAFT", toStatus: "SUBMITTED" },
          {
            action: "approve",
            fromStatus: "RECOMMENDED",
            toStatus: "APPROVED",
            reason: "Meets the Qatar rules",
          },
        ],
      },
    },
  });
  await db.contract.create({
    data: {
      ...common,
      reference: "KS-K-DEMO-000002",
      workerId: other.id,
      status: "SUBMITTED",
      submittedAt: new Date(Date.now() - 4 * DAY),
      events: { create: [{ action: "submit", toStatus: "SUBMITTED" }] },
    },
  });
  // One fictional contract in each remaining status, so every queue and filter has something to show.
  const more: {
    status: "DRAFT" | "UNDER_REVIEW" | "CHANGES_REQUESTED" | "RECOMMENDED" | "REJECTED" | "SIGNED";
    days: number;
    name: string;
  }[] = [
    { status: "DRAFT", days: 0, name: "Joy Akinyi" },
    { status: "UNDER_REVIEW", days: 9, name: "Lucy Chepkoech" },
    { status: "CHANGES_REQUESTED", days: 12, name: "Ann Nduta" },
    { status: "RECOMMENDED", days: 3, name: "Rose Muthoni" },
    { status: "REJECTED", days: 20, name: "Faith Adhiambo" },
    { status: "SIGNED", days: 30, name: "Grace Kerubo" },
  ];
  for (const [i, m] of more.entries()) {
    const [first, last] = m.name.split(" ");
    const w = await db.worker.create({
      data: {
        firstName: first!,
        lastName: `${last} (fictional)`,
        nationalId: `3100001${i}`,
        dateOfBirth: new Date("1993-03-03T00:00:00Z"),
        phone: `25471100001${i}`,
      },
    });
    const signed = m.status === "SIGNED";
    await db.contract.create({
      data: {
        ...common,
        reference: `KS-K-DEMO-00001${i}`,
        workerId: w.id,
        status: m.status,
        submittedAt: m.status === "DRAFT" ? null : new Date(Date.now() - m.days * DAY),
        decidedAt:
          signed || m.status === "REJECTED" ? new Date(Date.now() - (m.days - 2) * DAY) : null,
        signedAt: signed ? new Date(Date.now() - (m.days - 3) * DAY) : null,
        termsHash: signed ? createHash("sha256").update(canonicalJson(terms)).digest("hex") : null,
        events: {
          create: [
            { action: "create", toStatus: "DRAFT" },
            ...(m.status === "DRAFT"
              ? []
              : [{ action: "demo", fromStatus: "DRAFT" as const, toStatus: m.status }]),
          ],
        },
      },
    });
  }
  await db.jobOrder.update({ where: { id: jo.id }, data: { positionsFilled: 3 } });
}

/**
 * Fictional workers already abroad, so each demo attaché's console has something to show: in Riyadh
 * one active worker with an open case, one whose first check-in is overdue and one on the way; in
 * Doha one active worker.
 */
async function seedDemoMission(db: PrismaClient, agencyId: string) {
  if (await db.missionRegistration.findFirst({ select: { id: true } })) return;
  const missions = Object.fromEntries(
    (await db.mission.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]),
  );
  const saEmployer = await db.employer.create({
    data: {
      agencyId,
      kind: "HOUSEHOLD",
      name: "Al-Rashid Household (fictional)",
      countryCode: "SA",
      city: "Riyadh",
      identifier: "SA-DEMO-0002",
    },
  });
  const saOrder = await db.jobOrder.create({
    data: {
      agencyId,
      employerId: saEmployer.id,
      countryCode: "SA",
      jobCategory: "DOMESTIC_WORKER",
      title: "Domestic worker",
      positions: 5,
      positionsFilled: 3,
      offeredWage: 1500,
      currency: "SAR",
      validUntil: new Date(Date.now() + 120 * DAY),
      status: "VERIFIED",
      decidedAt: new Date(Date.now() - 90 * DAY),
    },
  });
  const qaOrder = await db.jobOrder.findFirstOrThrow({
    where: { agencyId, countryCode: "QA", status: "VERIFIED" },
  });
  const people = [
    {
      first: "Beatrice",
      last: "Wairimu (fictional)",
      id: "31000101",
      country: "SA",
      mission: "riyadh",
      arrivedDaysAgo: 95,
      status: "ACTIVE" as const,
      answered: 3,
      phone: "+966500000101",
    },
    {
      first: "Caroline",
      last: "Auma (fictional)",
      id: "31000102",
      country: "SA",
      mission: "riyadh",
      arrivedDaysAgo: 10,
      status: "ARRIVED" as const,
      answered: 0,
      phone: "+966500000102",
    },
    {
      first: "Dorcas",
      last: "Moraa (fictional)",
      id: "31000103",
      country: "SA",
      mission: "riyadh",
      arrivedDaysAgo: null,
      status: "PRE_REGISTERED" as const,
      answered: 0,
      phone: null,
    },
    {
      first: "Esther",
      last: "Naliaka (fictional)",
      id: "31000104",
      country: "QA",
      mission: "doha",
      arrivedDaysAgo: 40,
      status: "ACTIVE" as const,
      answered: 2,
      phone: "+97450000104",
    },
  ];
  for (const [i, p] of people.entries()) {
    const order = p.country === "SA" ? saOrder : qaOrder;
    const terms = {
      ...demoTerms(p.country === "SA" ? "SAR" : "QAR"),
      startDate: new Date(Date.now() - (p.arrivedDaysAgo ?? -20) * DAY).toISOString().slice(0, 10),
    };
    const worker = await db.worker.create({
      data: {
        firstName: p.first,
        lastName: p.last,
        nationalId: p.id,
        dateOfBirth: new Date("1992-06-15T00:00:00Z"),
        passportNo: `AK90001${String(i).padStart(2, "0")}`,
        passportExpiry: new Date(Date.now() + 1000 * DAY),
        phone: `2547100001${String(i).padStart(2, "0")}`,
        languages: ["sw", "en"],
        nextOfKin: {
          create: {
            name: `Next of kin of ${p.first} (fictional)`,
            relation: "Sister",
            phone: `2547200001${String(i).padStart(2, "0")}`,
            consentAt: new Date(),
          },
        },
        consents: { create: { purpose: "next_of_kin" } },
      },
    });
    const contract = await db.contract.create({
      data: {
        reference: `KS-K-DEMO-0001${20 + i}`,
        workerId: worker.id,
        agencyId,
        employerId: order.employerId,
        jobOrderId: order.id,
        countryCode: p.country,
        jobCategory: "DOMESTIC_WORKER",
        status: p.arrivedDaysAgo === null ? "SIGNED" : "ARRIVED",
        terms,
        startDate: new Date(`${terms.startDate}T00:00:00Z`),
        termsHash: createHash("sha256").update(canonicalJson(terms)).digest("hex"),
        submittedAt: new Date(Date.now() - 120 * DAY),
        decidedAt: new Date(Date.now() - 110 * DAY),
        signedAt: new Date(Date.now() - 105 * DAY),
      },
    });
    const body = `42026010${i}`;
    await db.departureClearance.create({
      data: {
        code: `${body}${luhnCheckDigit(body)}`,
        workerId: worker.id,
        contractId: contract.id,
        issuedAt: new Date(Date.now() - 100 * DAY),
      },
    });
    const employer = await db.employer.findUniqueOrThrow({
      where: { id: order.employerId },
      select: { city: true },
    });
    const arrivedAt =
      p.arrivedDaysAgo === null ? null : new Date(Date.now() - p.arrivedDaysAgo * DAY);
    const nextDue = arrivedAt ? checkInDue(arrivedAt, p.answered) : null;
    const reg = await db.missionRegistration.create({
      data: {
        workerId: worker.id,
        contractId: contract.id,
        missionId: missions[p.mission]!,
        employerId: order.employerId,
        agencyId,
        city: employer.city,
        status: p.status,
        phoneAbroad: p.phone,
        addressAbroad: p.phone ? `Villa ${10 + i}, ${employer.city} (fictional)` : null,
        arrivedAt,
        nextCheckInDue: nextDue,
        checkIns: arrivedAt
          ? {
              create: [
                ...Array.from({ length: p.answered }, (_, n) => ({
                  dueAt: checkInDue(arrivedAt, n),
                  answeredAt: checkInDue(arrivedAt, n),
                  channel: "WEB" as const,
                  outcome: "OK" as const,
                })),
                { dueAt: nextDue! },
              ],
            }
          : undefined,
      },
    });
    if (i === 0) {
      const raised = new Date(Date.now() - 2 * DAY);
      const year = raised.getUTCFullYear();
      // The case takes number 1 of the year's counter, so the next real case is number 2.
      const seq = (
        await db.counter.upsert({
          where: { name: `case:${year}` },
          create: { name: `case:${year}`, value: 1 },
          update: { value: { increment: 1 } },
        })
      ).value;
      await db.case.create({
        data: {
          reference: formatCaseReference(year, seq),
          workerId: worker.id,
          registrationId: reg.id,
          missionId: reg.missionId,
          employerId: order.employerId,
          agencyId,
          category: "UNPAID_WAGES",
          priority: "HIGH",
          raisedBy: "WORKER",
          createdAt: raised,
          dueAt: responseDeadline(raised, "HIGH"),
          description: "My salary for the last two months has not been paid. (fictional)",
        },
      });
    }
  }
}
