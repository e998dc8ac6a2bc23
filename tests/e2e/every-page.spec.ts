// Every page, as each role reads it, in Kiswahili: the page has its own translated title (the same
// words as its heading), and no stored code (an enum value such as WORKER or ACTIVE, a country code
// such as QA) reaches the reader as a word. Data stored only in English is marked lang="en" and not
// read here. And every page passes axe-core's WCAG 2.1 A and AA checks, in Kiswahili on a phone and
// in English on a laptop, and no page is wider than the screen. One run lists every problem found,
// page by page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import * as enums from "../../app/generated/prisma/enums";
import { DEMO_PASSWORD, login, loginOfficial, workerAbroad } from "./helpers";
import { PUBLIC, ROLES, type Visit } from "./pages";

// The language switch's cookie, as the server writes it (a JSON string, base64): the language is
// chosen in this browser without saving it to the demo account other tests sign in to.
const langCookie = (lang: "en" | "sw") => ({
  name: "ks_lang",
  value: Buffer.from(JSON.stringify(lang)).toString("base64"),
});

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

/** Every axe (WCAG 2.1 A and AA) violation on the page, with the first elements it is on. */
async function violationsOn(page: Page) {
  // Legacy mode runs axe inside the page itself (a third of the time of the default, which opens
  // a page of its own per check).
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations.map(
    (v) =>
      `axe ${v.id} (${v.impact}) on ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(", ")}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ""}`,
  );
}

type View = { lang: "en" | "sw"; width: number; height: number };
/**
 * Kiswahili on a phone and English on a laptop: the narrowest screen with the longest words, and
 * the widest layout. A11Y_MATRIX=full adds English on a phone and Kiswahili on a laptop.
 */
const VIEWS: View[] = [
  { lang: "sw", width: 360, height: 740 },
  { lang: "en", width: 1366, height: 800 },
  ...(process.env.A11Y_MATRIX === "full"
    ? ([
        { lang: "en", width: 360, height: 740 },
        { lang: "sw", width: 1366, height: 800 },
      ] as View[])
    : []),
];

async function check(
  page: Page,
  context: BrowserContext,
  base: string,
  path: string,
  expectedStatus: number,
  found: string[],
  shows?: string,
) {
  for (const view of VIEWS) {
    await context.addCookies([{ ...langCookie(view.lang), url: base }]);
    await page.setViewportSize({ width: view.width, height: view.height });
    const res = await page.goto(path);
    const where = `${path} (${view.lang}, ${view.width}px)`;
    // axe first: the word check hides English-only data on the page it reads.
    for (const p of await violationsOn(page)) found.push(`${where}: ${p}`);
    // Nothing widens the page past a phone's screen (a long Kiswahili option in a filter, a
    // table): wide tables scroll inside their own region.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    if (wide > view.width) found.push(`${where}: the page is ${wide} px wide`);
    // Ids are unique: a heading sharing a form's id took the form's fields away from it (their
    // `form` attribute named the heading), so the worker's correction request could not be sent.
    const dupes = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll("[id]"))
        seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    if (dupes.length) found.push(`${where}: ids used more than once: ${dupes.join(", ")}`);
    if (view.lang === "sw") {
      for (const p of await problemsOn(page, expectedStatus, res?.status()))
        found.push(`${where}: ${p}`);
      if (shows && !(await page.locator("main table").first().innerText()).includes(shows))
        found.push(`${where}: does not show "${shows}"`);
    }
  }
}

async function sweep(page: Page, context: BrowserContext, base: string, visits: Visit[]) {
  const found: string[] = [];
  for (const v of visits) {
    await check(page, context, base, v.path, v.status ?? 200, found, v.shows);
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
    await check(page, context, base, href, 200, found);
  }
  return found;
}

test.describe("every page: in Kiswahili, and accessible", () => {
  // axe runs inside the page, so this file runs in the "js" project; the pages are the same
  // server-rendered HTML without JavaScript (playwright.config.ts leaves it out of "no-js").
  test.setTimeout(300_000);

  test("public pages", async ({ page, context, baseURL }) => {
    expect(await sweep(page, context, baseURL!, PUBLIC)).toEqual([]);
  });

  for (const role of ROLES) {
    test(`pages of ${role.email}`, async ({ page, context, baseURL }) => {
      if (role.official) await loginOfficial(page, role.email);
      else {
        await login(page, role.email, DEMO_PASSWORD);
        await expect(page.getByRole("button", { name: /^(Log out|Toka)$/ })).toBeVisible();
      }
      expect(await sweep(page, context, baseURL!, role.pages)).toEqual([]);
    });
  }

  // No demo account is abroad: a worker deployed to Saudi Arabia, about to say she is back home.
  test("pages of a worker abroad", async ({ page, context, baseURL }) => {
    const { email, registrationId } = await workerAbroad("sweep");
    await login(page, email, DEMO_PASSWORD);
    await expect(page.getByRole("button", { name: /^(Log out|Toka)$/ })).toBeVisible();
    const pages = [{ path: "/my/departure" }, { path: `/my/return/${registrationId}` }];
    expect(await sweep(page, context, baseURL!, pages)).toEqual([]);
  });
});
