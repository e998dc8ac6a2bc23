import pg from "pg";
import { TOTP, Secret } from "otpauth";
import { expect, type Cookie, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "KaziSalama-Demo-2026";
const DEMO_TOTP_SECRET = "KAZISALAMADEMOTOTPKEY234567ABCDE";
const DB_URL = "postgresql://postgres:postgres@127.0.0.1:54349/kazi_salama";

/**
 * A demo code the account has not used yet: each code is accepted once (the server remembers the
 * last time step), so a second login within 30 s takes the next step's code, waiting for it to come
 * within the server's one-step window when need be.
 */
export async function totpCode(email: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  let last: number | null;
  try {
    const { rows } = await client.query<{ totpLastStep: number | null }>(
      `SELECT "totpLastStep" FROM "User" WHERE "email" = $1`,
      [email],
    );
    last = rows[0]?.totpLastStep ?? null;
  } finally {
    await client.end();
  }
  const current = Math.floor(Date.now() / 30_000);
  const step = Math.max(current, (last ?? -1) + 1);
  const wait = (step - 1) * 30_000 - Date.now(); // the server accepts step once step - 1 has begun
  if (wait > 0) await new Promise((r) => setTimeout(r, wait + 250));
  return new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), digits: 6, period: 30 }).generate({
    timestamp: step * 30_000,
  });
}

/** The newest link to `path` in the outbox for `to` (what the user would click in the email). */
export async function linkFromOutbox(to: string, path: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ text: string }>(
      `SELECT "text" FROM "OutboxMessage" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [to],
    );
    const m = rows[0]?.text.match(new RegExp(`https?://[^\\s]+${path}/[A-Za-z0-9_-]+`));
    if (!m) throw new Error(`no ${path} link for ${to}`);
    return new URL(m[0]).pathname;
  } finally {
    await client.end();
  }
}

/** The one-time code of a record claim, from the SMS waiting in the outbox (demo mode has no gateway). */
export async function claimCodeFromOutbox(phone: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ text: string }>(
      `SELECT "text" FROM "OutboxMessage" WHERE "to" = $1 AND "template" = 'recordClaimCode'
       ORDER BY "createdAt" DESC LIMIT 1`,
      [phone],
    );
    const code = rows[0]?.text.match(/\b(\d{6})\b/)?.[1];
    if (!code) throw new Error(`no claim code for ${phone}`);
    return code;
  } finally {
    await client.end();
  }
}

