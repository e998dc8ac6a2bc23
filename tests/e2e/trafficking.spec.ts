// Issue 20 §4 in a real browser, as the attaché would work: on a case at the Riyadh mission she
// ticks the trafficking indicators she found, sees the suggestion to refer to the NRM, is stopped
// when she forgets the worker's consent, refers with consent to share the worker's identity only,
// downloads the record (JSON and PDF) and finds only that in it, then records the unit's answer.
// With and without scripts.
import { expect, test } from "@playwright/test";
import { expectProblem, loginOfficial, riyadhCase } from "./helpers";

test("an attaché refers a case with trafficking indicators to the NRM, sharing only what she agreed", async ({
  page,
}, info) => {
  const { caseId, nationalId } = await riyadhCase(`nrm-${info.project.name}`);
  await loginOfficial(page, "attache.riyadh@demo.kazisalama.ke");
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByText(/These indicators suggest referring/)).toHaveCount(0);

  await page.getByLabel("Deceived about the job, the pay or the conditions").check();
  await page.getByLabel("Passport or documents taken").check();
  await page.getByRole("button", { name: "Save the indicators" }).click();
  await expect(page.getByText("The indicators were saved.")).toBeVisible();
  await expect(page.getByText(/These indicators suggest referring the case/)).toBeVisible();

  // Her consent is not ticked: refused, on the box.
  await page.getByLabel("How she gave her consent").selectOption({ label: "In person" });
  await page.getByLabel("Her identity (name, ID number, date of birth)").check();
  await page.getByRole("button", { name: "Refer to the NRM" }).click();
  await expectProblem(
    page,
    "A referral to the NRM needs her consent: tick the box once she has agreed.",
  );

  await page.getByLabel("She agreed to be referred").check();
  await page.getByLabel("How she gave her consent").selectOption({ label: "In person" });
  await page.getByLabel("Her identity (name, ID number, date of birth)").check();
  await page.getByRole("button", { name: "Refer to the NRM" }).click();
  await expect(page.getByText(/The case was referred to the NRM/)).toBeVisible();
  await expect(page.getByText(/Shared: Her identity/)).toBeVisible();

  const json = await page.request.get(
    (await page.getByRole("link", { name: "Referral record (JSON)" }).getAttribute("href"))!,
  );
  expect(json.status()).toBe(200);
  const record = (await json.json()) as Record<string, unknown>;
  expect(record.identity).toMatchObject({ nationalId, firstName: "Neema" });
  expect(record).not.toHaveProperty("account");
  expect(JSON.stringify(record)).not.toContain("locks me in");
  const pdf = await page.request.get(
    (await page.getByRole("link", { name: "Referral record (PDF)" }).getAttribute("href"))!,
  );
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  // The unit answers: the attaché records it.
  await page.getByLabel("What the service answered").selectOption({ label: "Accepted" });
  await page.getByLabel(/^What happened/).fill("The unit took her into a shelter in Riyadh.");
  await page.getByRole("button", { name: "Record the outcome" }).click();
  await expect(page.getByText("The outcome of the referral was recorded.")).toBeVisible();
  await expect(page.getByText(/took her into a shelter/)).toBeVisible();
});
