// Issue 19 §2 in a real browser, as its users would try it: a worker bound for Riyadh, on a phone
// and in Kiswahili, records the KES 40,000 "processing fee" she paid by M-Pesa; a refund claim opens
// against the agency; the agency answers "refunded" with the M-Pesa reference; she confirms the
// money reached her, and the claim closes. With and without scripts.
import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  expectProblem,
  login,
  logout,
  saudiBoundWorker,
  switchLanguage,
} from "./helpers";

test("a worker records an illegal fee, the agency refunds it, she confirms", async ({
  page,
}, testInfo) => {
  const { email } = await saudiBoundWorker(`fees-${testInfo.project.name}`);
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, email, DEMO_PASSWORD);
  await switchLanguage(page, "sw");
  await page.goto("/my/fees");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ulilipa nini?");
  await expect(page.getByText("Hujaandika malipo yoyote.")).toBeVisible();

  // A slip first: the amount in words is refused, in her language, on the field.
  await page.getByLabel(/^Kiasi ulicholipa/).fill("elfu arobaini");
  await page.getByLabel(/^Tarehe uliyolipa/).fill("14/08/2026");
  await page
    .getByLabel(/^Ilikuwa ya nini\?/)
    .selectOption({ label: "Ada ya kuajiriwa, ya usindikaji au ya usajili" });
  await page.getByLabel(/^Msimbo wa M-Pesa/).fill("qk12ab34cd");
  await page.getByRole("button", { name: "Andika malipo haya" }).click();
  await expectProblem(page, "Andika kiasi kwa nambari, zaidi ya 0.");

  await page.getByLabel(/^Kiasi ulicholipa/).fill("40,000");
  await page.getByRole("button", { name: "Andika malipo haya" }).click();
  const opened = page.getByText(/Hayakuruhusiwa: dai la kurejeshewa pesa KS-R-\d{4}-\d{6}/);
  await expect(opened).toBeVisible();
  const reference = (await opened.textContent())!.match(/KS-R-\d{4}-\d{6}/)![0];
  const card = page.locator("li.card").filter({ hasText: reference });
  await expect(card).toContainText("mfanyakazi halipi ada ya kuajiriwa");
  await expect(card).toContainText("Msimbo wa M-Pesa: QK12AB34CD");
  await expect(card).toContainText("inasubiri wakala");
  await switchLanguage(page, "en");
  await page.setViewportSize({ width: 1280, height: 800 }); // "Log out" is in the menu on a phone
  await logout(page);

  // The agency answers in its portal: refunded, with the M-Pesa reference of the refund.
  await login(page, "agency@demo.kazisalama.ke", DEMO_PASSWORD);
  await switchLanguage(page, "en");
  await page.getByRole("link", { name: "Refund claims" }).first().click();
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
  // It sees what was paid and for what, never who she is beyond her initial.
  await expect(page.getByText(/Recruitment, processing or registration fee/)).toBeVisible();
  await page.getByLabel(/^Reference of the refund/).fill("RKX9DEMO77");
  await page.getByRole("button", { name: "We refunded her" }).click();
  await expect(page.getByText("Recorded.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "the agency says it refunded",
  );
  await logout(page);

  // She says the money reached her; the claim closes.
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, email, DEMO_PASSWORD);
  await switchLanguage(page, "sw");
  await page.goto("/my/fees");
  await expect(card).toContainText("Wakala anasema amekurejeshea pesa (kumbukumbu RKX9DEMO77)");
  await card.getByRole("button", { name: "Ndiyo, nimepata pesa" }).click();
  await expect(page.getByText("Asante. Dai limefungwa, pesa zimerejeshwa.")).toBeVisible();
  await expect(card).toContainText("pesa zimerejeshwa");
  await expect(card.getByRole("button")).toHaveCount(0);
});
