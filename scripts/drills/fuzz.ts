// Drill: a fuzzer sends malformed and hostile input to every public form and API — injection
// strings, NUL bytes, lone surrogates, huge and empty values, wrong types, broken JSON, broken
// percent-encoding, wrong methods and content types. No answer may be a 5xx, and no row may
// change (each form gets at least one required field broken, so nothing valid is ever sent;
// rate-limit counters and job leases are the tables meant to move).
import { DEMO_GATEWAY_SECRET } from "../../app/auth/gateway.server.ts";
import { randomBytes, randomUUID } from "node:crypto";
import { BASE, log, withClient, type DrillResult } from "./env.ts";

const PER_TARGET = Number(process.env.DRILL_FUZZ_PER_TARGET ?? 1000);
const CONCURRENCY = 8;

// A deterministic stream, so a failure can be replayed (DRILL_FUZZ_SEED).
let seed = Number(process.env.DRILL_FUZZ_SEED ?? 20261122) >>> 0;
function rand() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;

const HOSTILE: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001f",
  "' OR '1'='1",
  '\'; DROP TABLE "Agency"; --',
  "\\",
  '"',
  "`",
  "%",
  "%00",
  "%E0%A4%A",
  "%%32%65",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "//evil.example",
  "https://evil.example/x",
  "/\\evil.example",
  "../../../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "\uD800",
  "\uDFFF",
  "\uFFFF",
  "\u202Eevil",
  "\uFEFF",
  "😀".repeat(300),
  "A".repeat(5000),
  "ß".repeat(3000),
  "-1",
  "0",
  "1e309",
  "-1e309",
  "NaN",
  "Infinity",
  "-0",
  "99999999999999999999999",
  "0x10",
  "1_000",
  "1,5",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  '{"$gt":""}',
  "__proto__",
  "constructor",
  "prototype",
  "${7*7}",
  "{{7*7}}",
  "#{7*7}",
  "\r\nSet-Cookie: x=1",
  "\n",
  "\t",
  "2026-02-30",
  "9999-12-31",
  "0000-00-00",
  "1900-01-01T00:00:00Z",
  "+254700000000",
  "254" + "9".repeat(40),
  "@",
  "a@b",
  "x@y.z".repeat(80),
  "00000000-0000-0000-0000-000000000000",
  "1234-5678-90",
  "1111111116",
  "0000000000",
  "KS-W-2026-000001",
  "NEA/PEA/0001/2024",
  "İ ǅ ﬁ",
];

type Target = {
  name: string;
  method: "GET" | "POST";
  kind: "form" | "query" | "json" | "path";
  path: (v: string) => string;
  fields?: string[];
  required?: string[];
  valid?: Record<string, string>;
};

const TERMS = [
  "country",
  "jobCategory",
  "contractDate",
  "dateOfBirth",
  "monthlyWage",
  "currency",
  "dailyHours",
  "weeklyRestDays",
  "annualLeaveDays",
  "durationMonths",
  "probationDays",
  "housingProvided",
  "foodProvided",
  "passportHeldBy",
  "workerPaidRecruitmentFees",
  "costsPaidByWorker",
  "returnTicketPaidBy",
  "endOfServiceDaysPerYear",
];

