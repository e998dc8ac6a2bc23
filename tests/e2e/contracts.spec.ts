import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  expectProblem,
  login,
  loginOfficial,
  logout,
  switchLanguage,
} from "./helpers";

test("a contract from draft to approval: blocked by a finding, fixed, recommended by an officer, approved by a supervisor", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const nationalId = info.project.name === "js" ? "32000001" : "32000002";
  await login(page, "agency@demo.kazisalama.ke", DEMO_PASSWORD);
  await expect(page.getByText(/Signed in as/)).toBeVisible();
  await page.goto("/agency/contracts");
  const housekeeper = await page
    .locator("#jobOrderId option", { hasText: "Housekeeper and cook" })
    .getAttribute("value");
  await page.getByLabel("Verified job order").selectOption(housekeeper!);
  await page.getByLabel("First name").fill("Wanjiku");
  await page.getByLabel("Last name").fill(`Test ${info.project.name}`);
  await page.getByLabel("National ID number").fill(nationalId);
  await page.getByLabel("Worker's date of birth").fill("1995-06-15");
  await page.getByLabel("Worker's own mobile number").fill("0712 000 111");
  await page.getByRole("button", { name: "Start the draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft");

  await page
    .getByRole("group", { name: "Who keeps the passport" })
    .getByLabel("The employer")
    .check();
  await page.getByLabel("Probation (days)").fill("30");
  await page.getByLabel("End-of-service benefit (days of wage per year worked)").fill("21");
  await page.getByLabel("Paid annual leave (days a year)").fill("21");
  await page.getByRole("button", { name: "Save and check" }).click();
  await expect(page.locator(".findings")).toContainText("DOC-01");
  await page.getByRole("button", { name: "Submit to NEA" }).click();
  await expect(page.getByRole("alert")).toContainText("Fix the blocking problems first.");

  await page
    .getByRole("group", { name: "Who keeps the passport" })
    .getByLabel("The worker")
    .check();
  await page.getByRole("button", { name: "Save and check" }).click();
  await expect(page.getByText("Saved and checked.")).toBeVisible();
  await expect(page.getByText("No findings: every rule is met.")).toBeVisible();
  await page.getByRole("button", { name: "Submit to NEA" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Submitted");
  const reference = (await page.getByRole("heading", { level: 1 }).textContent())!.split(" ")[0]!;
  await logout(page);

  await loginOfficial(page, "officer@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Contracts" }).click();
  await page.getByRole("link", { name: reference }).click();
  await page.getByRole("button", { name: "Start the review" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Under review");
  await page.getByLabel("Note or reason").fill("Terms meet the Qatar rules.");
  await page.getByRole("button", { name: "Recommend approval" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Recommended");
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0); // officers do not approve
  await logout(page);

  await loginOfficial(page, "supervisor@demo.kazisalama.ke");
  await page.goto("/nea/contracts?status=RECOMMENDED");
  await page.getByRole("link", { name: reference }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Approved");
  await expect(page.getByText("Fingerprint of the approved terms (SHA-256)")).toBeVisible();
});

test("the demo worker reads her approved contract in Kiswahili and accepts it", async ({
  page,
}, info) => {
  // The demo contract can be accepted once: the first project (js) reads it, the second accepts it.
  const accept = info.project.name !== "js";
  await login(page, "worker@demo.kazisalama.ke", DEMO_PASSWORD);
  await expect(page.getByRole("link", { name: /^(My contract|Mkataba wangu)$/ })).toBeVisible();
  // The language is remembered on the account, so a second run may already be in Kiswahili.
  await switchLanguage(page, "sw");
  // Her home page says what to do next, and takes her there.
  await page.goto("/");
  await expect(page.locator("#next-step")).toHaveText(
    "Hatua yako inayofuata: Soma na ukubali mkataba wako",
  );
  await page.getByRole("link", { name: "Soma mkataba wangu" }).click();
  await expect(page.getByText("Utalipwa riali za Qatar 1,500 (QAR) kwa mwezi.")).toBeVisible();
  // The kind of job in her language first, the agency's English title beside it; her employer by
  // name, even a household.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Mfanyakazi wa nyumbani (Housekeeper and cook) — Qatar",
  );
  await expect(page.getByText(/^Mwajiri wako: .+ \(nyumba ya mtu binafsi\), Doha\./)).toBeVisible();
  await expect(page.getByText("Unabaki na pasipoti yako.")).toBeVisible();
  const button = page.getByRole("button", { name: "Nimesoma mkataba huu na ninaukubali" });
  await expect(button).toBeVisible();
  // Not sure? NEA's free line is one tap away (in the hint above the button, and in the footer).
  await expect(page.getByRole("link", { name: "0800 222 223" }).first()).toHaveAttribute(
    "href",
    "tel:0800222223",
  );
  if (!accept) return;
  // Accepting asks her to say she has read it all.
  await button.click();
  await expectProblem(page, "Weka alama kwenye kisanduku");
  await page.getByLabel("Nimesoma kila sharti, na ndicho nilichoahidiwa.").check();
  await button.click();
  await expect(page.getByText(/Uliukubali mkataba huu tarehe/)).toBeVisible();
  await page.goto("/");
  await expect(page.locator("#next-step")).not.toContainText("Soma na ukubali");
  await page.goBack();
  const pdf = await page.request.get(
    (await page
      .getByRole("link", { name: "Pakua mkataba ulioidhinishwa (PDF)" })
      .getAttribute("href")) as string,
  );
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await page.locator("a.code").click();
  await expect(
    page.getByRole("heading", { name: /Mkataba wa kazi ulioidhinishwa na NEA: Halali/ }),
  ).toBeVisible();
});

test("an agency drafts, checks and submits a contract in Kiswahili", async ({ page }, info) => {
  const nationalId = info.project.name === "js" ? "33000001" : "33000002";
  await login(page, "agency@demo.kazisalama.ke", DEMO_PASSWORD);
  await expect(page.getByRole("link", { name: /^(Contracts|Mikataba)$/ }).first()).toBeVisible();
  await switchLanguage(page, "sw");
  try {
    await page.goto("/agency/contracts");
    const housekeeper = await page
      .locator("#jobOrderId option", { hasText: "Housekeeper and cook" })
      .getAttribute("value");
    await page.getByLabel("Agizo la kazi lililothibitishwa").selectOption(housekeeper!);
    await page.getByLabel("Jina la kwanza").fill("Halima");
    await page.getByLabel("Jina la mwisho").fill(`Swahili ${info.project.name}`);
    await page.getByLabel("Nambari ya kitambulisho").fill(nationalId);
    await page.getByLabel("Tarehe ya kuzaliwa ya mfanyakazi").fill("1994-11-20");
    await page.getByLabel("Nambari ya simu ya mfanyakazi mwenyewe").fill("0712 000 222");
    await page.getByRole("button", { name: "Anza rasimu" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Rasimu");
    await page.getByLabel("Ada za kuajiriwa alizolipa mfanyakazi").fill("20000");
    await page.getByRole("button", { name: "Hifadhi na ukague" }).click();
    await expect(page.locator(".findings")).toContainText("ada ya kuajiriwa");
    await page.getByLabel("Ada za kuajiriwa alizolipa mfanyakazi").fill("0");
    await page.getByLabel("Majaribio (siku)").fill("30");
    await page.getByRole("button", { name: "Hifadhi na ukague" }).click();
    await expect(page.getByText("Imehifadhiwa na kukaguliwa.")).toBeVisible();
    await page.getByRole("button", { name: "Wasilisha kwa NEA" }).click();
    // Submission runs the compliance engine and queues the messages in one transaction: under a
    // loaded CI machine it once took longer than the default 5 s.
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Umewasilishwa", {
      timeout: 15_000,
    });
  } finally {
    // The language is remembered on the account: put it back for the other tests.
    await switchLanguage(page, "en");
  }
});
