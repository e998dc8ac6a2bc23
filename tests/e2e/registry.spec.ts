import { expect, test } from "@playwright/test";
import { expectConfirmation, expectProblem, switchLanguage } from "./helpers";

test("a visitor finds a demo agency from the home page, opens it and verifies its licence code", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await page.getByLabel("Agency name or licence number").fill("jamii bora");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\?q=jamii\+bora/);
  const results = page.locator("#results");
  await expect(
    results.getByRole("link", { name: "Jamii Bora Demo Recruitment Ltd" }),
  ).toBeVisible();
  await expect(results.getByText("Active")).toBeVisible();

  await results.getByRole("link", { name: "Jamii Bora Demo Recruitment Ltd" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Jamii Bora Demo Recruitment Ltd",
  );
  await expect(page.getByText("NEA/PEA/DEMO/001")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Licence history" })).toBeVisible();

  await page.getByRole("link", { name: "1202-6000-19" }).click();
  await expect(
    page.getByRole("heading", { name: /Recruitment agency licence: Valid/ }),
  ).toBeVisible();

  // The same answer from the JSON API.
  const api = await request.get("/api/v1/verify/1202-6000-19");
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({
    kind: "LICENCE",
    status: "VALID",
    subject: { licenceNo: "NEA/PEA/DEMO/001" },
  });
});

test("a visitor is warned about a revoked agency and a phoenix linked to it", async ({ page }) => {
  await page.goto("/warnings");
  await expect(page.getByRole("link", { name: "Sahara Gulf Manpower Ltd" })).toBeVisible();
  await expect(page.getByText("Al-Demo Household (fictional)")).toBeVisible();

  await page.goto("/?q=sahara");
  // The warning is in the results already, not only on the agency's page.
  const phoenix = page.locator(".result", { hasText: "Sahara Gulf Jobs Ltd" });
  await expect(phoenix).toContainText("Linked to a revoked or suspended agency");
  await expect(page.locator(".result", { hasText: "Sahara Gulf Manpower Ltd" })).not.toContainText(
    "Linked to a revoked",
  );
  // The revoked one says so in its own result, and no longer lists where it may recruit.
  const revoked = page.locator(".result", { hasText: "Sahara Gulf Manpower Ltd" });
  await expect(revoked).toContainText("NEA revoked this agency's licence");
  await expect(revoked).toContainText("Do not pay it anything");
  await expect(revoked).not.toContainText("May recruit for");
  await page.locator("#results").getByRole("link", { name: "Sahara Gulf Jobs Ltd" }).click();
  await expect(
    page.getByRole("heading", { name: "Linked to a revoked or suspended agency" }),
  ).toBeVisible();
  await expect(page.getByText("shares a director")).toBeVisible();
  // Its licence note is amber and points back at the warning, not a green "all is well".
  const note = page.locator(".status-note");
  await expect(note).toHaveClass(/alert-warn/);
  await expect(note).toContainText("read the warning above");
});

test("on a phone in Kiswahili, a worker reads what an agency's workers said when they came home", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/?q=sahara+gulf+manpower");
  await page.locator("#results").getByRole("link", { name: "Sahara Gulf Manpower Ltd" }).click();
  const said = page.locator(".facts div", { hasText: "What workers said when they came home" });
  // The demo's twelve debriefs (seed-returns.ts): half were not paid all their wages.
  await expect(said).toContainText("From 12 workers' answers:");
  await expect(said).toContainText("Paid all their wages: 50%");
  await expect(said).toContainText("Passport kept by the employer or the agency: 75%");
  const early = page.locator(".facts div", { hasText: "Came home before the contract's end" });
  await expect(early).toContainText("Wages not paid: 13.3 per 100");
  await switchLanguage(page, "sw");
  await expect(
    page.locator(".facts div", { hasText: "Walichosema wafanyakazi waliporudi nyumbani" }),
  ).toContainText("Walilipwa mishahara yote: 50%");
  await expect(
    page.locator(".facts div", { hasText: "Walirudi kabla mkataba haujaisha" }),
  ).toContainText("Mshahara haukulipwa: 13.3 kwa kila 100");
  // A careful agency's, and one with too few answers yet.
  await page.goto("/?q=kilele");
  await page
    .locator("#results")
    .getByRole("link", { name: /Kilele Careers/ })
    .first()
    .click();
  await expect(
    page.locator(".facts div", { hasText: "Walichosema wafanyakazi waliporudi nyumbani" }),
  ).toContainText("Bado haiwezi kuchapishwa");
});