export async function login(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

/**
 * An official's session from an earlier test in this run, reused while the server still honours it:
 * each full login spends a TOTP step, and a third login within a minute waits up to 30 s for the
 * next one (minutes over the whole suite). A session ended by a logout falls back to a full login.
 */
const officialSessions = new Map<string, Cookie>();

/** Logs in an official: password, then the demo TOTP code (or the session of an earlier login). */
export async function loginOfficial(page: Page, email: string) {
  const saved = officialSessions.get(email);
  if (saved) {
    await page.context().addCookies([saved]);
    await page.goto("/account");
    if (await page.getByText(email, { exact: true }).count()) return;
    await page.context().clearCookies({ name: saved.name });
    officialSessions.delete(email);
  }
  await login(page, email, DEMO_PASSWORD);
  await page.getByLabel("6-digit code").fill(await totpCode(email));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.getByText("Welcome back.").waitFor();
  const session = (await page.context().cookies()).find((c) => c.name === "ks_session");
  if (session) officialSessions.set(email, session);
}

export async function logout(page: Page) {
  // An official's reused session is only dropped from this browser, so the next test can reuse it
  // (logging out itself is tested with the button in accounts.spec.ts).
  const current = (await page.context().cookies()).find((c) => c.name === "ks_session");
  if (current && [...officialSessions.values()].some((s) => s.value === current.value)) {
    await page.context().clearCookies({ name: "ks_session" });
    await page.goto("/");
    return;
  }
  await page.getByRole("button", { name: "Log out" }).click();
  await page.getByText("You have been logged out.").waitFor();
}

/**
 * A fresh company with no licence and its admin (demo password), so each browser project walks
 * the licence path from the start. Inserted directly, like a fixture: agencies register offline today.
 */
export async function freshApplicant(tag: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const name = `E2E ${tag} Recruitment Ltd`;
    const email = `e2e-${tag.toLowerCase()}-${Date.now()}@example.ke`;
    const { rows: hash } = await client.query<{ passwordHash: string }>(
      `SELECT "passwordHash" FROM "User" WHERE email = 'applicant@demo.kazisalama.ke'`,
    );
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Agency" (id, name, "searchName", status, "updatedAt") VALUES (gen_random_uuid(), $1, lower($1), 'PENDING', now()) RETURNING id`,
      [name],
    );
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "emailVerifiedAt", "agencyId", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'E2E Applicant', 'AGENCY_ADMIN', $2, now(), $3, now())`,
      [email, hash[0]!.passwordHash, rows[0]!.id],
    );
    return { name, email };
  } finally {
    await client.end();
  }
}

/** Puts accounts back in English: a test that switched them to Kiswahili must not leak into others. */
export async function resetLocales(emails: string[]) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    await client.query(`UPDATE "User" SET locale = 'en' WHERE email = ANY($1)`, [emails]);
  } finally {
    await client.end();
  }
}

/**
 * A worker account whose contract with the demo agency is approved and signed and whose Qatar
 * certificate is valid, but who has not yet recorded a passport or next of kin: the departure
 * checklist has exactly those two left. Inserted directly, like a fixture.
 */
export async function almostReadyTraveller(tag: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const email = `traveller-${tag}-${Date.now()}@example.ke`;
    const { rows: hash } = await client.query<{ passwordHash: string }>(
      `SELECT "passwordHash" FROM "User" WHERE email = 'worker@demo.kazisalama.ke'`,
    );
    const { rows: u } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "emailVerifiedAt", "updatedAt") VALUES (gen_random_uuid(), $1, 'Wanjiru Njoroge', 'WORKER', $2, now(), now()) RETURNING id`,
      [email, hash[0]!.passwordHash],
    );
    const nationalId = String(50_000_000 + Math.floor(Math.random() * 9_999_999)); // disjoint from every other test's IDs
    const { rows: w } = await client.query<{ id: string }>(
      `INSERT INTO "Worker" (id, "userId", "firstName", "lastName", "nationalId", "dateOfBirth", email, languages, "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Wanjiru', 'Njoroge', $2, '1994-02-14', $3, '{sw,en}', now()) RETURNING id`,
      [u[0]!.id, nationalId, email],
    );
    const { rows: jo } = await client.query<{ id: string; agencyId: string; employerId: string }>(
      `SELECT j.id, j."agencyId", j."employerId" FROM "JobOrder" j JOIN "Agency" a ON a.id = j."agencyId"
       WHERE a."licenceNo" IS NOT NULL AND a.status = 'ACTIVE' AND j.status = 'VERIFIED' AND j."countryCode" = 'QA' ORDER BY j.id LIMIT 1`,
    );
    const reference = `KS-K-E2E-${tag}-${Date.now()}`;
    await client.query(
      `INSERT INTO "Contract" (id, reference, "workerId", "agencyId", "employerId", "jobOrderId", "countryCode", "jobCategory", status, terms, "termsHash", "startDate", "submittedAt", "decidedAt", "signedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'QA', 'DOMESTIC_WORKER', 'SIGNED', $6, $7, now() + interval '40 days', now() - interval '5 days', now() - interval '2 days', now() - interval '1 day', now())`,
      [
        reference,
        w[0]!.id,
        jo[0]!.agencyId,
        jo[0]!.employerId,
        jo[0]!.id,
        JSON.stringify({
          monthlyWage: 1500,
          currency: "QAR",
          dailyHours: 8,
          weeklyRestDays: 1,
          annualLeaveDays: 30,
          durationMonths: 24,
          probationDays: null,
          housingProvided: true,
          foodProvided: true,
          passportHeldBy: "WORKER",
          workerPaidRecruitmentFees: 0,
          costsPaidByWorker: [],
          returnTicketPaidBy: "EMPLOYER",
          endOfServiceDaysPerYear: 21,
          startDate: "2027-01-01",
        }),
        "e2e".padEnd(64, "0"),
      ],
    );
    await client.query(
      `INSERT INTO "Certificate" (id, code, "workerId", "countryCode", "expiresAt") VALUES (gen_random_uuid(), $1, $2, 'QA', now() + interval '600 days')`,
      [`3${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`, w[0]!.id],
    );
    return { email, reference };
  } finally {
    await client.end();
  }
}

