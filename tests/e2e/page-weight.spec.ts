// Public and worker pages stay light for a cheap phone on a slow, paid connection: everything the
// browser fetches for the page (HTML, CSS, scripts, images), as sent over the wire, at most 60 KB.
import { expect, test, type Page, type Request } from "@playwright/test";
import { DEMO_PASSWORD, login } from "./helpers";
import { PUBLIC, ROLES } from "./pages";

const BUDGET = 60 * 1024;

/** Bytes sent over the wire for a page and everything it loads (headers and bodies, compressed). */
async function weightOf(page: Page, path: string) {
  const requests: Request[] = [];
  const on = (r: Request) => requests.push(r);
  page.on("requestfinished", on);
  await page.goto(path, { waitUntil: "load" });
  page.off("requestfinished", on);
  let total = 0;
  for (const r of requests) {
    const s = await r.sizes();
    total += s.responseBodySize + s.responseHeadersSize;
  }
  return total;
}

test("public and worker pages weigh at most 60 KB", async ({ page }) => {
  test.setTimeout(120_000);
  const heavy: string[] = [];
  let heaviest = { path: "", bytes: 0 };
  const weigh = async (paths: string[]) => {
    for (const path of paths) {
      const bytes = await weightOf(page, path);
      if (bytes > heaviest.bytes) heaviest = { path, bytes };
      if (bytes > BUDGET) heavy.push(`${path}: ${Math.round(bytes / 1024)} KB`);
    }
  };
  // Nothing from the browser's cache: every page is weighed as on a first visit.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await weigh(PUBLIC.filter((v) => !v.status).map((v) => v.path));
  await login(page, "worker@demo.kazisalama.ke", DEMO_PASSWORD);
  await weigh(["/", ...ROLES.find((r) => r.email.startsWith("worker@"))!.pages.map((v) => v.path)]);
  test.info().annotations.push({
    type: "heaviest",
    description: `${heaviest.path}: ${(heaviest.bytes / 1024).toFixed(1)} KB`,
  });
  expect(heavy).toEqual([]);
});
