// Issue 6 as a new user would try it, in one browser run: a worker bound for Saudi Arabia signs
// her approved contract and gets her training certificate → her departure clearance is issued and
// verified publicly → she is pre-registered with the mission in Riyadh → the attaché confirms her
// arrival → a check-in is missed and shows as overdue → she raises a case → the attaché assigns,
// refers and resolves it → she sees the outcome → she answers a check-in and asks for help by SMS
// with her PIN, and Riyadh sees both. The attaché in Doha sees none of it.
import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  expectConfirmation,
  login,
  loginOfficial,
  logout,
  saudiBoundWorker,
} from "./helpers";

test("the whole chain, from signature to a resolved case, and Doha sees nothing", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { email, reference, passport } = await saudiBoundWorker(testInfo.project.name);

  // She signs her approved contract and gets her certificate.
  await login(page, email, DEMO_PASSWORD);
  // Her home page's next step takes her to the contract.
  await page.getByRole("link", { name: "Read my contract" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Domestic worker");
  // The summary says what the PDF says: who employs her, the trial period, end-of-service pay.
  await expect(page.getByText(/^Your employer: .+, Riyadh\. Your agency: .+\.$/)).toBeVisible();
  await expect(page.getByText("The first 30 days are a trial period (probation).")).toBeVisible();
  await expect(page.getByText(/you are paid 21 days' wage for every year worked/)).toBeVisible();
  // Before deciding, she asks NEA in writing; the question waits for her on "Get help".
  const contractUrl = page.url();
  await page.getByLabel(/^Your question/).fill("Is the pay the same as the agent told me?");
  await page.getByRole("button", { name: "Send my question to NEA" }).click();
  await expect(page).toHaveURL(/\/my\/help$/);
  const asked = await expectConfirmation(
    page,
    "Your question was sent to NEA",
    /^KS-W-\d{4}-\d{6}$/,
  );
  await expect(page.getByText(asked!).first()).toBeVisible();
  await expect(page.getByText("Question about a contract").first()).toBeVisible();
  await page.goto(contractUrl);
  // The contract page shows her question and asks her to wait for the answer.
  await expect(
    page.getByText(
      "You asked NEA a question about this contract. Wait for the answer before you accept.",
    ),
  ).toBeVisible();
  await expect(page.getByText("Is the pay the same as the agent told me?")).toBeVisible();
  await page.getByLabel("I have read every term, and it is what I was promised.").check();
  await page.getByRole("button", { name: "I have read this contract and I accept it" }).click();
  await expect(page.getByText(/You accepted this contract on/)).toBeVisible();
  await page.goto("/training?country=SA");
  await page.getByRole("button", { name: "Get my certificate" }).click();
  await expect(page.getByText("Your certificate was issued.")).toBeVisible();

  // Departure: every condition holds; the clearance is issued and she is pre-registered in Riyadh.
  await page.getByRole("link", { name: "Departure" }).click();
  const card = page.getByRole("article").filter({ hasText: reference });
  await expect(card.locator("li.todo")).toHaveCount(0);
  await card.getByRole("button", { name: "Issue my departure clearance" }).click();
  await expect(card.getByText("You are registered with Embassy of Kenya, Riyadh.")).toBeVisible();
  // Saudi Arabia's own emergency numbers, to dial from a phone (issue 22 §3).
  await expect(card.getByText("In danger in Saudi Arabia? Call, free:")).toBeVisible();
  await expect(card.getByRole("link", { name: "911" })).toHaveAttribute("href", "tel:911");
  const code = (await card.locator("strong.code").textContent())!.trim();
  await logout(page);
  await page.goto(`/verify/${code.replace(/-/g, "")}`);
  await expect(page.getByRole("heading", { name: "Departure clearance: Valid" })).toBeVisible();

  // The attaché in Riyadh confirms she arrived ten days ago: her day-3 check-in was missed.
  await loginOfficial(page, "attache.riyadh@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Workers at the mission" }).click();
  await page.getByLabel("Passport or national ID number").fill(passport);
  await page.getByRole("button", { name: "Show" }).click();
  await page.getByRole("link", { name: "Zuhura Achieng" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zuhura Achieng");
  const workerUrl = page.url();
  await page
    .getByLabel("Date of arrival")
    .fill(new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Confirm arrival" }).click();
  await expect(page.getByText("Arrival confirmed.")).toBeVisible();
  await page.getByRole("link", { name: "Workers at the mission" }).click();
  await page.getByLabel("Only overdue check-ins").check();
  await page.getByLabel("Passport or national ID number").fill(passport);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("row", { name: /Zuhura Achieng/ })).toContainText("Overdue");
  await logout(page);

  // She sees the overdue check-in and asks for help.
  await login(page, email, DEMO_PASSWORD);
  await page.getByRole("link", { name: "Departure" }).click();
  await expect(card.getByText(/Your check-in was due on/)).toBeVisible();
  await page.getByRole("link", { name: "Get help" }).click();
  await expect(page.getByRole("link", { name: "999" })).toHaveAttribute("href", "tel:999");
  await page.getByLabel("My passport or ID was taken from me").check();
  await page
    .getByLabel("Tell us more")
    .fill("The employer took my passport when I arrived and will not give it back.");
  await page.getByRole("button", { name: "Send to the mission" }).click();
  await expectConfirmation(page, "Your request was sent to the mission", /^KS-W-\d{4}-\d{6}$/);
  const caseRef = (await page.locator(".card h3").first().textContent())!.split(":")[0]!.trim();
  await logout(page);

  // The attaché assigns it, refers it to legal aid and resolves it.
  await loginOfficial(page, "attache.riyadh@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Cases" }).click();
  await page.getByRole("link", { name: caseRef }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(caseRef);
  const caseUrl = page.url();
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("The case was assigned.")).toBeVisible();
  await page.getByLabel("Refer to").selectOption("LEGAL_AID");
  await page.getByLabel("Details (organisation, contact)").fill("Embassy legal officer");
  await page.getByRole("button", { name: "Refer", exact: true }).click();
  await expect(page.getByText("The referral was recorded.")).toBeVisible();
  await page
    .getByLabel("Outcome (the worker reads this)")
    .fill("The employer returned your passport at the embassy on Tuesday.");
  await page.getByRole("button", { name: "Resolve" }).click();
  await expect(page.getByText("The case was resolved and the worker told.")).toBeVisible();
  await logout(page);

  // She sees the outcome.
  await login(page, email, DEMO_PASSWORD);
  await page.getByRole("link", { name: "Get help" }).click();
  const mine = page.locator(".card").filter({ hasText: caseRef });
  await expect(mine).toContainText("Resolved");
  await expect(mine).toContainText("Legal aid");
  await expect(mine).toContainText(
    "The employer returned your passport at the embassy on Tuesday.",
  );

  // Phone first (issue 16): she gives the mission her phone abroad and sets her check-in PIN; then,
  // from that phone, she answers a check-in by SMS and later asks for help by SMS.
  const phoneAbroad = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  await page.getByRole("link", { name: "Departure" }).click();
  await card.getByLabel("Address abroad").fill("Al Olaya district, King Fahd Road, Riyadh");
  await card.getByLabel("Your phone number abroad").fill(phoneAbroad);
  await card.getByRole("button", { name: "Save my details abroad" }).click();
  await expect(page.getByText("Your details abroad were saved.")).toBeVisible();
  await page.goto("/my/pin");
  await page.getByLabel("New PIN").fill("4826");
  await page.getByLabel("Type the PIN again").fill("4826");
  await page.getByRole("button", { name: "Save the PIN" }).click();
  await expect(page.getByText("Your check-in PIN is saved.")).toBeVisible();
  let n = 0;
  const sms = (text: string) =>
    page.request.post("/sms/inbound?key=kazi-salama-demo-gateway", {
      form: {
        from: phoneAbroad,
        to: "20880",
        text,
        id: `ATXid_e2e_${Date.now()}_${++n}`,
        date: "2026-12-01 10:00:00",
      },
    });
  expect((await sms("SAWA 4826")).status()).toBe(200);
  expect((await sms("MSAADA 4826")).status()).toBe(200);
  await logout(page);

  // Riyadh sees both: the answers by SMS, and the case her help message opened.
  await loginOfficial(page, "attache.riyadh@demo.kazisalama.ke");
  await page.goto(workerUrl);
  const answers = page.getByRole("row").filter({ hasText: "SMS" });
  await expect(answers.filter({ hasText: "I am OK" })).toHaveCount(1);
  await expect(answers.filter({ hasText: "I need help" })).toHaveCount(1);
  await page.getByRole("link", { name: "Cases" }).click();
  await expect(page.getByRole("row", { name: /Zuhura Achieng/ }).first()).toBeVisible();
  await logout(page);

  // The attaché in Doha sees none of it.
  await loginOfficial(page, "attache.doha@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Workers at the mission" }).click();
  await page.getByLabel("Passport or national ID number").fill(passport);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("No registered worker matches.")).toBeVisible();
  await page.getByRole("link", { name: "Cases" }).click();
  await page.getByLabel("Show").selectOption("RESOLVED");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("link", { name: caseRef })).toHaveCount(0);
  expect((await page.goto(caseUrl))?.status()).toBe(404);
  expect((await page.goto(workerUrl))?.status()).toBe(404);
});
