// Issue 7's public statistics in a real browser, with and without JavaScript: charts drawn on the
// server as tables (readable on a phone), and the same numbers as JSON.
import { expect, test } from "@playwright/test";

test("a visitor reads the public statistics, in charts and as JSON", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Statistics" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistics");
  // Each chart is its own table: labels and numbers as text.
  await expect(page.getByRole("table", { name: "Agencies by licence status" })).toContainText(
    "Active",
  );
  // Months as people read them, not "2026-08".
  await expect(page.locator("main")).not.toContainText(/\b20\d\d-\d\d\b/);
  // On a phone no label or number in a chart is smaller than 12 px.
  await page.setViewportSize({ width: 360, height: 740 });
  const sizes = await page
    .locator(".bar-chart th, .bar-chart td, .bar-chart caption")
    .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  expect(sizes.length).toBeGreaterThan(3);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  await expect(
    page.getByRole("table", { name: "Welfare cases by category", exact: true }),
  ).toContainText("Unpaid wages");
  const json = await request.get("/stats.json");
  expect(json.headers()["cache-control"]).toBe("public, max-age=300");
  const body = await json.json();
  expect(body.agencies.length).toBeGreaterThan(0);
});
