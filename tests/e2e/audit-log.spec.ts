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
  for (const row of await rows.all()) {
    await expect(row.locator("td").nth(3)).toContainText("Signed in");
    await expect(row.locator("td").nth(3).locator("code")).toHaveText("user.login");
  }
});
