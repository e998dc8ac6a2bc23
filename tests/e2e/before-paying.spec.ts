// Issue 20 §1 and §2 in a real browser, as a new user would try them: on a phone, in Kiswahili,
// without an account, she checks the number from a TikTok advert (reported), the number a licensed
// agency gave her (the agency's), and the offer itself — a Saudi domestic job asking for a fee (red,
// with the reason) and a verified order from the agency's own number (no problem found). With and
// without scripts.
import { expect, test } from "@playwright/test";
import { expectProblem, switchLanguage } from "./helpers";

const DEMO_JOB_ORDER_CODE = "2202-6000-1"; // completed below with its check digit from the jobs page

test("a worker checks a recruiter's numbers and a job offer before paying", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await switchLanguage(page, "sw");
  await page.locator(".site-menu > summary").click();
  await page.getByRole("link", { name: "Hakiki nambari" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Hakiki nambari ya anayeajiri kabla ya kulipa",
  );

  // The number from the advert: NEA confirmed it is an unlicensed recruiter.
  await page
    .getByLabel("Nambari ya simu, nambari ya M-Pesa au jina la ukurasa")
    .fill("+254799000111");
  await page.getByRole("button", { name: "Hakiki", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(
    "NEA imethibitisha kuwa huyu ni mwajiri asiye na leseni",
  );
  await expect(page.getByRole("status")).toContainText("Usilipe.");

  // The number a licensed agency gave her, typed as she has it.
  await page
    .getByLabel("Nambari ya simu, nambari ya M-Pesa au jina la ukurasa")
    .fill("0722 000001");
  await page.getByRole("button", { name: "Hakiki", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(
    "Hii ni ya wakala mwenye leseni: Jamii Bora Demo Recruitment Ltd",
  );

  // The offer from the advert: a housemaid job in Saudi Arabia, KES 30,000 "to process the visa".
  await page.getByText("Hakiki kazi uliyopewa").click();
  await page.getByLabel(/^Nchi ya kazi/).selectOption({ label: "Saudi Arabia" });
  await page
    .getByRole("combobox", { name: /^Kazi/ })
    .selectOption({ label: "Mfanyakazi wa nyumbani" });
  await page.getByLabel(/^Pesa waliyokuomba ulipe/).fill("30,000");
  await page.getByLabel(/^Mshahara wa mwezi ulioahidiwa/).fill("riyal elfu moja");
  await page.getByRole("button", { name: "Hakiki kazi" }).click();
  // A slip first: the pay in words is refused, on its field, in her language.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Je, kazi uliyopewa ni ya kweli?",
  );
  await expectProblem(page, "Andika mshahara wa mwezi kwa tarakimu, kama 1500.");
  await page.getByLabel(/^Mshahara wa mwezi ulioahidiwa/).fill("1000");
  await page.getByRole("button", { name: "Hakiki kazi" }).click();
  const verdict = page.locator("#verdict");
  await expect(verdict.getByRole("heading", { level: 2 })).toHaveText(
    "Nyekundu: usilipe na usiende",
  );
  // The worst reason first: the fee, with the law it breaks.
  await expect(verdict.locator("li").first()).toContainText("Uliombwa ulipe");
  await expect(verdict.locator("li").first()).toContainText("Tatizo");
  await expect(verdict.locator("li").first()).toContainText("C181");
  await expect(verdict.getByRole("link", { name: "Ripoti anayeajiri" })).toBeVisible();

  // The agency's real offer: the code from the jobs page, its official number, no fee.
  await page.goto("/jobs?country=QA");
  const code = (await page
    .locator("li.result")
    .filter({ hasText: "Housekeeper and cook" })
    .locator("a.code")
    .first()
    .textContent())!;
  expect(code.startsWith(DEMO_JOB_ORDER_CODE)).toBe(true);
  await page.getByText("Hakiki kazi uliyopewa").click();
  await page.getByLabel(/^Nchi ya kazi/).selectOption({ label: "Qatar" });
  await page.getByLabel(/^Pesa waliyokuomba ulipe/).fill("0");
  await page.getByLabel(/^Mshahara wa mwezi ulioahidiwa/).fill("1500");
  await page.getByLabel(/^Nambari ya agizo la kazi/).fill(code);
  await page.getByLabel(/^Nambari ya simu, nambari ya M-Pesa au ukurasa/).fill("0722 000 001");
  await page.getByRole("button", { name: "Hakiki kazi" }).click();
  await expect(verdict.getByRole("heading", { level: 2 })).toHaveText(
    "Kijani: kila tulichoweza kukagua ni sawa",
  );
  await expect(verdict).toContainText("Agizo la kazi limethibitishwa na NEA");
  await expect(verdict).toContainText("mawasiliano rasmi ya Jamii Bora Demo Recruitment Ltd");
  await expect(verdict).not.toContainText("Tatizo");
  // The answer is a link she can send home: the form keeps what she typed.
  await expect(page.getByLabel(/^Mshahara wa mwezi ulioahidiwa/)).toHaveValue("1500");
  await switchLanguage(page, "en");
});
