// Issue 4's whole path in one browser run, once in English and once in Kiswahili: a job order is
// verified, a contract is drafted, blocked by a finding, fixed, submitted, recommended by an
// officer, approved by a supervisor; the worker creates an account, links it by national ID,
// signs the contract, downloads the PDF and verifies its code publicly.
import { expect, test, type Page } from "@playwright/test";
import { en, sw } from "../../app/i18n/messages";
import {
  DEMO_PASSWORD,
  claimCodeFromOutbox,
  expectConfirmation,
  linkFromOutbox,
  resetLocales,
  smsFromOutbox,
  totpCode,
} from "./helpers";

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const before = (s: string) => s.split("{")[0]!;
/** A label in either language (it may end with "(required)"). */
const either = (key: keyof typeof en) => new RegExp(`^(${esc(en[key])}|${esc(sw[key])})`);

const ACCOUNTS = [
  "agency@demo.kazisalama.ke",
  "officer@demo.kazisalama.ke",
  "supervisor@demo.kazisalama.ke",
];
test.afterEach(() => resetLocales(ACCOUNTS));

for (const lang of ["en", "sw"] as const) {
  test(`the whole contract path, job order to verified PDF, in ${lang === "en" ? "English" : "Kiswahili"}`, async ({
    page,
  }, info) => {
    test.setTimeout(150_000);
    const m = lang === "sw" ? sw : en;
    const tag = `${info.project.name}-${lang}-${Date.now() % 100000}`;
    const title = `Nanny ${tag}`;
    const nationalId = String(40000000 + Math.floor(Math.random() * 9_999_999));
    const workerPhone = `2547${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    const surname = lang === "sw" ? "Achieng" : "Atieno";

    const signIn = async (email: string, official = false) => {
      await page.goto("/login");
      await page.getByLabel(m["field.login"]).fill(email);
      await page.getByLabel(new RegExp(`^${esc(m["field.password"])}`)).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: m["login.submit"] }).click();
      if (official) {
        // The second-factor page is in the account's language until the person switches.
        await page.getByLabel(either("field.totpCode")).fill(await totpCode(email));
        await page.getByRole("button", { name: either("twofactor.submit") }).click();
      }
      await expect(page.getByRole("button", { name: either("nav.logout") })).toBeVisible();
      // The language chosen in this browser before signing in wins over the account's saved one.
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("button", { name: m["nav.logout"] })).toBeVisible();
    };
    const signOut = async () => {
      await page.getByRole("button", { name: m["nav.logout"] }).click();
      await expect(page.getByText(m["logout.done"])).toBeVisible();
    };
    const heading = (p: Page) => p.getByRole("heading", { level: 1 });

    // The visitor chooses the language before anyone signs in (the worker's account starts in it).
    await page.goto("/");
    // Each run chooses its language with the "English · Kiswahili" pair (a round trip for English).
    await page.getByRole("button", { name: "Kiswahili" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "sw");
    if (lang === "en") await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);

    // 1. The agency submits a job order; an NEA officer verifies it.
    await signIn("agency@demo.kazisalama.ke");
    await page.goto("/agency/job-orders");
    await page
      .getByLabel(m["jobs.employer"])
      .selectOption({ label: "Al-Mansouri Household (fictional) — Doha, Qatar" });
    await page
      .getByLabel(m["precheck.jobCategory"], { exact: true })
      .selectOption("DOMESTIC_WORKER");
    await page.getByLabel(m["jobOrders.titleField"]).fill(title);
    await page.getByLabel(m["jobs.positions"]).fill("2");
    await page.getByLabel(m["jobs.wage"]).fill("1500");
    await page
      .getByLabel(m["jobOrders.validUntil"])
      .fill(new Date(Date.now() + 60 * 86400_000).toISOString().slice(0, 10));
    await page.getByRole("button", { name: m["jobOrders.submit"] }).click();
    await expectConfirmation(page, m["jobOrders.confirm.title"]);
    await signOut();

    await signIn("officer@demo.kazisalama.ke", true);
    await page.goto("/nea/job-orders");
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("button", { name: m["jobOrders.verify"], exact: true }).click();
    await expect(heading(page)).toContainText(m["jobOrders.status.VERIFIED"]);
    await signOut();

    // 2. The agency drafts the contract; a fee finding blocks it until fixed; then it is submitted.
    await signIn("agency@demo.kazisalama.ke");
    await page.goto("/agency/contracts");
    const option = await page
      .locator("#jobOrderId option", { hasText: title })
      .getAttribute("value");
    await page.getByLabel(m["contracts.jobOrder"]).selectOption(option!);
    await page.getByLabel(m["contracts.firstName"]).fill("Neema");
    await page.getByLabel(m["contracts.lastName"]).fill(surname);
    await page.getByLabel(m["application.nationalId"]).fill(nationalId);
    await page.getByLabel(m["precheck.dateOfBirth"]).fill("21/08/1996"); // day first, as the ID prints it
    await page.getByLabel(m["contracts.workerPhone"]).fill(workerPhone);
    await page.getByRole("button", { name: m["contracts.start"] }).click();
    await expect(heading(page)).toContainText(m["contracts.status.DRAFT"]);
    const reference = (await heading(page).textContent())!.split(" ")[0]!;

    await page.getByLabel(m["precheck.fees"]).fill("15000");
    await page.getByLabel(m["precheck.probationDays"]).fill("30");
    await page.getByLabel(m["precheck.endOfService"]).fill("21");
    await page.getByLabel(m["precheck.annualLeaveDays"]).fill("21");
    await page.getByRole("button", { name: m["contracts.save"] }).click();
    await expect(page.locator(".findings")).toContainText("FEE-01");
    await page.getByRole("button", { name: m["contracts.action.submit"] }).click();
    await expect(page.getByRole("alert")).toContainText(m["contracts.error.blocking"]);
    await expect(heading(page)).toContainText(m["contracts.status.DRAFT"]);

    await page.getByLabel(m["precheck.fees"]).fill("0");
    await page.getByRole("button", { name: m["contracts.save"] }).click();
    await expect(page.getByText(m["contracts.saved"])).toBeVisible();
    await expect(page.getByText(m["contracts.noFindings"])).toBeVisible();
    await page.getByRole("button", { name: m["contracts.action.submit"] }).click();
    await expect(heading(page)).toContainText(m["contracts.status.SUBMITTED"]);
    await expectConfirmation(page, m["contracts.confirm.title"], new RegExp(`^${reference}$`));
    await signOut();

    // 3. An officer reviews and recommends; a supervisor (another official) approves.
    await signIn("officer@demo.kazisalama.ke", true);
    await page.goto("/nea/contracts");
    await page.getByRole("link", { name: reference }).click();
    await page.getByRole("button", { name: m["contracts.action.startReview"] }).click();
    await expect(heading(page)).toContainText(m["contracts.status.UNDER_REVIEW"]);
    await page.getByLabel(m["contracts.reason"]).fill("Terms meet the Qatar rules.");
    await page.getByRole("button", { name: m["contracts.action.recommend"] }).click();
    await expect(heading(page)).toContainText(m["contracts.status.RECOMMENDED"]);
    await expect(
      page.getByRole("button", { name: m["contracts.action.approve"], exact: true }),
    ).toHaveCount(0);
    await signOut();

    await signIn("supervisor@demo.kazisalama.ke", true);
    await page.goto("/nea/contracts?status=RECOMMENDED");
    await page.getByRole("link", { name: reference }).click();
    await page.getByRole("button", { name: m["contracts.action.approve"], exact: true }).click();
    await expect(heading(page)).toContainText(m["contracts.status.APPROVED"]);
    await expect(page.getByText(m["contracts.hash"])).toBeVisible();
    // The history names who took each step: here, the supervisor who approved.
    await expect(
      page.locator("main li", { hasText: `(${m["role.NEA_SUPERVISOR"]})` }),
    ).toContainText(m["contracts.status.APPROVED"]);
    // The worker, who has no account yet, hears of it by SMS on the number the agency recorded, in
    // Kiswahili (every worker reads it; she chooses her language once she has an account).
    const approvedSms = await smsFromOutbox(workerPhone, "smsText");
    expect(approvedSms.locale).toBe("sw");
    expect(approvedSms.text).toContain(`mkataba wako ${reference} umeidhinishwa`);
    await signOut();

    // 4. The worker opens an account, links it with her national ID, reads and signs the contract.
    // In English she registers with an email; in Kiswahili, phone first: her number and a code by
    // SMS, no email and no password.
    if (lang === "en") {
      const email = `neema-${tag}@example.ke`;
      await page.goto("/register");
      await page.getByLabel(m["field.name"]).fill(`Neema ${surname}`);
      await page.getByLabel(m["field.email"]).fill(email);
      await page.getByLabel(new RegExp(`^${esc(m["field.password"])}`)).fill(DEMO_PASSWORD);
      await page.getByLabel(m["field.passwordConfirm"]).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: m["register.submit"] }).click();
      await expect(page.getByText(before(m["register.sent"]))).toBeVisible();
      await page.goto(await linkFromOutbox(email, "/verify-email"));
      await page.getByRole("button", { name: m["verify.title"] }).click();
      await expect(page.getByText(m["verify.done"])).toBeVisible();
      await signIn(email);
    } else {
      await page.goto("/register");
      await page.getByRole("link", { name: m["register.phone"] }).click();
      await expect(heading(page)).toHaveText(m["phone.title"]);
      const typed = `0${workerPhone.slice(3, 6)} ${workerPhone.slice(6, 9)} ${workerPhone.slice(9)}`;
      await page.getByLabel(new RegExp(`^${esc(m["field.mobile"])}`)).fill(typed);
      await page.getByLabel(m["phone.nameLabel"]).fill(`Neema ${surname}`);
      await page.getByRole("button", { name: m["phone.submit"] }).click();
      await expect(heading(page)).toHaveText(m["phone.code.title"]);
      const sms = await smsFromOutbox(workerPhone, "phoneCode");
      expect(sms.locale).toBe("sw");
      await page
        .getByLabel(new RegExp(`^${esc(m["field.code"])}`))
        .fill(sms.text.match(/\b(\d{6})\b/)![1]!);
      await page.getByRole("button", { name: m["phone.code.submit"] }).click();
      await expect(page.getByText(m["phone.created"])).toBeVisible();
      await expect(page.getByRole("button", { name: m["nav.logout"] })).toBeVisible();
    }

    await page.getByRole("link", { name: m["nav.my.contracts"] }).click();
    await expect(page.getByText(m["my.none"])).toBeVisible();
    await page.getByRole("link", { name: m["nav.my.profile"] }).click();
    await page.getByLabel(m["profile.firstName"]).fill("Neema");
    await page.getByLabel(m["profile.lastName"]).fill(surname);
    await page.getByLabel(m["application.nationalId"]).fill(nationalId);
    await page.getByLabel(m["profile.dateOfBirth"]).fill("21/08/1996");
    await page.getByRole("button", { name: m["profile.save"] }).click();
    // Knowing her details is not enough: the code went by SMS to the number the agency recorded.
    await expect(page.getByText(m["profile.claimSent"])).toBeVisible();
    await expect(page.getByRole("heading", { name: m["profile.claim.title"] })).toBeVisible();
    await page.getByLabel(m["profile.claim.code"]).fill(await claimCodeFromOutbox(workerPhone));
    await page.getByRole("button", { name: m["profile.claim.submit"] }).click();
    await expect(page.getByText(m["profile.linked"])).toBeVisible();
    await expect(page.getByText(m["profile.locked"])).toBeVisible(); // the submitted contract relied on these details

    await page.getByRole("link", { name: m["nav.my.contracts"] }).click();
    await page.getByRole("link", { name: new RegExp(esc(title)) }).click();
    await expect(
      page.getByText(
        m["my.plain.wage"].replace("{wage}", m["pay.amount.QAR"].replace("{amount}", "1,500")),
      ),
    ).toBeVisible();
    await expect(page.getByText(m["my.plain.passport"])).toBeVisible();
    await page.getByLabel(m["my.confirmRead"]).check();
    await page.getByRole("button", { name: m["contracts.action.sign"] }).click();
    await expect(page.getByText(new RegExp(esc(before(m["my.signed"]))))).toBeVisible();

    const href = await page.getByRole("link", { name: m["contracts.pdf"] }).getAttribute("href");
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // 5. Anyone can verify the code printed on the PDF.
    const code = (await page.locator("a.code").textContent())!.trim();
    await signOut();
    await page.goto("/verify");
    await page.getByLabel(m["verifyCode.code"]).fill(code);
    await page.getByRole("button", { name: m["verifyCode.submit"] }).click();
    await expect(
      page.getByRole("heading", {
        name: `${m["verifyCode.kind.CONTRACT"]}: ${m["verifyCode.status.VALID"]}`,
      }),
    ).toBeVisible();
    await expect(page.getByText(reference)).toBeVisible();
  });
}
