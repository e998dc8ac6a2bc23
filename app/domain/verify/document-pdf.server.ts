// The frame every printed document shares: NEA's heading colour, text that flows down the page and
// wraps at the margin (each wrapped line takes its own height, so long names and Kiswahili titles
// never print over the line below), a new page when the text reaches the foot, and the QR code
// and code box that lead to the live check at /verify. Every document places its text through
// this frame; tests/unit/pdf-layout.test.ts reads the printed positions back and checks them.
import { PDFDocument, type PDFFont, type RGB, rgb, StandardFonts } from "pdf-lib";
import QRCode from "qrcode";
import { formatVerificationCode } from "./code";

export const NEA_GREEN = rgb(0, 0.42, 0.25);
const INK = rgb(0.1, 0.1, 0.1);
const A4: [number, number] = [595.28, 841.89];
// Helvetica's ascender and descender, as parts of the font size.
const ASCENT = 0.72;
const DESCENT = 0.22;

/** Words of `text` in lines no wider than `width` (a word longer than the line is cut). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (fits(next)) {
      current = next;
      continue;
    }
    if (current) lines.push(current);
    // A word wider than the line (a fingerprint, a long address) is cut where it must be.
    let rest = word;
    while (!fits(rest)) {
      let n = rest.length - 1;
      while (n > 1 && !fits(rest.slice(0, n))) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    current = rest;
  }
  if (current || !lines.length) lines.push(current);
  return lines;
}

type Options = {
  landscape?: boolean;
  margin?: number;
  /** Space between lines, beyond the font size. */
  lineGap?: number;
  /** Height kept free at the foot of the page for the verification box. */
  footer?: number;
  border?: RGB;
};

type TextStyle = { size?: number; font?: PDFFont; color?: RGB; center?: boolean };

export async function printedDocument(title: string, opts: Options = {}) {
  const [w, h] = opts.landscape ? [A4[1], A4[0]] : A4;
  const margin = opts.margin ?? 50;
  const lineGap = opts.lineGap ?? 6;
  const footer = opts.footer ?? 185;
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setAuthor("National Employment Authority (Kazi Salama)");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = w - 2 * margin;
  const top = h - margin;

  let page = pdf.addPage([w, h]);
  const framed = () => {
    if (opts.border)
      page.drawRectangle({
        x: margin - 16,
        y: margin - 16,
        width: w - 2 * (margin - 16),
        height: h - 2 * (margin - 16),
        borderColor: opts.border,
        borderWidth: 2,
      });
  };
  framed();
  let y = top;

  /** Room for `height` more points above the footer, or a new page. */
  const room = (height: number) => {
    if (y - height >= margin + footer) return;
    page = pdf.addPage([w, h]);
    framed();
    y = top;
  };

  /**
   * Text whose first line's top is at `top`, wrapped to `maxWidth`: each line drops by its own
   * ascent, and the next starts below its descent and the gap. Returns where the next text starts.
   */
  const place = (
    text: string,
    x: number,
    top: number,
    maxWidth: number,
    { size = 10, font: f = font, color = INK, center = false }: TextStyle = {},
  ) => {
    let next = top;
    for (const l of wrap(text, f, size, maxWidth)) {
      const baseline = next - ASCENT * size;
      const dx = center ? (maxWidth - f.widthOfTextAtSize(l, size)) / 2 : 0;
      page.drawText(l, { x: x + dx, y: baseline, size, font: f, color });
      next = baseline - DESCENT * size - lineGap;
    }
    return next;
  };
  const height = (lines: number, size: number) => lines * ((ASCENT + DESCENT) * size + lineGap);

  return {
    pdf,
    font,
    bold,
    /** A paragraph at the left margin (or centred), wrapped; the next text goes below it. */
    line(text: string, size = 10, f: PDFFont = font, color: RGB = INK, center = false) {
      room(height(wrap(text, f, size, width).length, size));
      y = place(text, margin, y, width, { size, font: f, color, center });
    },
    /** A label and its value side by side, each wrapped in its own column. */
    row(label: string, value: string, size = 9.5) {
      const split = margin + width * 0.55;
      const lines = Math.max(
        wrap(label, bold, size, split - margin - 10).length,
        wrap(value, font, size, margin + width - split).length,
      );
      room(height(lines, size));
      const a = place(label, margin, y, split - margin - 10, { size, font: bold });
      const b = place(value, split, y, margin + width - split, { size });
      y = Math.min(a, b) - 3;
    },
    skip(points: number) {
      y -= points;
    },
    /**
     * The QR code to `${baseUrl}/verify/${code}`, the code itself, the full address of the check
     * and a few lines of explanation beside it, at the foot of the last page.
     */
    async verifyFooter(baseUrl: string, code: string, notes: string[], heading?: string) {
      const png = await QRCode.toBuffer(`${baseUrl}/verify/${code}`, {
        type: "png",
        margin: 1,
        width: 300,
        errorCorrectionLevel: "M",
      });
      const size = Math.min(150, footer - 35);
      const bottom = margin + 10;
      page.drawImage(await pdf.embedPng(png), { x: margin, y: bottom, width: size, height: size });
      const x = margin + size + 20;
      const right = margin + width - x;
      let at = bottom + size;
      if (heading) at = place(heading, x, at, right, { size: 12, font: bold });
      at = place(`Code / Msimbo: ${formatVerificationCode(code)}`, x, at, right, {
        size: 14,
        font: bold,
        color: NEA_GREEN,
      });
      at = place(`${baseUrl}/verify`, x, at, right, { size: 10, font: bold });
      for (const n of notes) at = place(n, x, at, right, { size: 9 });
    },
  };
}

/** A date as people in Kenya read it on paper: Nairobi's calendar day, "30 April 2026". */
export function printedDate(d: Date) {
  return new Intl.DateTimeFormat("en-KE", {
    timeZone: "Africa/Nairobi",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(d);
}
