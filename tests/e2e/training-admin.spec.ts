// Issue 5, the institutions' and authors' side in a real browser: a training institution records a
// trainee's in-person course and finds only its own trainees; an admin writes a module, is refused
// publication while the Kiswahili is missing, completes it and publishes it for learners.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectProblem, login, loginOfficial } from "./helpers";

test("a training institution records a trainee's in-person course", async ({ page }) => {
  const nationalId = String(70_000_000 + Math.floor(Math.random() * 9_999_999)); // disjoint from every other test's IDs
  await login(page, "training@demo.kazisalama.ke", DEMO_PASSWORD);
  await page.getByRole("link", { name: "My trainees" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Demo Homecare Training Institute (fictional)",
  );
  const trainee = page.getByRole("group", { name: "Trainee" });
  await trainee.getByLabel("National ID number").fill(nationalId);
  await trainee.getByLabel("First name").fill("Pendo");
  await trainee.getByLabel("Surname").fill("Wanjiku");
  await trainee.getByLabel("Date of birth").fill("1997-08-15");
  await page.getByLabel("Days attended").fill("0");
  await page.getByLabel("Assessment score (%)").fill("76");
  // Sent from the keyboard: with JavaScript, the days field's own message appears as she leaves it
  // and moves the button down, and a click aimed before that move can miss it (a CI run did).
  await page.getByLabel("Assessment score (%)").press("Enter");
  await expectProblem(page, "Enter the number of days attended (1 to 90).");
  await page.getByLabel("Days attended").fill("21");
  await page.getByRole("button", { name: "Record the course" }).click();
  await expect(page.getByText("The course was recorded.")).toBeVisible();
  await page.getByLabel("Find by national ID number").fill(nationalId);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row", { name: /Pendo Wanjiku/ });
  await expect(row).toContainText(`•••••${nationalId.slice(-3)}`);
  await expect(row).toContainText("76%");
});

test("an admin writes a module in both languages and publishes it", async ({ page }, testInfo) => {
  const slug = `e2e-jordan-${testInfo.project.name}-${Date.now()}`;
  await loginOfficial(page, "admin@demo.kazisalama.ke");
  await page.getByRole("link", { name: "Training modules" }).click();
  await page.getByLabel("Short name for the address").fill(slug);
  await page.getByLabel("Kind").selectOption("COUNTRY");
  await page.getByLabel("Country (for a country module)").selectOption("JO");
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Editing ${slug}, version 1 (draft)`,
  );

  await page.getByLabel("Title in English").first().fill("Working in Jordan");
  await page.getByLabel("Summary in English").fill("Your rights in Jordan.");
  await page.getByRole("button", { name: "Save and add a lesson" }).click();
  const lesson = page.getByRole("group", { name: "Lesson 1" });
  await lesson.getByLabel("Title in English").fill("Before you go");
  await lesson
    .getByLabel("Lesson text in English")
    .fill("Check your contract.\n\n- Keep your passport");
  await page.getByRole("button", { name: "Save and add a question" }).click();
  const question = page.getByRole("group", { name: "Question 1" });
  await question.getByLabel("Question in English").fill("Who keeps your passport?");
  await question.getByLabel("Answers in English").fill("You\nThe employer");
  await question.getByLabel("Number of the right answer").fill("1");
  await question.getByLabel("Explanation in English").fill("Your passport is yours.");
  await page.getByRole("button", { name: "Publish this version" }).click();
  await expect(
    page.getByText("The draft was saved, but it cannot be published yet."),
  ).toBeVisible();
  await expect(page.getByText("Write this in Kiswahili.").first()).toBeVisible();

  await page
    .getByRole("group", { name: "Module" })
    .getByLabel("Title in Kiswahili")
    .fill("Kufanya kazi Jordan");
  await page.getByLabel("Summary in Kiswahili").fill("Haki zako Jordan.");
  await lesson.getByLabel("Title in Kiswahili").fill("Kabla ya kuondoka");
  await lesson
    .getByLabel("Lesson text in Kiswahili")
    .fill("Kagua mkataba wako.\n\n- Weka pasipoti yako");
  await question.getByLabel("Question in Kiswahili").fill("Nani anaweka pasipoti yako?");
  await question.getByLabel("Answers in Kiswahili").fill("Wewe\nMwajiri");
  await question.getByLabel("Explanation in Kiswahili").fill("Pasipoti yako ni yako.");
  await page.getByRole("button", { name: "Publish this version" }).click();
  await expect(page.getByText("The new version is published.")).toBeVisible();

  await page.goto(`/training/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Working in Jordan");
  await page.getByRole("link", { name: "Before you go" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Keep your passport" })).toBeVisible();
});
