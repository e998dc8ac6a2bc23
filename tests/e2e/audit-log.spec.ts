// The audit log as an administrator reads it: each action by its name (the recorded code kept
// small beside it), chosen from a list of names, with and without JavaScript.
import { expect, test } from "@playwright/test";
import { loginOfficial } from "./helpers";

test("an administrator finds the sign-ins by the action's name", async ({ page }) => {
  await loginOfficial(page, "admin@demo.kazisalama.ke");
  await page.goto("/admin/audit");
  await page.getByLabel("Action").selectOption({ label: "Signed in" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=user\.login(&|$)/);
  const rows = page.locator("main tbody tr");
  await expect(rows.first()).toBeVisible();
  // Retried until the filtered page has replaced the unfiltered one: with JavaScript, the address
  // can change a moment before the new rows are drawn, so rows read once may be the old ones.
  const action = rows.locator("td:nth-child(4)");
  await expect(
    rows.filter({ hasNot: page.locator("td:nth-child(4) code", { hasText: /^user\.login$/ }) }),
  ).toHaveCount(0);
  await expect(action.filter({ hasNotText: "Signed in" })).toHaveCount(0);
});