/**
 * A worker going to Saudi Arabia with the demo agency: profile complete (passport, next of kin with
 * consent), contract approved by NEA and waiting for her signature, every online module of the
 * Saudi course passed and the in-person course recorded. What is left is done in the browser:
 * sign, get the certificate, get the clearance, and the life abroad that follows.
 */
export async function saudiBoundWorker(tag: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const stamp = `${tag}-${Date.now()}`;
    const email = `saudi-${stamp}@example.ke`;
    const { rows: hash } = await client.query<{ passwordHash: string }>(
      `SELECT "passwordHash" FROM "User" WHERE email = 'worker@demo.kazisalama.ke'`,
    );
    const { rows: u } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "emailVerifiedAt", "updatedAt") VALUES (gen_random_uuid(), $1, 'Zuhura Achieng', 'WORKER', $2, now(), now()) RETURNING id`,
      [email, hash[0]!.passwordHash],
    );
    const nationalId = String(60_000_000 + Math.floor(Math.random() * 9_999_999)); // disjoint from every other test's IDs
    const passport = `AK${String(1_000_000 + Math.floor(Math.random() * 8_999_999))}`;
    const { rows: w } = await client.query<{ id: string }>(
      `INSERT INTO "Worker" (id, "userId", "firstName", "lastName", "nationalId", "dateOfBirth", "passportNo", "passportExpiry", email, languages, "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Zuhura', 'Achieng', $2, '1993-07-01', $3, now() + interval '4 years', $4, '{sw,en}', now()) RETURNING id`,
      [u[0]!.id, nationalId, passport, email],
    );
    await client.query(
      `INSERT INTO "NextOfKin" (id, "workerId", name, relation, phone, "consentAt") VALUES (gen_random_uuid(), $1, 'Amina Achieng', 'Mother', '254711222333', now())`,
      [w[0]!.id],
    );
    await client.query(
      `INSERT INTO "Consent" (id, "workerId", purpose) VALUES (gen_random_uuid(), $1, 'next_of_kin')`,
      [w[0]!.id],
    );
    const { rows: jo } = await client.query<{ id: string; agencyId: string; employerId: string }>(
      `SELECT j.id, j."agencyId", j."employerId" FROM "JobOrder" j JOIN "Agency" a ON a.id = j."agencyId"
       WHERE a.status = 'ACTIVE' AND j.status = 'VERIFIED' AND j."countryCode" = 'SA' ORDER BY j.id LIMIT 1`,
    );
    const terms = {
      monthlyWage: 1500,
      currency: "SAR",
      dailyHours: 8,
      weeklyRestDays: 1,
      annualLeaveDays: 30,
      durationMonths: 24,
      probationDays: 30,
      housingProvided: true,
      foodProvided: true,
      passportHeldBy: "WORKER",
      workerPaidRecruitmentFees: 0,
      costsPaidByWorker: [],
      returnTicketPaidBy: "EMPLOYER",
      endOfServiceDaysPerYear: 21,
      startDate: "2027-01-15",
    };
    const reference = `KS-K-SA-${stamp}`;
    await client.query(
      `INSERT INTO "Contract" (id, reference, "workerId", "agencyId", "employerId", "jobOrderId", "countryCode", "jobCategory", status, terms, "termsHash", "startDate", "submittedAt", "decidedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'SA', 'DOMESTIC_WORKER', 'APPROVED', $6, $7, now() + interval '30 days', now() - interval '5 days', now() - interval '1 day', now())`,
      [
        reference,
        w[0]!.id,
        jo[0]!.agencyId,
        jo[0]!.employerId,
        jo[0]!.id,
        JSON.stringify(terms),
        "5a".repeat(32),
      ],
    );
    await client.query(
      `INSERT INTO "ModuleProgress" (id, "workerId", "moduleId", "lessonsRead", "quizAttempts", "bestScore", "passedAt", "updatedAt")
       SELECT gen_random_uuid(), $1, m.id, ARRAY(SELECT position FROM "TrainingLesson" l WHERE l."moduleId" = m.id), 1, 100, now(), now()
       FROM "TrainingModule" m WHERE m.published AND (m.kind = 'CORE' OR m."countryCode" = 'SA')`,
      [w[0]!.id],
    );
    await client.query(
      `INSERT INTO "InPersonCompletion" (id, "providerId", "workerId", course, "attendanceDays", score, "completedAt", "recordedById")
       SELECT gen_random_uuid(), p.id, $1, 'Homecare and pre-departure', 14, 80, now() - interval '7 days', $2 FROM "TrainingProvider" p LIMIT 1`,
      [w[0]!.id, u[0]!.id],
    );
    return { email, reference, passport };
  } finally {
    await client.end();
  }
}

