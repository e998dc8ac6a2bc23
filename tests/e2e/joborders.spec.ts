import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectConfirmation, login, loginOfficial, logout } from "./helpers";

test("an agency submits a job order, NEA verifies it, and a worker finds and verifies it at /jobs", async ({
  page,
}, info) => {
  const tag = info.project.name === "js" ? "JS" : "NOJS";
  const title = `Gardener ${tag} ${Date.now() % 100000}`;
  await login(page, "agency@demo.kazisalama.ke", DEMO_PASSWORD);
  await expect(page.getByText(/Signed in as/)).toBeVisible();
  await page.goto("/agency/employers");
  await page.getByLabel("Company").check();
  await page.getByLabel("Name", { exact: false }).first().fill(`Green Villas ${tag} LLC`);
  await page.getByLabel("Destination country").selectOption("AE");
  await page.getByLabel("City").fill("Abu Dhabi");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("Employer registered.")).toBeVisible();

  await page.goto("/agency/job-orders");
  await page
    .getByLabel("Employer")
    .selectOption({ label: `Green Villas ${tag} LLC — Abu Dhabi, United Arab Emirates` });
  await page.getByLabel("Job", { exact: true }).selectOption("OTHER");
  await page.getByLabel("Job title").fill(title);
  await page.getByLabel("Positions").fill("4");
  await page.getByLabel("Monthly wage offered").fill("2200");
  await page
    .getByLabel("Recruiting until")
    .fill(new Date(Date.now() + 60 * 86400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Submit to NEA" }).click();
  await expectConfirmation(page, "Job order submitted to NEA");
  await logout(page);

  await loginOfficial(page, "officer@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Job orders" }).click();
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Verified");
  await logout(page);

  await page.goto("/jobs?country=AE");
  const item = page.locator(".result", { hasText: title });
  await expect(item).toContainText(`Green Villas ${tag} LLC`);
  const code = (await item.locator("a.code").textContent())!.trim();
  await item.locator("a.code").click();
  await expect(
    page.getByRole("heading", { name: /Job order verified by NEA: Valid/ }),
  ).toBeVisible();

  // The code seen in an advert, typed into the box on /jobs, answers the same.
  await page.goto("/jobs");
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(
    page.getByRole("heading", { name: /Job order verified by NEA: Valid/ }),
  ).toBeVisible();
});