test("a mistyped verification code gets a clear message", async ({ page }) => {
  await page.goto("/verify");
  await page.getByLabel("Verification code").fill("1202-6000-18");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("alert")).toContainText("one of its numbers is wrong");
  // A code that does not check out may be on a forged document: say so, and whom to call.
  await expect(page.getByRole("alert")).toContainText("the document may be forged");
  await expect(page.getByRole("alert")).toContainText("0800 222 223");
  // Letters are not a mistyped number: she is told what a code looks like, not that one is wrong.
  await page.getByLabel("Verification code").fill("abc");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("alert")).toContainText("10 numbers, with no letters");
  await expect(page.getByRole("alert")).not.toContainText("forged");
});

test("a report with several problems lists them all at once, at the top, focused, in Kiswahili too", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/report");
  await page.getByLabel("What happened").fill("Too short");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Send the report" }).click();
  for (const message of [
    // Nothing is chosen for her: a fake recruiter's report must not default to "a licensed agency".
    "Choose what the report is about.",
    "Describe what happened in at least 20 characters.",
    "Enter a valid email address, like name@example.com.",
  ])
    await expectProblem(page, message);
  // The summary is in view on a phone, above the form, and its links take you to the field.
  const summary = page.locator(".error-summary");
  await expect(summary).toBeInViewport();
  await summary.getByRole("link", { name: "Enter a valid email address" }).click();
  await expect(page).toHaveURL(/#.*reporterEmail$/);
  // What was typed is still there.
  await expect(page.getByLabel("What happened")).toHaveValue("Too short");

  await switchLanguage(page, "sw");
  await page.goto("/report");
  await page.getByRole("button", { name: "Tuma ripoti" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator(".error-summary h2")).toHaveText("Kuna tatizo");
  await expect(page.locator(".error-summary")).toContainText(
    "Eleza kilichotokea kwa angalau herufi 20.",
  );
  await switchLanguage(page, "en");
});

test("on a phone in Kiswahili: find an agency, see its warning in the results, report it by the name people use, get the reference", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await switchLanguage(page, "sw");
  await page.goto("/?q=sahara");
  await expect(page.locator(".result", { hasText: "Sahara Gulf Jobs Ltd" })).toContainText(
    "Anahusiana na wakala aliyefutiwa",
  );
  // Its badge says it is licensed, in amber: not a green light beside the warning.
  await expect(
    page.locator(".result", { hasText: "Sahara Gulf Jobs Ltd" }).locator(".badge"),
  ).toHaveClass(/badge-warn/);
  await page.goto("/report");
  // Once she says it is about a licensed agency, only the agency's box shows (no JavaScript needed).
  await expect(page.getByLabel(/^Jina alilotumia anayetafuta wafanyakazi/)).toBeVisible();
  await page.getByRole("radio", { name: /^Wakala aliye kwenye orodha ya NEA/ }).check();
  await expect(page.getByLabel(/^Jina alilotumia anayetafuta wafanyakazi/)).toBeHidden();
  // Not the registered name: what a neighbour would say.
  await page.getByLabel("Nambari ya leseni au jina la wakala").fill("sahara gulf");
  await page
    .getByLabel("Kilichotokea")
    .fill("Walichukua pasipoti yangu na kuniomba KES 40,000 kwa viza.");
  await page.getByRole("button", { name: "Tuma ripoti" }).click();
  await expectProblem(page, "Huenda unamaanisha mmoja wa mawakala hawa");
  const pick = page.getByRole("group", { name: "Unamaanisha wakala yupi?" });
  // Both Sahara agencies, each with its status in Kiswahili, the revoked one too, and a way out
  // for someone who cannot tell which one it was.
  await expect(pick.getByRole("radio")).toHaveCount(3);
  await expect(pick.getByLabel(/sina uhakika ni yupi/)).toBeVisible();
  await expect(pick).toContainText("Imefutwa");
  await pick.getByLabel(/Sahara Gulf Jobs Ltd/).check();
  // What was typed is still there.
  await expect(page.getByLabel("Kilichotokea")).toHaveValue(/pasipoti yangu/);
  await page.getByRole("button", { name: "Tuma ripoti" }).click();
  const reference = await expectConfirmation(page, "Ripoti imepokelewa", /^KS-C-\d{4}-\d{6}$/);
  // The confirmation is the page: no empty form under it to fill in again.
  await expect(page.getByRole("button", { name: "Tuma ripoti" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ripoti tatizo lingine" })).toBeVisible();
  // A refresh (or a phone reloading the tab) keeps the reference on screen; another page clears it.
  await page.reload();
  await expect(page.getByTestId("reference")).toHaveText(reference!);
  await page.getByRole("link", { name: "Ripoti tatizo lingine" }).click();
  await expect(page.getByTestId("reference")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Tuma ripoti" })).toBeVisible();
  await switchLanguage(page, "en");
});

test("a relative who knows only the name, relation and last contact can still report", async ({
  page,
}) => {
  await page.goto("/cannot-reach");
  await page.getByLabel("Their full name").fill("Halima Wanjiru");
  // Everything missing is said at once, each naming what to fill in.
  await page.getByRole("button", { name: "Send the report" }).click();
  await expectProblem(page, "Enter your name.");
  await expect(page.locator(".error-summary")).toContainText("Say how you are related to them");
  await expect(page.locator(".error-summary")).toContainText("when and where you last heard");
  await page.getByLabel(/^Your name/).fill("Mary Atieno");
  await page.getByLabel("Your phone number").fill("0722 000 111");
  await page.getByLabel("Your relation to them").fill("Mother");
  await page.getByRole("button", { name: "Send the report" }).click();
  await expectProblem(page, "Without an ID number, tell us when and where you last heard");
  await page.getByLabel("When did you last hear from them?").fill("A call on 3 May, from Riyadh");
  await page.getByRole("button", { name: "Send the report" }).click();
  await expectConfirmation(page, "Report received", /^KS-W-\d{4}-\d{6}$/);
  await expect(page.locator(".confirmation")).toContainText("NEA's officers look for them");
});

test("a search lands on its answer, and a name misheard offers the registered ones", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByLabel("Agency name or licence number").fill("Sahra Gulf");
  await page.getByRole("button", { name: "Search" }).click();
  // The form takes her to the results (on a phone they are below the search box).
  await expect(page).toHaveURL(/#results$/);
  await expect(page.getByText("We found no agency with that name or number")).toBeVisible();
  await expect(page.getByText("Did you mean one of these registered agencies?")).toBeVisible();
  await expect(page.locator("#results").getByRole("link", { name: /Sahara Gulf/ })).toHaveCount(2);
  // Reporting it starts with the name she searched for.
  await page.locator("#results").getByRole("link", { name: "Report a problem" }).click();
  await expect(page.getByLabel(/^Agency's licence number or name/)).toHaveValue("Sahra Gulf");
});

test("checking a code with nothing typed asks for the code, without talk of forgery", async ({
  page,
}) => {
  await page.goto("/verify");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "Enter the code printed on the document: 10 digits.",
  );
});

test("a licence's code tells the same story as the search: revoked, or linked to a revoked agency", async ({
  page,
}) => {
  for (const [name, warning] of <const>[
    ["Sahara Gulf Manpower Ltd", "NEA revoked this agency's licence"],
    ["Sahara Gulf Jobs Ltd", "Linked to a revoked or suspended agency"],
  ]) {
    await page.goto("/?q=sahara");
    await page.locator("#results").getByRole("link", { name }).click();
    await page.locator("main a.code[href^='/verify/']").first().click();
    await expect(page.getByRole("status")).toContainText(warning);
  }
});

test("anyone, without an account, finds every number to call from the home page", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await page.getByRole("link", { name: "All the numbers to call for help" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Numbers to call for help");
  await expect(page.locator("main a").first()).toHaveAttribute("href", "tel:999");
  await expect(page.getByText("In danger in Saudi Arabia? Call, free:")).toBeVisible();
  await expect(page.locator('main a[href="tel:911"]').first()).toBeVisible();
});
