// Issue 5 as a new user would try it: the catalogue in Kiswahili without an account; then a worker
// completes the course for Qatar (reading every lesson, failing a quiz once, passing), receives the
// certificate and verifies its code publicly.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { CATALOGUE } from "../../app/domain/training/catalogue.data";
import { en, sw } from "../../app/i18n/messages";
import { DEMO_PASSWORD, login, logout, switchLanguage } from "./helpers";

const DB_URL = "postgresql://postgres:postgres@127.0.0.1:54349/kazi_salama";

/** A worker account with a recorded in-person course (as a training institution would record it). */
async function freshWorker(tag: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const email = `trainee-${tag}-${Date.now()}@example.ke`;
    const { rows: hash } = await client.query<{ passwordHash: string }>(
      `SELECT "passwordHash" FROM "User" WHERE email = 'worker@demo.kazisalama.ke'`,
    );
    const { rows: u } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "emailVerifiedAt", "updatedAt") VALUES (gen_random_uuid(), $1, 'Tumaini Wekesa', 'WORKER', $2, now(), now()) RETURNING id`,
      [email, hash[0]!.passwordHash],
    );
    const { rows: w } = await client.query<{ id: string }>(
      `INSERT INTO "Worker" (id, "userId", "firstName", "lastName", email, languages, "updatedAt") VALUES (gen_random_uuid(), $1, 'Tumaini', 'Wekesa', $2, '{sw}', now()) RETURNING id`,
      [u[0]!.id, email],
    );
    await client.query(
      `INSERT INTO "InPersonCompletion" (id, "providerId", "workerId", course, "attendanceDays", score, "completedAt", "recordedById")
       SELECT gen_random_uuid(), p.id, $1, 'Homecare and pre-departure', 14, 81, now() - interval '3 days', $2 FROM "TrainingProvider" p LIMIT 1`,
      [w[0]!.id, u[0]!.id],
    );
    return email;
  } finally {
    await client.end();
  }
}

test("a visitor reads the catalogue and a lesson in Kiswahili without an account", async ({
  page,
}) => {
  await page.goto("/");
  await switchLanguage(page, "sw");
  await expect(page.locator("html")).toHaveAttribute("lang", "sw");
  await page.getByRole("link", { name: sw["nav.training"], exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sw["training.title"]);
  await expect(page.getByText(sw["training.signInToSave"])).toBeVisible();
  await page.getByRole("link", { name: "Kufanya kazi Qatar" }).click();
  await page.getByRole("link", { name: "Haki zako Qatar" }).click();
  await expect(
    page.getByText("Kima chako cha chini cha mshahara ni QAR 1,000 kwa mwezi", { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: sw["training.readNext"] })).toHaveCount(0); // nothing to save without an account
});

test("a worker completes the Qatar course, fails a quiz once, passes, gets the certificate and verifies it", async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  // The demo worker earns her certificate once (first project); the other project uses a fresh worker.
  const email =
    info.project.name === "js" ? "worker@demo.kazisalama.ke" : await freshWorker(info.project.name);
  await login(page, email, DEMO_PASSWORD);
  await expect(page.getByRole("button", { name: /^(Log out|Toka)$/ })).toBeVisible();
  await switchLanguage(page, "en");
  await page.goto("/training?country=QA");
  await expect(page.getByRole("heading", { name: "Your course for Qatar" })).toBeVisible();
  await expect(page.getByText(/In-person course: completed at/)).toBeVisible();
  const course = CATALOGUE.filter((m) => m.kind === "CORE" || m.countryCode === "QA");
  let failedOnce = false;
  for (const m of course) {
    await page.goto(`/training/${m.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.title.en);
    await page.getByRole("link", { name: m.lessons[0]!.title.en }).click();
    for (const [i, l] of m.lessons.entries()) {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.title.en);
      await page
        .getByRole("button", {
          name: i < m.lessons.length - 1 ? en["training.readNext"] : en["training.readDone"],
        })
        .click();
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.title.en);
    await page.getByRole("link", { name: en["training.takeQuiz"] }).click();
    const answer = async (right: boolean) => {
      for (const q of m.questions) {
        const group = page.getByRole("group", { name: q.prompt.en });
        const pick = right ? q.correct : (q.correct + 1) % q.options.length;
        await group.getByLabel(q.options[pick]!.en, { exact: true }).check();
      }
      await page
        .getByRole("button", {
          name: right ? /^(Check my answers|Try again)$/ : en["training.submitQuiz"],
        })
        .click();
    };
    if (!failedOnce && m.countryCode === "QA") {
      await answer(false);
      await expect(page.getByRole("status")).toContainText("You need 70% to pass");
      await expect(page.getByText(m.questions[0]!.explanation.en)).toBeVisible();
      failedOnce = true;
    }
    await answer(true);
    await expect(page.getByRole("status")).toContainText("You passed");
  }
  expect(failedOnce).toBe(true);

  await page.goto("/training?country=QA");
  await expect(page.getByText("Course progress: 100%")).toBeVisible();
  await page.getByRole("button", { name: en["training.cert.get"] }).click();
  await expect(page.getByText(en["training.cert.issuedFlash"])).toBeVisible();
  const pdfHref = await page
    .getByRole("link", { name: en["training.cert.pdf"] })
    .first()
    .getAttribute("href");
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const code = (await page.locator("a.code").first().textContent())!.trim();
  await logout(page);

  await page.goto("/verify");
  await page.getByLabel(en["verifyCode.code"]).fill(code);
  await page.getByRole("button", { name: en["verifyCode.submit"] }).click();
  await expect(
    page.getByRole("heading", {
      name: `${en["verifyCode.kind.TRAINING_CERTIFICATE"]}: ${en["verifyCode.status.VALID"]}`,
    }),
  ).toBeVisible();
  await expect(page.getByText(/completed the pre-departure training for Qatar/)).toBeVisible();
});