/** The newest SMS of `template` waiting in the outbox for `phone` (demo mode has no gateway). */
export async function smsFromOutbox(phone: string, template: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ text: string; locale: string }>(
      `SELECT "text", "locale" FROM "OutboxMessage"
       WHERE "to" = $1 AND "template" = $2 AND "channel" = 'SMS'
       ORDER BY "createdAt" DESC LIMIT 1`,
      [phone, template],
    );
    if (!rows[0]) throw new Error(`no ${template} SMS for ${phone}`);
    return rows[0];
  } finally {
    await client.end();
  }
}

/** Chooses a language with the "English · Kiswahili" pair in the header (no-op if already in it). */
export async function switchLanguage(page: Page, lang: "en" | "sw") {
  if ((await page.locator("html").getAttribute("lang")) !== lang)
    await page.getByRole("button", { name: lang === "sw" ? "Kiswahili" : "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

/**
 * After a submit that fails: the error summary at the top of the form has focus (so a phone shows
 * it), and names the problem; a problem with a field links to it, and the field shows it too.
 */
export async function expectProblem(page: Page, message: string) {
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(message);
  const link = summary.getByRole("link", { name: message });
  if (await link.count()) {
    const target = ((await link.getAttribute("href")) ?? "").slice(1);
    await expect(page.locator(`[id="${target}"]`)).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`[id="${target}-error"]`)).toContainText(message);
  }
}

/** After a submission that matters: the confirmation panel, focused, and the reference it shows. */
export async function expectConfirmation(page: Page, title: string, reference?: RegExp) {
  const panel = page.locator(".confirmation-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(title);
  await expect(panel).toBeFocused();
  if (!reference) return null;
  const shown = page.getByTestId("reference");
  await expect(shown).toHaveText(reference);
  return (await shown.textContent())!.trim();
}

/** A fresh case at the Riyadh mission about a worker there (for the attaché's walks). */
export async function riyadhCase(tag: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const stamp = `${tag}-${Date.now()}`;
    const nationalId = String(70_000_000 + Math.floor(Math.random() * 9_999_999));
    const { rows: w } = await client.query<{ id: string }>(
      `INSERT INTO "Worker" (id, "firstName", "lastName", "nationalId", "dateOfBirth", "updatedAt")
       VALUES (gen_random_uuid(), 'Neema', 'Wairimu', $1, '1996-04-12', now()) RETURNING id`,
      [nationalId],
    );
    const { rows: c } = await client.query<{ id: string }>(
      `INSERT INTO "Case" (id, reference, "workerId", "missionId", category, priority, "raisedBy", description, "dueAt", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, m.id, 'PASSPORT_CONFISCATED', 'HIGH', 'WORKER',
              'The agent promised a hotel job. The family took my passport and locks me in.', now() + interval '1 day', now()
       FROM "Mission" m WHERE m.slug = 'riyadh' RETURNING id`,
      [`KS-W-E2E-${stamp}`, w[0]!.id],
    );
    return { caseId: c[0]!.id, nationalId };
  } finally {
    await client.end();
  }
}

/**
 * A worker deployed to Saudi Arabia through a licensed demo agency: her contract arrived 100 days
 * ago and the Riyadh mission has her registration (issue 20 §3: she is about to come home).
 */
export async function workerAbroad(tag: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const stamp = `${tag}-${Date.now()}`;
    const email = `abroad-${stamp}@example.ke`;
    const { rows: hash } = await client.query<{ passwordHash: string }>(
      `SELECT "passwordHash" FROM "User" WHERE email = 'worker@demo.kazisalama.ke'`,
    );
    const { rows: u } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "emailVerifiedAt", "updatedAt") VALUES (gen_random_uuid(), $1, 'Rehema Atieno', 'WORKER', $2, now(), now()) RETURNING id`,
      [email, hash[0]!.passwordHash],
    );
    const nationalId = String(50_000_000 + Math.floor(Math.random() * 9_999_999));
    const { rows: w } = await client.query<{ id: string }>(
      `INSERT INTO "Worker" (id, "userId", "firstName", "lastName", "nationalId", "dateOfBirth", email, phone, languages, "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Rehema', 'Atieno', $2, '1995-02-11', $3, '254722' || lpad(($4)::text, 6, '0'), '{sw,en}', now()) RETURNING id`,
      [u[0]!.id, nationalId, email, Math.floor(Math.random() * 999_999)],
    );
    const { rows: jo } = await client.query<{ id: string; agencyId: string; employerId: string }>(
      `SELECT j.id, j."agencyId", j."employerId" FROM "JobOrder" j JOIN "Agency" a ON a.id = j."agencyId"
       WHERE a.status = 'ACTIVE' AND j.status = 'VERIFIED' AND j."countryCode" = 'SA' ORDER BY j.id LIMIT 1`,
    );
    const terms = {
      monthlyWage: 1500,
      currency: "SAR",
      dailyHours: 8,
      weeklyRestDays: 1,
      annualLeaveDays: 30,
      durationMonths: 24,
      probationDays: 30,
      housingProvided: true,
      foodProvided: true,
      passportHeldBy: "WORKER",
      workerPaidRecruitmentFees: 0,
      costsPaidByWorker: [],
      returnTicketPaidBy: "EMPLOYER",
      endOfServiceDaysPerYear: 21,
    };
    const { rows: c } = await client.query<{ id: string }>(
      `INSERT INTO "Contract" (id, reference, "workerId", "agencyId", "employerId", "jobOrderId", "countryCode", "jobCategory", status, terms, "termsHash", "startDate", "submittedAt", "decidedAt", "signedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'SA', 'DOMESTIC_WORKER', 'ARRIVED', $6, $7, date_trunc('day', now() - interval '100 days'), now() - interval '150 days', now() - interval '140 days', now() - interval '130 days', now()) RETURNING id`,
      [
        `KS-K-SA-${stamp}`,
        w[0]!.id,
        jo[0]!.agencyId,
        jo[0]!.employerId,
        jo[0]!.id,
        JSON.stringify(terms),
        "5b".repeat(32),
      ],
    );
    const { rows: r } = await client.query<{ id: string }>(
      `INSERT INTO "MissionRegistration" (id, "workerId", "contractId", "missionId", "employerId", "agencyId", city, status, "arrivedAt", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, m.id, $3, $4, 'Riyadh', 'ACTIVE', now() - interval '100 days', now()
       FROM "Mission" m WHERE m.slug = 'riyadh' RETURNING id`,
      [w[0]!.id, c[0]!.id, jo[0]!.employerId, jo[0]!.agencyId],
    );
    return { email, registrationId: r[0]!.id };
  } finally {
    await client.end();
  }
}
