// The frame every printed A4 document shares: NEA's heading colour, text lines that flow down the
// page, and the QR code and code box at the foot that lead to the live check at /verify.
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import QRCode from "qrcode";
import { formatVerificationCode } from "./code";

export const NEA_GREEN = rgb(0, 0.42, 0.25);
const INK = rgb(0.1, 0.1, 0.1);

export async function a4Document(title: string, lineGap = 6) {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setAuthor("National Employment Authority (Kazi Salama)");
  const page = pdf.addPage([595.28, 841.89]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 790;
  return {
    pdf,
    page,
    font,
    bold,
    /** One line of text at the left margin; the next goes below it. */
    line(text: string, size = 10, f = font, color = INK) {
      page.drawText(text, { x: 50, y, size, font: f, color, maxWidth: 495 });
      y -= size + lineGap;
    },
    skip(points: number) {
      y -= points;
    },
    get y() {
      return y;
    },
    /** The QR code to `${baseUrl}/verify/${code}`, the code itself, and a few lines of explanation beside it. */
    async verifyFooter(baseUrl: string, code: string, notes: string[]) {
      const png = await QRCode.toBuffer(`${baseUrl}/verify/${code}`, {
        type: "png",
        margin: 1,
        width: 300,
        errorCorrectionLevel: "M",
      });
      page.drawImage(await pdf.embedPng(png), { x: 50, y: 60, width: 140, height: 140 });
      page.drawText(`Code / Msimbo: ${formatVerificationCode(code)}`, {
        x: 210,
        y: 170,
        size: 14,
        font: bold,
        color: NEA_GREEN,
      });
      notes.forEach((n, i) => page.drawText(n, { x: 210, y: 148 - i * 13, size: 9.5, font }));
    },
  };
}
