// Issue 20 §3 in a real browser, as a returnee would use it: on a phone, in Kiswahili, she says she
// is back home early because she was not paid, then answers her debrief — wages owed, what she
// learnt, the help she wants — and sees the wage claim it opened and the referrals for help; legal
// aid, which her answer opened, waits for her agreement, and she asks for more help herself. NEA's
// desk places legal aid only with her agreement recorded, and corrects a service's contact. With
// and without scripts.
import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  expectProblem,
  login,
  loginOfficial,
  logout,
  switchLanguage,
  workerAbroad,
} from "./helpers";

/** Today in Nairobi, typed as she would: day/month/year. */
function todayTyped() {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Nairobi" })
    .format(new Date())
    .split("-");
  return `${d}/${m}/${y}`;
}

test("a returnee's debrief reporting unpaid wages opens a claim and a reintegration referral", async ({
  page,
}) => {
  const { email } = await workerAbroad("returns");
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, email, DEMO_PASSWORD);
  await switchLanguage(page, "sw");
  // Her way home starts where she asks for help, as well as on her Departure page.
  await page.goto("/my/help");
  await expect(
    page.getByText("Umesharudi Kenya? Tuambie, na uombe msaada ukiwa nyumbani:"),
  ).toBeVisible();
  await page.getByRole("link", { name: "Nimerudi nyumbani" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nimerudi nyumbani");

  // Her contract runs two years: back after a hundred days, "my contract ended" is not a reason.
  await page.getByLabel("Siku uliyotua Kenya").fill(todayTyped());
  await page.getByLabel("Kwa nini ulirudi?").selectOption({ label: "Mkataba wangu uliisha" });
  await page.getByRole("button", { name: "Rekodi kurudi kwangu" }).click();
  await expectProblem(page, "Hii ni kabla mkataba haujaisha: chagua sababu ya kurudi mapema.");
  await page.getByLabel("Siku uliyotua Kenya").fill(todayTyped());
  await page.getByLabel("Kwa nini ulirudi?").selectOption({ label: "Sikulipwa" });
  await page.getByRole("button", { name: "Rekodi kurudi kwangu" }).click();
  await expect(page.getByText("Kurudi kwako kumerekodiwa. Karibu nyumbani.")).toBeVisible();
  await expect(
    page.getByText(/Ulirudi tarehe .*kabla mkataba wako haujaisha.*Sikulipwa/),
  ).toBeVisible();

  // Her home page's next step is now how the job was, and leads back here.
  await page.goto("/");
  await expect(page.locator("#next-step")).toContainText("Karibu nyumbani: tuambie kazi ilikuwaje");
  await page.getByRole("link", { name: "Jibu maswali machache" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nimerudi nyumbani");

  // The debrief, in her language.
  await expect(page.getByRole("heading", { level: 2, name: "Kazi ilikuwaje?" })).toBeVisible();
  await page.getByRole("button", { name: "Tuma majibu yangu" }).click();
  await expectProblem(page, "Sema kama ulilipwa mishahara yako yote.");
  await expectProblem(page, "Sema kama ungeenda kufanya kazi ng'ambo tena.");
  await page.getByLabel("Ulilipwa mishahara yako yote?").selectOption({ label: "Hapana" });
  await page.getByLabel("Bado unadai kiasi gani?").fill("3,000");
  await page.getByLabel("Sarafu").selectOption("SAR");
  await page
    .getByLabel("Je, mwajiri au wakala alichukua pasipoti yako na kukaa nayo?")
    .selectOption({ label: "Ndiyo" });
  await page.getByLabel(/^Mkataba uliheshimiwa/).selectOption({ label: "Hapana" });
  await page.getByLabel("Uliumizwa, ulitishiwa au ulinyanyaswa?").selectOption({ label: "Hapana" });
  await page.getByLabel("Ungeenda kufanya kazi ng'ambo tena?").selectOption({ label: "Ndiyo" });
  await page.getByLabel("Kupitia wakala yule yule?").selectOption({ label: "Hapana" });
  await page.getByLabel("Kupika").check();
  await page.getByLabel("Mafunzo ya kuanzisha biashara").check();
  await page.getByRole("button", { name: "Tuma majibu yangu" }).click();

  // The wage claim it opened, and the help: legal aid for the wages, and the training she asked for.
  const flash = page.getByText(/Asante\. Tumekufungulia kesi: KS-/);
  await expect(flash).toBeVisible();
  const reference = /kesi: (KS-[A-Z0-9-]+)/.exec((await flash.textContent()) ?? "")![1]!;
  await expect(page.getByRole("heading", { name: "Kesi zilizofunguliwa" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: reference })).toContainText(
    "Sijalipwa",
  );
  await expect(page.getByRole("heading", { name: "Msaada kwako" })).toBeVisible();
  // Legal aid was opened by her answer, not asked for: it waits for her agreement.
  await expect(page.getByRole("listitem").filter({ hasText: "Msaada wa kisheria" })).toContainText(
    "Inapendekezwa: NEA itakupeleka tu ukikubali",
  );
  await expect(
    page.getByRole("button", { name: "Ndiyo, nipelekwe: Msaada wa kisheria" }),
  ).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Hapana, asante: Msaada wa kisheria" }),
  ).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Mafunzo ya kuanzisha biashara" }),
  ).toBeVisible();
  await expect(page.getByText(/riyali za Saudi Arabia 3,000/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Tuma majibu yangu" })).toHaveCount(0);
  // She asks for more help herself (asking is agreeing); what she has asked for is not offered again.
  await page.getByRole("button", { name: "Omba msaada huu" }).click();
  await expectProblem(page, "Chagua msaada unaohitaji.");
  await page.getByLabel("Msaada unaohitaji").selectOption({ label: "Huduma za afya" });
  await page.getByRole("button", { name: "Omba msaada huu" }).click();
  await expect(
    page.getByText("Asante. NEA itatafuta huduma na kukuambia umpigie nani."),
  ).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Huduma za afya" })).toContainText(
    "NEA inatafuta huduma karibu nawe",
  );
  await expect(page.getByLabel("Msaada unaohitaji").locator("option")).not.toContainText([
    "Huduma za afya",
  ]);

  // Answered: her next step is her help at home.
  await page.goto("/");
  await expect(page.locator("#next-step")).toContainText("Msaada wako ukiwa nyumbani");
  // Her Help page no longer speaks of the embassy: her page at home is where her help is.
  await page.goto("/my/help");
  await expect(page.getByText(/^Umerudi nyumbani\. Majibu yako/)).toBeVisible();
  await expect(page.getByText(/Ubalozi wa Kenya ukishakusajili/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Nimerudi nyumbani: majibu yako" })).toBeVisible();

  // Her departure page keeps the way back to it.
  await page.goto("/my/departure");
  await expect(page.getByRole("link", { name: "Nimerudi nyumbani: majibu yako" })).toBeVisible();
  await switchLanguage(page, "en");
  await page.setViewportSize({ width: 1280, height: 800 }); // the officer's desk
  await logout(page);

  // NEA's returnee desk places her legal-aid referral with a service from its directory.
  await loginOfficial(page, "officer@demo.kazisalama.ke");
  await page.goto("/returns");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Returnees");
  await page.getByRole("link", { name: "Rehema Atieno" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rehema Atieno");
  await expect(page.getByText(/^Her county/)).toBeVisible(); // to refer her near home
  const legal = page.locator("form").filter({ hasText: "Legal help" });
  await expect(legal).toContainText("Her answers opened this referral: ask her first");
  await legal.getByRole("button", { name: "Refer her" }).click();
  await expectProblem(page, "Choose a service of this kind from the directory.");
  await expect(page.locator("form").filter({ hasText: "Health care" })).toContainText(
    "She asked for this help.",
  );
  const clinic = { label: "Nairobi legal aid clinic (demo)" };
  await legal.getByLabel(/^Service/).selectOption(clinic);
  await legal.getByRole("button", { name: "Refer her" }).click();
  await expectProblem(page, "Tick to record that she agreed to be referred.");
  await legal.getByLabel(/^Service/).selectOption(clinic);
  await legal.getByLabel("She agreed to be referred to this service").check();
  await legal.getByRole("button", { name: "Refer her" }).click();
  await expect(page.getByText("She is referred, and told whom to call.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Legal help" })).toContainText(
    "Nairobi legal aid clinic (demo)",
  );
  // What became of it.
  const outcome = page.locator("form").filter({ hasText: "Record the outcome" });
  await outcome.getByLabel("What became of it").selectOption({ label: "Taken up" });
  await outcome.getByLabel("What happened").fill("Claim lodged for 3,000 riyals");
  await outcome.getByRole("button", { name: "Record the outcome" }).click();
  await expect(page.getByText("The outcome is recorded.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Legal help" })).toContainText(
    "Claim lodged for 3,000 riyals",
  );
});

test("NEA corrects how to reach a service; its name and kind stay", async ({ page }, info) => {
  const address = `Kisumu (demo, ${info.project.name})`; // each run changes something
  await loginOfficial(page, "officer@demo.kazisalama.ke");
  await page.goto("/returns/services");
  await page.getByRole("link", { name: "Correct contact: Small business training (demo)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Correct a service's contact");
  await expect(page.getByText("Small business training (demo)")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveCount(0);
  await page.getByLabel("Phone").fill("call us");
  await page.getByRole("button", { name: "Save the correction" }).click();
  await expectProblem(
    page,
    "Enter a phone number people can call: a mobile, a landline or a toll-free number.",
  );
  await page.getByLabel("Phone").fill("0700 000 115");
  await page.getByLabel("Address (optional)").fill(address);
  await page.getByRole("button", { name: "Save the correction" }).click();
  await expect(page.getByText("The service's contact is corrected.")).toBeVisible();
  await expect(
    page.getByRole("row").filter({ hasText: "Small business training (demo)" }),
  ).toContainText(address);
});
