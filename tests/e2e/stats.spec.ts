// Issue 7's public statistics in a real browser, with and without JavaScript: charts drawn on the
// server, a table for the numbers, and the same numbers as JSON.
import { expect, test } from "@playwright/test";

test("a visitor reads the public statistics, in charts and as JSON", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Statistics" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistics");
  await expect(page.getByRole("img", { name: "Agencies by licence status" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Welfare cases by category/ })).toContainText(
    "Unpaid wages",
  );
  const json = await request.get("/stats.json");
  expect(json.headers()["cache-control"]).toBe("public, max-age=300");
  const body = await json.json();
  expect(body.agencies.length).toBeGreaterThan(0);
});
