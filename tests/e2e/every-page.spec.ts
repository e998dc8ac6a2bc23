// Every page, as each role reads it, in Kiswahili: the page has its own translated title (the same
// words as its heading), and no stored code (an enum value such as WORKER or ACTIVE, a country code
// such as QA) reaches the reader as a word. Data stored only in English is marked lang="en" and not
// read here. One run lists every problem found, page by page.
import { expect, test, type Page } from "@playwright/test";
import * as enums from "../../app/generated/prisma/enums";
import { DEMO_PASSWORD, login, loginOfficial } from "./helpers";

// The language switch's cookie, as the server writes it (a JSON string, base64): Kiswahili is chosen
// in this browser without saving it to the demo account other tests sign in to.
const SWAHILI = { name: "ks_lang", value: Buffer.from(JSON.stringify("sw")).toString("base64") };

// Words that are enum values but also what people call these things in both languages.
const WORDS = new Set(["NEA", "SMS", "USSD", "PIN", "PDF", "CSV", "OK"]);

const CODES = new Set<string>([
  ...Object.values(enums).flatMap((e) =>
    typeof e === "object" ? Object.values(e as Record<string, string>) : [],
  ),
  ...["SA", "AE", "QA", "KW", "OM", "BH", "JO", "LB", "KE"],
  // Contract terms' parties (a zod enum, not a database one).
  ...["EMPLOYER", "AGENCY"],
]);

/** follow: open the first link to a record's page; optional where the demo data may have none. */
type Visit = {
  path: string;
  follow?: string;
  optional?: boolean;
  status?: number;
  /** Words the page's table must show (e.g. a stored kind of record, read in Kiswahili). */
  shows?: string;
};

const PUBLIC: Visit[] = [
  { path: "/" },
  { path: "/?q=sahara" },
  { path: "/warnings", follow: "/agencies/" },
  { path: "/verify" },
  { path: "/verify/1202600019" },
  { path: "/jobs" },
  { path: "/training", follow: "/training/" },
  { path: "/stats" },
  { path: "/report" },
  { path: "/cannot-reach" },
  { path: "/login" },
  { path: "/register" },
  { path: "/phone" },
  { path: "/forgot-password" },
  { path: "/no-such-page", status: 404 },
];

const ROLES: { email: string; official: boolean; pages: Visit[] }[] = [
  {
    email: "worker@demo.kazisalama.ke",
    official: false,
    pages: [
      { path: "/my/profile" },
      { path: "/my/contracts", follow: "/my/contracts/" },
      { path: "/my/departure" },
      { path: "/my/help" },
      { path: "/my/pin" },
      { path: "/account" },
    ],
  },
  {
    email: "agency@demo.kazisalama.ke",
    official: false,
    pages: [
      { path: "/agency" },
      { path: "/agency/contracts", follow: "/agency/contracts/" },
      { path: "/agency/job-orders" },
      { path: "/agency/employers" },
      { path: "/agency/staff" },
      { path: "/compliance-check" },
    ],
  },
  {
    email: "applicant@demo.kazisalama.ke",
    official: false,
    pages: [{ path: "/agency/application" }],
  },
  {
    email: "training@demo.kazisalama.ke",
    official: false,
    pages: [{ path: "/provider" }],
  },
  {
    email: "officer@demo.kazisalama.ke",
    official: true,
    pages: [
      { path: "/nea/licensing", follow: "/nea/licensing/", optional: true },
      { path: "/nea/contracts", follow: "/nea/contracts/" },
      { path: "/nea/job-orders", follow: "/nea/job-orders/" },
      { path: "/nea/complaints", follow: "/nea/complaints/", optional: true },
      { path: "/nea/corrections" },
      { path: "/nea/certificates" },
      { path: "/nea/decisions" },
      { path: "/nea/employers" },
      { path: "/nea/rules", follow: "/nea/rules/" },
      { path: "/nea/numbers" },
      { path: "/nea/record-links" },
      { path: "/nea/agencies/import" },
      { path: "/nea/agencies/bulk" },
      { path: "/cases" },
    ],
  },
  {
    email: "attache.riyadh@demo.kazisalama.ke",
    official: true,
    pages: [
      { path: "/mission", follow: "/mission/workers/" },
      { path: "/cases", follow: "/cases/" },
    ],
  },
  {
    email: "admin@demo.kazisalama.ke",
    official: true,
    pages: [
      { path: "/admin/users" },
      { path: "/admin/users/new" },
      // Sign-ins are events on accounts: the kind of record is named in Kiswahili, not "User".
      { path: "/admin/audit", shows: "Akaunti" },
      { path: "/admin/mail" },
      { path: "/admin/training", follow: "/admin/training/" },
    ],
  },
];