export const TARGETS: Target[] = [
  {
    name: "registry search",
    method: "GET",
    kind: "query",
    path: () => "/",
    fields: ["q", "status", "county", "cursor", "lang", "index"],
  },
  { name: "agency page", method: "GET", kind: "path", path: (v) => `/agencies/${v}` },
  {
    name: "warnings",
    method: "GET",
    kind: "query",
    path: () => "/warnings",
    fields: ["after", "employersAfter"],
  },
  {
    name: "job orders",
    method: "GET",
    kind: "query",
    path: () => "/jobs",
    fields: ["q", "country", "category", "cursor", "after"],
  },
  { name: "verify (form)", method: "GET", kind: "query", path: () => "/verify", fields: ["code"] },
  { name: "verify (code)", method: "GET", kind: "path", path: (v) => `/verify/${v}` },
  {
    name: "statistics",
    method: "GET",
    kind: "query",
    path: () => "/stats.json",
    fields: ["from", "to", "country"],
  },
  { name: "training catalogue", method: "GET", kind: "path", path: (v) => `/training/${v}` },
  {
    name: "API agency search",
    method: "GET",
    kind: "query",
    path: () => "/api/v1/agencies",
    fields: ["q", "status", "county", "cursor", "take"],
  },
  { name: "API agency", method: "GET", kind: "path", path: (v) => `/api/v1/agencies/${v}` },
  { name: "API verify", method: "GET", kind: "path", path: (v) => `/api/v1/verify/${v}` },
  {
    name: "API compliance check",
    method: "POST",
    kind: "json",
    path: () => "/api/v1/compliance-check",
  },
  {
    name: "compliance check form",
    method: "POST",
    kind: "form",
    path: () => "/compliance-check",
    fields: TERMS,
    required: [],
  },
  {
    name: "report a recruiter",
    method: "POST",
    kind: "form",
    path: () => "/report",
    fields: [
      "subject",
      "agencyId",
      "agencyRef",
      "recruiterName",
      "recruiterPhone",
      "whereSeen",
      "description",
      "reporterName",
      "reporterEmail",
      "reporterPhone",
      "_submission",
    ],
    required: ["subject", "description"],
    valid: {
      subject: "UNLICENSED_RECRUITER",
      description: "A man at the bus stage asked for a fee of 50,000 shillings.",
      recruiterName: "Juma",
      _submission: randomUUID(),
    },
  },
  {
    name: "cannot reach a worker",
    method: "POST",
    kind: "form",
    path: () => "/cannot-reach",
    fields: [
      "clearanceCode",
      "nationalId",
      "workerName",
      "reporterName",
      "reporterPhone",
      "relation",
      "lastContact",
      "_submission",
    ],
    required: ["reporterName", "reporterPhone", "relation"],
    valid: {
      reporterName: "Mama Akinyi",
      reporterPhone: "0712345678",
      relation: "Mother",
      workerName: "Akinyi",
      _submission: randomUUID(),
    },
  },
  {
    name: "register",
    method: "POST",
    kind: "form",
    path: () => "/register",
    fields: ["name", "email", "password", "confirmPassword"],
    required: ["name", "email", "password", "confirmPassword"],
    valid: {
      name: "Akinyi Otieno",
      email: "fuzz@example.ke",
      password: "a long enough passphrase",
      confirmPassword: "a long enough passphrase",
    },
  },
  {
    name: "log in",
    method: "POST",
    kind: "form",
    path: () => "/login",
    fields: ["login", "password", "redirectTo"],
    required: ["login", "password"],
    valid: { login: "nobody@example.ke", password: "wrong password" },
  },
  {
    name: "second factor (no session)",
    method: "POST",
    kind: "form",
    path: () => "/login/two-factor",
    fields: ["code", "recoveryCode"],
    required: [],
  },
  {
    name: "forgot password",
    method: "POST",
    kind: "form",
    path: () => "/forgot-password",
    fields: ["login"],
    required: ["login"],
  },
  {
    name: "sign in by phone",
    method: "POST",
    kind: "form",
    path: () => "/phone",
    fields: ["phone", "name"],
    required: ["phone"],
  },
  {
    name: "sign-in code",
    method: "POST",
    kind: "form",
    path: () => "/phone/code",
    fields: ["intent", "code", "name"],
    required: ["code"],
  },
  {
    name: "reset password",
    method: "POST",
    kind: "form",
    path: () => `/reset-password/${randomBytes(16).toString("hex")}`,
    fields: ["password", "confirmPassword"],
    required: ["password"],
  },
  { name: "confirm email", method: "GET", kind: "path", path: (v) => `/verify-email/${v}` },
  {
    name: "language",
    method: "POST",
    kind: "form",
    path: () => "/set-language",
    fields: ["locale", "redirectTo"],
    required: ["locale"],
  },
  {
    name: "USSD",
    method: "POST",
    kind: "form",
    path: () => `/ussd?key=${DEMO_GATEWAY_SECRET}`, // as the gateway calls it
    fields: ["sessionId", "serviceCode", "phoneNumber", "text"],
    required: ["sessionId", "phoneNumber"],
  },
  {
    name: "incoming SMS",
    method: "POST",
    kind: "form",
    path: () => `/sms/inbound?key=${DEMO_GATEWAY_SECRET}`,
    fields: ["from", "to", "text", "id", "date", "linkId"],
    required: ["from", "id"],
  },
  {
    name: "SMS delivery report",
    method: "POST",
    kind: "form",
    path: () => `/sms/delivery?key=${DEMO_GATEWAY_SECRET}`,
    fields: ["id", "status", "phoneNumber", "failureReason"],
    required: ["id", "status"],
  },
];

