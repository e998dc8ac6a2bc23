import { expect, test, type Page } from "@playwright/test";
import {
  DEMO_PASSWORD,
  expectConfirmation,
  freshApplicant,
  login,
  loginOfficial,
  logout,
} from "./helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** From an agency's page: propose revoking its licence, with reasons, notice and hearing dates. */
async function proposeRevocation(page: Page) {
  await page.getByRole("link", { name: "Licence decisions" }).click();
  await page.getByLabel("Revoke").check();
  await page.getByLabel("Reason").fill("Recruitment fees charged to workers (E2E).");
  await page.getByLabel("Notice given on").fill("2026-11-01");
  await page.getByLabel("Hearing on").fill("2026-11-15");
  await page.getByRole("button", { name: "Propose the decision" }).click();
  await expect(page.getByText("Your proposal was recorded.")).toBeVisible();
}

test("the full licence path: apply → review → grant → active → revoke → revoked everywhere", async ({
  page,
  request,
}, info) => {
  test.setTimeout(120_000);
  const tag = info.project.name === "js" ? "Js" : "Nojs";
  const applicant = await freshApplicant(tag);

  // The agency applies.
  await login(page, applicant.email, DEMO_PASSWORD);
  await page.getByRole("link", { name: "My agency" }).click();
  await page.getByRole("button", { name: "Start a licence application" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("New licence");
  await page.getByLabel("Company registration number").fill(`PVT-E2E-${tag}`);
  await page.getByLabel("KRA PIN").fill("P051234567X");
  await page.getByLabel("County").selectOption({ label: "Nairobi" });
  await page.getByLabel("Town").fill("Nairobi");
  await page.getByLabel("Physical address of the office").fill("Tom Mboya Street");
  await page.locator("#phone").fill("0712 555 000");
  await page.locator("#email").fill(`office-${tag.toLowerCase()}@example.ke`);
  await page.getByLabel("Saudi Arabia").check();
  await page.getByLabel("Qatar").check();
  await page.locator('[id="directors.0.name"]').fill("Grace Akinyi");
  await page
    .locator('[id="directors.0.nationalId"]')
    .fill(info.project.name === "js" ? "31234567" : "31234568");
  await page.locator('[id="directors.0.phone"]').fill("0733 555 000");
  await page.getByLabel("Bond or guarantee reference").fill("BG-E2E-1");
  await page.getByLabel("Amount guaranteed (KES)").fill("1,500,000");
  await page.getByLabel("Bank or insurer").fill("Demo Bank");
  // Submitting before the documents are uploaded lists what is missing.
  await page.getByRole("button", { name: "Submit to NEA" }).click();
  await expect(page.getByRole("alert").first()).toContainText(
    "Upload the required document: Certificate of incorporation",
  );
  for (const kind of [
    "Certificate of incorporation",
    "CR12 (directors and shareholders)",
    "Security bond",
  ]) {
    await page.getByLabel("Document", { exact: true }).selectOption({ label: kind });
    await page
      .getByLabel("File")
      .setInputFiles({ name: "doc.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Upload" }).click();
    // Wait for this document in the list: the flash reads the same after every upload, so it
    // alone would let the next upload start while this one is still in flight.
    await expect(page.getByRole("listitem").filter({ hasText: `${kind}:` })).toBeVisible();
    await expect(page.getByText("Document uploaded.")).toBeVisible();
  }
  // A file that is not a PDF, JPEG or PNG is refused.
  await page.getByLabel("File").setInputFiles({
    name: "virus.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("MZ not a pdf"),
  });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.locator("#file-error")).toHaveText("Only PDF, JPEG or PNG files are accepted.");
  await page.getByRole("button", { name: "Submit to NEA" }).click();
  await expectConfirmation(page, "Application submitted to NEA");
  await logout(page);

  // An officer reviews and recommends.
  await loginOfficial(page, "officer@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Licensing" }).click();
  await page.getByRole("link", { name: applicant.name }).click();
  await page.getByRole("button", { name: "Start the review" }).click();
  await expect(page.getByRole("group", { name: "LN 110/2016 checklist" })).toBeVisible();
  for (const box of await page.getByRole("checkbox").all()) await box.check();
  await page.getByLabel("Note or reason").fill("All LN 110/2016 requirements met.");
  await page.getByRole("button", { name: "Recommend grant" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Recommended for grant");
  await logout(page);

  // A supervisor grants.
  await loginOfficial(page, "supervisor@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Licensing" }).click();
  await page.getByRole("link", { name: applicant.name }).click();
  await page.getByLabel("Note or reason").fill("Granted on the officer's recommendation.");
  await page.getByRole("button", { name: "Grant the licence" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Granted");

  // Public: active in search.
  await page.goto(`/?q=${encodeURIComponent(`e2e ${tag}`)}`);
  const results = page.locator("#results");
  await expect(results.getByText("Active")).toBeVisible();
  await results.getByRole("link", { name: applicant.name }).click();
  await expect(page).toHaveURL(/\/agencies\/[0-9a-f-]{36}$/);
  const agencyUrl = page.url();
  const licenceNo = (await page
    .locator("dt:has-text('Licence number') + dd")
    .textContent())!.trim();
  expect(licenceNo).toMatch(/^NEA\/PEA\/\d{4}\/\d{4}$/);

  // The supervisor proposes revoking, with reasons, notice and hearing: nothing changes yet, and
  // the proposer is offered no way to confirm it (four eyes).
  await proposeRevocation(page);
  const proposal = page.getByRole("listitem").filter({ hasText: applicant.name });
  await expect(proposal.getByText("You proposed this")).toBeVisible();
  await expect(proposal.getByRole("button", { name: "Confirm and apply" })).toHaveCount(0);
  await page.goto(agencyUrl);
  await expect(page.getByText("This agency's licence was revoked")).toHaveCount(0);
  await logout(page);

  // The demo has one supervisor: she withdraws her proposal, the officer proposes, she confirms.
  await loginOfficial(page, "supervisor@demo.kazisalama.ke");
  await page.goto("/nea/decisions");
  await page
    .getByRole("listitem")
    .filter({ hasText: applicant.name })
    .getByRole("button", { name: "Withdraw my proposal" })
    .click();
  await expect(page.getByText("Your proposal was withdrawn.")).toBeVisible();
  await logout(page);
  await loginOfficial(page, "officer@demo.kazisalama.ke");
  await page.goto(agencyUrl);
  await proposeRevocation(page);
  await logout(page);
  await loginOfficial(page, "supervisor@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Decisions waiting" }).click();
  await page
    .getByRole("listitem")
    .filter({ hasText: applicant.name })
    .getByRole("button", { name: "Confirm and apply" })
    .click();
  await expect(page.getByText("The decision was confirmed and applied.")).toBeVisible();
  await logout(page);

  // Revoked everywhere: page, search, API, verify, USSD.
  await page.goto(agencyUrl);
  await expect(page.getByText("This agency's licence was revoked")).toBeVisible();
  await expect(page.getByText("Recruitment fees charged to workers (E2E).")).toBeVisible();
  const code = (await page.locator("a.code").getAttribute("href"))!.split("/").pop()!;
  await page.goto(`/?q=${encodeURIComponent(licenceNo)}`);
  await expect(page.locator("#results").getByText("Revoked", { exact: true })).toBeVisible();
  const api = await request.get(`/api/v1/agencies/${licenceNo}`);
  expect(await api.json()).toMatchObject({
    status: "REVOKED",
    history: [
      { action: "REVOKED", reason: "Recruitment fees charged to workers (E2E)." },
      { action: "GRANTED" },
    ],
  });
  expect(await (await request.get(`/api/v1/verify/${code}`)).json()).toMatchObject({
    status: "REVOKED",
  });
  await page.goto(`/verify/${code}`);
  await expect(
    page.getByRole("heading", { name: /Recruitment agency licence: Revoked/ }),
  ).toBeVisible();
  // The demo's gateway secret (README): without it the callback is refused.
  const ussd = await request.post("/ussd?key=kazi-salama-demo-gateway", {
    form: {
      sessionId: "e2e",
      serviceCode: "*384#",
      phoneNumber: "+254700999000",
      text: `1*1*${licenceNo}`,
    },
  });
  expect(await ussd.text()).toContain("REVOKED");
});

test("a visitor reports an agency anonymously and an officer upholds it", async ({
  page,
}, info) => {
  await page.goto("/?q=pwani");
  await page
    .locator("#results")
    .getByRole("link", { name: "Pwani Overseas Placements Ltd" })
    .click();
  await page.getByRole("link", { name: "Report this agency" }).click();
  await expect(page.getByText("About: Pwani Overseas Placements Ltd")).toBeVisible();
  await page
    .getByLabel("What happened")
    .fill(`They asked me for KES 60,000 before the medical (${info.project.name}).`);
  await page.getByRole("button", { name: "Send the report" }).click();
  const reference = (await expectConfirmation(page, "Report received", /^KS-C-\d{4}-\d{6}$/))!;

  await loginOfficial(page, "officer@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Complaints" }).click();
  await page.getByRole("link", { name: reference }).click();
  await page.getByLabel("Upheld", { exact: true }).check();
  await page
    .getByLabel("Note to the reporter")
    .fill("The agency refunded the money and was warned.");
  await page.getByRole("button", { name: "Record the outcome" }).click();
  await expect(page.getByText("Complaint updated.")).toBeVisible();
  await expect(page.locator("dt:has-text('Status') + dd")).toHaveText("Upheld");
});

test("an officer prepares an agency list import, a supervisor confirms it, and it runs with progress", async ({
  page,
}, info) => {
  const p = info.project.name === "js" ? "J" : "N";
  const csv = [
    "licence_no,name,status,county,town,address,phone,email,valid_from,valid_until,countries",
    `IMPORT/${p}/0001,Import ${p} One Ltd,ACTIVE,Nairobi,Nairobi,,,,2026-01-01,2027-06-30,SA;QA`,
    `IMPORT/${p}/0002,Import ${p} Two Ltd,REVOKED,Mombasa,Mombasa,,,,2025-01-01,2025-12-31,SA`,
    `IMPORT/${p}/0003,Broken Row,ALIVE,Atlantis,,,,,2026-01-01,2027-01-01,SA`,
  ].join("\n");
  await loginOfficial(page, "officer@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Import agencies" }).click();
  await page
    .getByLabel("CSV file (up to 5 MB)")
    .setInputFiles({ name: `register-${p}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(
    page.getByText("3 rows: 2 valid. Importing would create 2, update 0 and leave 0 unchanged."),
  ).toBeVisible();
  await expect(
    page.getByRole("cell", { name: "Status must be ACTIVE, SUSPENDED, REVOKED or EXPIRED." }),
  ).toBeVisible();
  const runUrl = page.url();
  // An import can grant licences: the officer only proposes it, with a reason.
  await page
    .getByLabel("Why this import (shown to the supervisor who confirms it)")
    .fill(`Migrating the paper register, batch ${p}`);
  await page.getByRole("button", { name: "Propose importing 2 rows" }).click();
  await expect(page.getByText("Import proposed.")).toBeVisible();
  await expect(page.getByText(/waiting for a supervisor who did not propose it/)).toBeVisible();
  await page.goto(`/?q=${encodeURIComponent(`import ${p} one`)}`);
  await expect(page.locator("#results").getByText(`Import ${p} One Ltd`)).toHaveCount(0);
  await logout(page);

  await loginOfficial(page, "supervisor@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Decisions waiting" }).click();
  const proposal = page.getByRole("listitem").filter({ hasText: `register-${p}.csv` });
  await expect(proposal.getByText("Importing would create 2, update 0")).toBeVisible();
  await proposal.getByRole("button", { name: "Confirm and apply" }).click();
  await expect(page.getByText("The decision was confirmed and applied.")).toBeVisible();
  await page.goto(runUrl);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Imported", {
    timeout: 20_000,
  });
  await expect(page.getByRole("status").last()).toHaveText("Created 2, updated 0, unchanged 0.");
  await page.goto(`/?q=${encodeURIComponent(`import ${p} two`)}`);
  await expect(page.locator("#results").getByText("Revoked", { exact: true })).toBeVisible();
});
