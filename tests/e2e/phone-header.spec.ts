// On a phone the header leaves the first screen to the page: at most a quarter of 740 px, signed in
// with the most links (an NEA officer) and in Kiswahili; the links are one tap away under "Menu",
// and on a laptop they are all in view without it. Plain HTML and CSS: checked once, without
// JavaScript (playwright.config.ts).
import { expect, test } from "@playwright/test";
import { loginOfficial, logout, switchLanguage } from "./helpers";

test("the header takes at most a quarter of a phone's first screen; the menu opens with a tap", async ({
  page,
}) => {
  await loginOfficial(page, "officer@demo.kazisalama.ke");
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ["en", "sw"] as const) {
    await switchLanguage(page, lang);
    await page.goto("/nea/contracts");
    const header = await page.locator(".site-header").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(740 / 4);
    await expect(page.locator("h1")).toBeInViewport();
  }
  await switchLanguage(page, "en");
  const logOut = page.getByRole("button", { name: "Log out" });
  await expect(logOut).toBeHidden();
  await page.locator(".site-menu > summary").click();
  await expect(logOut).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Work" }).getByRole("link", { name: "Contracts" }),
  ).toBeVisible();
  // "Log out" is the last thing in the menu, after the person's own links, never between them.
  await expect(
    page.locator(".site-menu li").last().getByRole("button", { name: "Log out" }),
  ).toBeVisible();

  // On a laptop every link is in view, with no menu button.
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.reload();
  await expect(page.locator(".site-menu > summary")).toBeHidden();
  await expect(logOut).toBeVisible();
  await logout(page);
});