function hostileValue(): string {
  const r = rand();
  if (r < 0.75) return pick(HOSTILE);
  if (r < 0.9) return randomBytes(1 + Math.floor(rand() * 40)).toString("latin1");
  return pick(HOSTILE) + pick(HOSTILE);
}

/** A value that no schema accepts for a required field. */
function brokenValue(): string | undefined {
  return pick([undefined, "", "   ", "A".repeat(50_000)]);
}

type Req = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer | FormData;
};

function formRequest(t: Target): Req {
  const values: [string, string][] = [];
  const broken = t.required?.length ? pick(t.required) : null;
  for (const f of t.fields ?? []) {
    if (f === broken) {
      const v = brokenValue();
      if (v !== undefined) values.push([f, v]);
      continue;
    }
    const r = rand();
    if (r < 0.55) values.push([f, hostileValue()]);
    else if (r < 0.8 && t.valid?.[f]) values.push([f, t.valid[f]!]);
    else if (r < 0.9) values.push([f, hostileValue()], [f, hostileValue()]); // the field twice
  }
  if (rand() < 0.1) values.push(["__proto__[x]", "1"], ["constructor.prototype.x", "1"]);
  const shape = rand();
  const headers: Record<string, string> = {};
  if (shape < 0.75) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    return {
      method: t.method,
      path: t.path(""),
      headers,
      body: new URLSearchParams(values).toString(),
    };
  }
  if (shape < 0.88) {
    const fd = new FormData();
    for (const [k, v] of values) fd.append(k, v);
    if (rand() < 0.5) fd.append(pick(t.fields ?? ["file"]), new Blob([randomBytes(64)]), "x.exe");
    return { method: t.method, path: t.path(""), headers, body: fd };
  }
  headers["content-type"] = pick([
    "text/plain",
    "application/json",
    "multipart/form-data; boundary=nope",
    "application/x-www-form-urlencoded; charset=utf-16",
    "image/png",
  ]);
  return {
    method: t.method,
    path: t.path(""),
    headers,
    body: pick([
      randomBytes(200),
      "%%%&&&===",
      '{"a":',
      '--nope\r\nContent-Disposition: form-data; name="x"\r\n\r\n',
      "",
    ]),
  };
}

function queryRequest(t: Target): Req {
  const qs: string[] = [];
  for (const f of t.fields ?? []) {
    if (rand() < 0.6)
      qs.push(
        `${encodeURIComponent(f)}=${rand() < 0.85 ? encodeURIComponent(hostileValue().replace(/[\uD800-\uDFFF]/g, "\uFFFD")) : pick(["%", "%E0%A4%A", "%zz", "%00"])}`,
      );
  }
  if (rand() < 0.2) qs.push(`${pick(t.fields ?? ["q"])}=a&${pick(t.fields ?? ["q"])}=b`);
  return {
    method: "GET",
    path: `${t.path("")}${qs.length ? `?${qs.join("&")}` : ""}`,
    headers: {},
  };
}

function pathRequest(t: Target): Req {
  const raw = hostileValue();
  const seg =
    rand() < 0.8
      ? encodeURIComponent(raw.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))
      : pick(["%", "%E0%A4%A", "..%2F..%2F", "%2e%2e", "a/b/c", "x".repeat(4000), "%00"]);
  return {
    method: rand() < 0.9 ? "GET" : pick(["POST", "PUT", "DELETE", "PATCH"]),
    path: t.path(seg || "%20"),
    headers: {},
  };
}

function jsonValue(depth = 0): unknown {
  const r = rand();
  if (depth > 3 || r < 0.4)
    return pick<unknown>([
      hostileValue(),
      -1,
      0,
      1e308,
      -1e308,
      3.5,
      null,
      true,
      false,
      "",
      [],
      {},
    ]);
  if (r < 0.7) return Array.from({ length: Math.floor(rand() * 4) }, () => jsonValue(depth + 1));
  return Object.fromEntries(
    Array.from({ length: Math.floor(rand() * 4) }, () => [
      pick(["country", "terms", "worker", "__proto__", "constructor", "x"]),
      jsonValue(depth + 1),
    ]),
  );
}

