// What a printed PDF shows, read back with pdf.js: each run of text with its page, position and
// size, as a reader's viewer lays it out. For layout checks (tests/unit/pdf-layout.test.ts).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// pdf.js's metrics of the standard fonts (Helvetica) that the documents use.
const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

export type TextBox = {
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  pageWidth: number;
  pageHeight: number;
};

export async function textBoxes(bytes: Uint8Array): Promise<TextBox[]> {
  const doc = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise;
  const boxes: TextBox[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width: pageWidth, height: pageHeight } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const [, , , d, x, y] = item.transform as number[];
      boxes.push({
        page: n,
        text: item.str,
        x: x!,
        y: y!,
        width: item.width,
        size: Math.abs(d!),
        pageWidth,
        pageHeight,
      });
    }
  }
  await doc.destroy();
  return boxes;
}

/**
 * Pairs of text runs on the same page whose ink boxes (ascender to descender) overlap or come
 * within `clearance` points of each other.
 */
export function overlapping(boxes: TextBox[], clearance = 1): [TextBox, TextBox][] {
  const ink = (b: TextBox) => ({
    left: b.x,
    right: b.x + b.width,
    bottom: b.y - 0.21 * b.size,
    top: b.y + 0.72 * b.size,
  });
  const pairs: [TextBox, TextBox][] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.page !== b.page) return;
      const p = ink(a);
      const q = ink(b);
      if (
        p.left < q.right - 0.5 &&
        q.left < p.right - 0.5 &&
        p.bottom < q.top + clearance &&
        q.bottom < p.top + clearance
      )
        pairs.push([a, b]);
    }),
  );
  return pairs;
}

/** Text runs that reach outside the page, less a margin. */
export function offPage(boxes: TextBox[], margin = 20): TextBox[] {
  return boxes.filter(
    (b) =>
      b.x < margin ||
      b.x + b.width > b.pageWidth - margin ||
      b.y - 0.21 * b.size < margin ||
      b.y + b.size > b.pageHeight - margin,
  );
}