/** What a reader of this page sees as words, leaving out text marked as English-only data. */
async function problemsOn(page: Page, expectedStatus: number, status: number | undefined) {
  const problems: string[] = [];
  if (status !== expectedStatus) problems.push(`status ${status}`);
  if ((await page.locator("html").getAttribute("lang")) !== "sw") problems.push("not Kiswahili");
  const title = await page.title();
  const heading = (await page.locator("h1").first().textContent())?.replace(/\s+/g, " ") ?? "";
  const named = title.replace(/ — Kazi Salama$/, "");
  if (named === title || !named) problems.push(`title "${title}" names no page`);
  else if (page.url().includes("/mission/workers/")) {
    // A worker's name stays out of titles (browser history on a mission's shared computers).
    if (named !== "Mfanyakazi aliyesajiliwa") problems.push(`title "${named}"`);
  } else if (!heading.includes(named))
    problems.push(`title "${named}" is not the heading "${heading}"`);
  // innerText of the laid-out page: cells and lines stay separate words (a detached copy's text
  // would run "Nchi" and "QA" together). Text marked as English-only data is hidden first.
  const text = await page.evaluate(() => {
    document
      .querySelectorAll<HTMLElement>('[lang="en"], code')
      .forEach((n) => (n.style.display = "none"));
    return document.body.innerText;
  });
  const codes = [
    ...new Set(text.match(/(?<![\w-])[A-Z][A-Z0-9_]*[A-Z0-9](?![\w-])/g) ?? []),
  ].filter((w) => CODES.has(w) && !WORDS.has(w));
  for (const code of codes) {
    const at = text.search(new RegExp(`(?<![\\w-])${code}(?![\\w-])`));
    const around = text.slice(Math.max(0, at - 30), at + code.length + 30).replace(/\s+/g, " ");
    problems.push(`code ${code} shown as a word: "…${around}…"`);
  }
  return problems;
}

async function sweep(page: Page, visits: Visit[], found: string[]) {
  for (const v of visits) {
    const res = await page.goto(v.path);
    for (const p of await problemsOn(page, v.status ?? 200, res?.status()))
      found.push(`${v.path}: ${p}`);
    if (v.shows && !(await page.locator("main table").first().innerText()).includes(v.shows))
      found.push(`${v.path}: does not show "${v.shows}"`);
    if (!v.follow) continue;
    const href = await page
      .locator(`main a[href^="${v.follow}"]`)
      .first()
      .getAttribute("href")
      .catch(() => null);
    if (!href) {
      if (v.optional) continue;
      found.push(`${v.path}: no link to ${v.follow}… to follow`);
      continue;
    }
    const detail = await page.goto(href);
    for (const p of await problemsOn(page, 200, detail?.status())) found.push(`${href}: ${p}`);
  }
}

test.describe("every page in Kiswahili", () => {
  // The pages are the same with and without JavaScript: the "js" project leaves this file out
  // (playwright.config.ts), so one browser mode reads them all.
  test.setTimeout(240_000);

  test("public pages", async ({ page, context, baseURL }) => {
    await context.addCookies([{ ...SWAHILI, url: baseURL! }]);
    const found: string[] = [];
    await sweep(page, PUBLIC, found);
    expect(found).toEqual([]);
  });

  for (const role of ROLES) {
    test(`pages of ${role.email}`, async ({ page, context, baseURL }) => {
      if (role.official) await loginOfficial(page, role.email);
      else {
        await login(page, role.email, DEMO_PASSWORD);
        await expect(page.getByRole("button", { name: /^(Log out|Toka)$/ })).toBeVisible();
      }
      await context.addCookies([{ ...SWAHILI, url: baseURL! }]);
      const found: string[] = [];
      await sweep(page, role.pages, found);
      expect(found).toEqual([]);
    });
  }
});