function jsonRequest(t: Target): Req {
  const base = {
    country: "SA",
    jobCategory: "DOMESTIC_WORKER",
    contractDate: "2026-11-01",
    worker: { dateOfBirth: "1995-05-05" },
    terms: {
      monthlyWage: 1500,
      currency: "SAR",
      dailyHours: 8,
      weeklyRestDays: 1,
      annualLeaveDays: 30,
      durationMonths: 24,
      housingProvided: true,
      foodProvided: true,
      passportHeldBy: "WORKER",
      workerPaidRecruitmentFees: 0,
      costsPaidByWorker: [],
      returnTicketPaidBy: "EMPLOYER",
    },
  } as Record<string, unknown>;
  const r = rand();
  let body: string | Buffer;
  if (r < 0.5) {
    const o = structuredClone(base);
    const terms = o.terms as Record<string, unknown>;
    for (let i = 0; i < 1 + Math.floor(rand() * 3); i++) {
      if (rand() < 0.5) terms[pick(Object.keys(terms))] = jsonValue();
      else o[pick(Object.keys(o))] = jsonValue();
    }
    body = JSON.stringify(o);
  } else if (r < 0.65) body = JSON.stringify(jsonValue());
  else if (r < 0.8)
    body = pick([
      "{",
      '{"country":',
      "[1,2",
      "nul",
      '"\\ud800"',
      '{"a":1}}',
      '{"country":"SA","country":"QA"}',
      "",
    ]);
  else if (r < 0.9) body = "[".repeat(5000) + "]".repeat(5000);
  else body = randomBytes(300);
  return {
    method: "POST",
    path: t.path(""),
    headers: {
      "content-type": pick([
        "application/json",
        "application/json",
        "text/plain",
        "application/x-www-form-urlencoded",
      ]),
    },
    body,
  };
}

function request(t: Target): Req {
  if (t.kind === "form") return formRequest(t);
  if (t.kind === "query") return queryRequest(t);
  if (t.kind === "json") return jsonRequest(t);
  return pathRequest(t);
}

