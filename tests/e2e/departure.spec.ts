// Issue 6, departure in a real browser: a worker sees what stands between her and leaving, fixes
// it on her profile, gets the clearance, checks it as immigration would, and gives the mission her
// address abroad.
import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  almostReadyTraveller,
  expectProblem,
  login,
  loginOfficial,
  logout,
} from "./helpers";

test("a worker gets her departure clearance and registers her details abroad", async ({
  page,
}, testInfo) => {
  const { email, reference } = await almostReadyTraveller(testInfo.project.name);
  await login(page, email, DEMO_PASSWORD);
  // Before any mission knows her, Get help starts with numbers to call: Kenya's police first, on
  // the first screen of a phone, then Qatar's (her signed contract's country); no form yet.
  await page.getByRole("link", { name: "Get help" }).first().click();
  const helpFirst = page.locator("main a").first();
  await expect(helpFirst).toHaveAttribute("href", "tel:999");
  const wide = page.viewportSize()!;
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(helpFirst).toBeInViewport();
  await page.setViewportSize(wide);
  await expect(page.getByRole("link", { name: /^\+254 114 757 002/ })).toHaveAttribute(
    "href",
    "https://wa.me/254114757002",
  );
  await expect(page.getByText("In danger in Qatar? Call, free:")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send to the mission" })).toHaveCount(0);
  await page.getByRole("link", { name: "Departure" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Departure clearance");
  const card = page.getByRole("article").filter({ hasText: reference });
  await expect(card.locator("li.todo")).toHaveCount(2);
  await expect(card.getByText("Record your passport number and expiry date")).toBeVisible();
  await expect(card.getByRole("button", { name: "Issue my departure clearance" })).toHaveCount(0);

  await card.getByRole("link", { name: "Go to My profile" }).first().click();
  const passport = `AK${String(1000 + Math.floor(Math.random() * 9000))}321`; // unique per run, ends in 321
  await page.getByLabel("Passport number").fill(passport);
  // Typed day first, as the passport prints it (the browser's date box put the month first).
  const expiry = new Date(Date.now() + 3 * 365 * 86400_000).toISOString().slice(0, 10);
  const [y, mo, d] = expiry.split("-");
  await page.getByLabel("Passport expiry date").fill(`${d}/${mo}/${y}`);
  await page.getByLabel("Their name").fill("Peter Njoroge");
  await page.getByLabel("Relation to you").fill("Brother");
  await page.getByLabel("Their phone number").fill("0712 345 678");
  await page.getByLabel(/I agree that Kazi Salama may keep my next of kin/).check();
  // A refusal for another field keeps what she ticked (the page is served without scripts).
  await page.getByLabel("Their phone number").fill("12");
  await page.getByRole("button", { name: "Save my profile" }).click();
  await expectProblem(page, "phone");
  await expect(page.getByLabel(/I agree that Kazi Salama may keep my next of kin/)).toBeChecked();
  await page.getByLabel("Their phone number").fill("0712 345 678");
  await page.getByRole("button", { name: "Save my profile" }).click();
  await expect(page.getByText("Your profile was saved.")).toBeVisible();
  await expect(page.getByLabel("Passport expiry date")).toHaveValue(`${d}/${mo}/${y}`);

  await page.getByRole("link", { name: "Departure" }).click();
  await expect(card.locator("li.todo")).toHaveCount(0);
  await card.getByRole("button", { name: "Issue my departure clearance" }).click();
  await expect(
    page.getByText(
      "Your departure clearance was issued and you are registered with the Kenyan mission.",
    ),
  ).toBeVisible();
  await expect(card.getByText("Pre-registered: the mission expects you")).toBeVisible();
  await expect(card.getByText("You are registered with Embassy of Kenya, Doha.")).toBeVisible();
  const code = (await card.locator("strong.code").textContent())!.trim();
  expect(code).toMatch(/^4\d{3}-\d{4}-\d{2}$/);
  const pdf = await page.request.get(
    (await card.getByRole("link", { name: "Download the clearance (PDF)" }).getAttribute("href")) ??
      "",
  );
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  await card.getByLabel("City").fill("Al Wakrah");
  await card.getByLabel("Address abroad").fill("Street 12, Villa 4, near the Corniche");
  await card.getByLabel("Your phone number abroad").fill("12");
  await card.getByRole("button", { name: "Save my details abroad" }).click();
  await expectProblem(page, "Enter the phone number with its country code");
  await card.getByLabel("Your phone number abroad").fill("+974 5555 1234");
  await card.getByRole("button", { name: "Save my details abroad" }).click();
  await expect(page.getByText("Your details abroad were saved.")).toBeVisible();
  await page.goto("/my/departure");
  await expect(card.getByLabel("Your phone number abroad")).toHaveValue("+97455551234");
  // Get help names the mission in her language, with a number to tap.
  await page.goto("/my/help");
  await expect(page.getByText("Embassy of Kenya, Doha")).toBeVisible();
  await expect(page.getByRole("link", { name: "+974 4493 1870" })).toHaveAttribute(
    "href",
    "tel:+97444931870",
  );
  await logout(page);

  // Anyone (an immigration officer, her brother) checks the code: valid, with masked data only.
  await page.goto("/verify");
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Departure clearance: Valid" })).toBeVisible();
  await expect(
    page.getByText("W. N. is cleared by NEA to travel for work in Qatar."),
  ).toBeVisible();
  await expect(page.getByText("passport …321")).toBeVisible();
  await expect(page.getByText("Wanjiru")).toHaveCount(0);

  // The attaché in Doha finds her by passport number and confirms her arrival.
  await loginOfficial(page, "attache.doha@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Workers at the mission" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Workers registered with Embassy of Kenya, Doha",
  );
  await page.getByLabel("Passport or national ID number").fill(passport);
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByRole("link", { name: "Wanjiru Njoroge" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wanjiru Njoroge");
  const workerUrl = page.url();
  await expect(page.getByText("Pre-registered", { exact: true })).toBeVisible();
  await expect(page.getByText("+97455551234")).toBeVisible();
  await page.getByRole("button", { name: "Confirm arrival" }).click();
  await expect(page.getByText("Arrival confirmed.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Not answered" })).toHaveCount(1);
  await logout(page);

  // The attaché in Riyadh cannot see her: the page is simply not found.
  await loginOfficial(page, "attache.riyadh@demo.kazisalama.ke");
  const other = await page.goto(workerUrl);
  expect(other?.status()).toBe(404);
  await logout(page);

  // Her first check-in asks whether the job is what was agreed (issue 19): the form is filled in
  // with the approved terms; she says her pay is lower and her employer keeps her passport.
  await login(page, email, DEMO_PASSWORD);
  await page.getByRole("link", { name: "Departure" }).click();
  await expect(card.getByText(/Your next check-in is due on/)).toBeVisible();
  await expect(
    card.getByText("Your first check-in asks whether your job is what was agreed."),
  ).toBeVisible();
  await card.getByRole("link", { name: "Answer the check-in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Is your job what was agreed?");
  const pay = page.getByLabel(/Monthly pay you are actually promised/);
  const approvedPay = Number(await pay.inputValue());
  expect(approvedPay).toBeGreaterThan(500);
  await pay.fill(String(approvedPay - 500));
  await page.getByLabel("Who has your passport?").selectOption({ label: "My employer" });
  await page.getByRole("button", { name: "Send my answers" }).click();
  const flash = page.getByText(
    /Your answers show your job is not what was approved. Case \S+ is open/,
  );
  await expect(flash).toBeVisible();
  const caseRef = /Case (\S+) is open/.exec((await flash.textContent()) ?? "")![1]!;

  // Deployed (the mission recorded her arrival), she may rate the agency: never shown alone.
  await page.getByRole("link", { name: "Departure" }).click();
  await card.getByRole("link", { name: "Rate your agency" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rate your agency");
  await expect(page.getByText(/Your rating is never shown on its own/)).toBeVisible();
  await page.getByRole("button", { name: "Send my rating" }).click();
  await expectProblem(page, "Choose a rating from 1 to 5.");
  await page
    .getByLabel("How would you rate the agency overall?")
    .selectOption({ label: "2 – Bad" });
  await page
    .getByLabel("Would you tell a sister or a friend to go through this agency?")
    .selectOption({ label: "No" });
  await page.getByRole("button", { name: "Send my rating" }).click();
  await expect(
    page.getByText(/Your rating is saved; it is counted with others' from \d{1,2} \w+ \d{4}/),
  ).toBeVisible();
  await logout(page);

  // The attaché in Doha has the case, with what she reported beside what was approved.
  await loginOfficial(page, "attache.doha@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Cases" }).click();
  await page.getByRole("link", { name: caseRef }).click();
  const diff = page.getByRole("table", {
    name: "Reported at check-in, against the approved terms",
  });
  await expect(diff.getByRole("row", { name: /Monthly pay/ })).toContainText(
    `${approvedPay} QAR${approvedPay - 500} QAR`,
  );
  await expect(diff.getByRole("row", { name: /Passport held by/ })).toContainText(
    "I have itMy employer",
  );
  await expect(page.getByText(/The agency must answer by/)).toBeVisible();
});
