import { expect, test } from "@playwright/test";
import { switchLanguage } from "./helpers";

test("an agency checks a draft contract: blocked by the Qatar minimum wage, then fixed; also in Kiswahili", async ({
  page,
}) => {
  await page.goto("/compliance-check");
  await page.getByLabel("Destination country").selectOption("QA");
  await page.getByLabel("Worker's date of birth").fill("1998-03-10");
  await page.getByLabel("Monthly wage").fill("1200");
  await page.getByLabel("Currency").selectOption("QAR");
  await page
    .getByRole("group", { name: "Housing provided by the employer" })
    .getByLabel("No")
    .check();
  await page.getByLabel("Probation (days)").fill("30");
  await page.getByLabel("End-of-service benefit (days of wage per year worked)").fill("21");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(
    page.getByRole("heading", {
      name: "This contract could not be submitted: fix the blocking problems below.",
    }),
  ).toBeVisible();
  await expect(page.locator(".findings")).toContainText("WAGE-02");
  await expect(page.locator(".findings")).toContainText(
    "below the minimum of QAR 1,500 (because housing is not provided)",
  );

  await page.getByLabel("Monthly wage").fill("1500");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(
    page.getByRole("heading", { name: "No blocking problems: this contract could be submitted." }),
  ).toBeVisible();

  await switchLanguage(page, "sw");
  await expect(page.locator("html")).toHaveAttribute("lang", "sw");
  await page.goto("/compliance-check");
  await page.getByLabel("Tarehe ya kuzaliwa ya mfanyakazi").fill("1998-03-10");
  await page.getByLabel("Mshahara wa mwezi").fill("900");
  await page.getByRole("button", { name: "Kagua" }).click();
  await expect(page.locator(".findings")).toContainText("uko chini ya kiwango cha chini");
});