/** Every table's content as one hash each (the drill database is small). */
async function tableHashes(url: string) {
  return withClient(url, async (c) => {
    const tables = (
      await c.query<{ t: string }>(
        `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
      )
    ).rows.map((r) => r.t);
    const out = new Map<string, string>();
    for (const t of tables) {
      const r = await c.query<{ h: string | null; n: string }>(
        `SELECT md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS h, count(*)::text AS n FROM "${t}" x`,
      );
      out.set(t, `${r.rows[0]!.n}:${r.rows[0]!.h ?? ""}`);
    }
    return out;
  });
}

// Moved by design, not by input: rate-limit counters (every request from an address), job leases
// (the scheduler's own bookkeeping) and the audit chain's signed checkpoints (a job every 5 minutes,
// which a run that crosses its time meets).
const MOVING = new Set(["RateLimitBucket", "JobLease", "AuditCheckpoint"]);

export async function fuzz(url: string): Promise<DrillResult> {
  const facts: string[] = [];
  // The scheduler's first round (run at start) texts workers whose check-ins are due in the demo
  // data: let it finish, so what it writes is not taken for the fuzzer's doing.
  for (let i = 0; i < 240; i++) {
    const runs = await withClient(url, async (c) =>
      Number(
        (
          await c.query(
            `SELECT coalesce(max(runs), 0) AS n FROM "JobLease" WHERE name = 'check-in-sms'`,
          )
        ).rows[0].n,
      ),
    );
    if (runs > 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  // Mail queued by earlier drills is still being delivered: start from a quiet outbox.
  for (let i = 0; i < 240; i++) {
    const pending = await withClient(url, async (c) =>
      Number(
        (await c.query(`SELECT count(*) FROM "OutboxMessage" WHERE status = 'PENDING'`)).rows[0]
          .count,
      ),
    );
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const before = await tableHashes(url);
  const statuses = new Map<number, number>();
  const failures = new Map<string, { count: number; sample: string }>();
  const fail = (key: string, sample: string) => {
    const f = failures.get(key);
    if (f) f.count++;
    else failures.set(key, { count: 1, sample });
  };
  let sent = 0;
  let noAnswer = 0;
  for (const t of TARGETS) {
    let left = PER_TARGET;
    const worker = async () => {
      while (left-- > 0) {
        const req = request(t);
        const ip = `10.${Math.floor(rand() * 250)}.${Math.floor(rand() * 250)}.${1 + Math.floor(rand() * 250)}`;
        try {
          const r = await fetch(`${BASE}${req.path}`, {
            method: req.method,
            headers: { ...req.headers, "x-forwarded-for": ip },
            body: req.body as BodyInit | undefined,
            redirect: "manual",
            signal: AbortSignal.timeout(15_000),
          });
          await r.arrayBuffer();
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          if (r.status >= 500) {
            const body =
              typeof req.body === "string"
                ? JSON.stringify(req.body.slice(0, 200))
                : req.body instanceof FormData
                  ? "(multipart)"
                  : req.body
                    ? "(bytes)"
                    : "";
            fail(
              `${t.name} → ${r.status}`,
              `${req.method} ${req.path.slice(0, 160)} ${req.headers["content-type"] ?? ""} ${body}`,
            );
          }
        } catch (e) {
          noAnswer++;
          fail(
            `${t.name} → no answer`,
            `${req.method} ${req.path.slice(0, 120)} (${(e as Error).message})`,
          );
        }
        sent++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    log(`fuzz: ${t.name} done (${sent} requests so far)`);
  }
  const after = await tableHashes(url);
  const changed = [...after]
    .filter(([t, h]) => !MOVING.has(t) && before.get(t) !== h)
    .map(([t]) => t);
  const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  facts.push(
    `${sent.toLocaleString("en")} requests to ${TARGETS.length} public forms and API endpoints (${PER_TARGET} each, seed ${process.env.DRILL_FUZZ_SEED ?? 20261122}).`,
  );
  facts.push(
    `Answers: ${[...statuses]
      .sort((a, b) => a[0] - b[0])
      .map(([s, c]) => `${s}×${c}`)
      .join(", ")}; ${noAnswer} without an answer.`,
  );
  facts.push(
    `5xx answers: ${fivexx}. Tables changed (other than rate-limit counters and job leases): ${changed.length ? changed.join(", ") : "none"}.`,
  );
  for (const [key, f] of failures) facts.push(`${key} (${f.count}×), e.g. ${f.sample}`);
  const wellFormed = await hostileButValid(url);
  facts.push(wellFormed.fact);
  return {
    name: "Fuzzing every public form and API",
    passed:
      fivexx === 0 && noAnswer === 0 && changed.length === 0 && sent >= 1000 && wellFormed.passed,
    facts,
  };
}

/**
 * Well-formed reports that carry hostile text (markup, injection strings, control characters,
 * right-to-left overrides, emoji): each must be accepted or refused with a 4xx, never a 5xx, and an
 * accepted one must be stored exactly as typed (escaping is the page's job, not the database's).
 */
async function hostileButValid(url: string) {
  const typeable = HOSTILE.filter(
    (h) =>
      !h.includes("\0") && !/[\uD800-\uDFFF]/u.test(h) && h.trim().length > 0 && h.length < 3000,
  );
  const sentTexts: string[] = [];
  let fivexx = 0;
  let accepted = 0;
  const n = Math.max(100, Math.floor(PER_TARGET / 5));
  for (let i = 0; i < n; i++) {
    const description =
      `Drill ${i}: they asked me for money. ${pick(typeable)} ${pick(typeable)} (end)`.slice(
        0,
        3900,
      );
    const fields: Record<string, string> = {
      subject: "UNLICENSED_RECRUITER",
      description,
      recruiterName: pick(typeable).slice(0, 200),
      whereSeen: pick(typeable).slice(0, 300),
      _submission: randomUUID(),
    };
    const ip = `10.${Math.floor(rand() * 250)}.${Math.floor(rand() * 250)}.${1 + Math.floor(rand() * 250)}`;
    const r = await fetch(`${BASE}/report`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
      body: new URLSearchParams(fields),
    });
    await r.arrayBuffer();
    if (r.status >= 500) fivexx++;
    if (r.status === 302) {
      accepted++;
      sentTexts.push(description.trim());
    }
  }
  const stored = await withClient(url, async (c) =>
    Number(
      (
        await c.query(`SELECT count(*) FROM "Complaint" WHERE description = ANY($1::text[])`, [
          sentTexts,
        ])
      ).rows[0].count,
    ),
  );
  return {
    passed: fivexx === 0 && accepted > 0 && stored === accepted,
    fact: `Well-formed reports carrying hostile text: ${n} sent, ${accepted} accepted, ${stored} stored exactly as typed, ${fivexx} answered 5xx.`,
  };
}
