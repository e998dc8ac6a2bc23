// The keyboard focus ring must be seen: at least 3:1 against the background it is drawn on
// (WCAG 2.1 1.4.11), in the green header and on the white page. axe does not measure focus rings.
import { expect, test, type Locator } from "@playwright/test";

/** The contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Focus the element by keyboard and read its outline and the background behind it. */
async function ringOf(target: Locator) {
  await target.focus();
  return target.evaluate((el) => {
    let bg = "rgb(255, 255, 255)";
    for (let n: Element | null = el.parentElement; n; n = n.parentElement) {
      const c = getComputedStyle(n).backgroundColor;
      if (c !== "rgba(0, 0, 0, 0)" && c !== "transparent") {
        bg = c;
        break;
      }
    }
    const s = getComputedStyle(el);
    return {
      outline: s.outlineColor,
      width: parseFloat(s.outlineWidth),
      style: s.outlineStyle,
      bg,
    };
  });
}

test("the focus ring stands out 3:1 in the header and on the page", async ({ page }) => {
  await page.goto("/");
  // Tab into the page so the browser shows focus as it does for a keyboard user.
  await page.keyboard.press("Tab");
  for (const target of [
    page.locator(".site-header .brand"),
    page.locator("main a").first(),
    page.locator("main input").first(),
  ]) {
    const ring = await ringOf(target);
    expect(ring.style).toBe("solid");
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.outline, ring.bg)).toBeGreaterThanOrEqual(3);
  }
});
