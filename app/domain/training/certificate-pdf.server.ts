// The training certificate as a PDF: who, for which destination, until when, and a QR code to the
// live check (which shows if it was revoked or expired since printing).
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import QRCode from "qrcode";
import { formatVerificationCode } from "~/domain/verify/code";

type Printable = {
  code: string;
  worker: { firstName: string; lastName: string; nationalId: string | null };
  country: { nameEn: string; nameSw: string };
  issuedAt: Date;
  expiresAt: Date;
};

export async function renderTrainingCertificatePdf(
  c: Printable,
  baseUrl: string,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Pre-departure training certificate ${formatVerificationCode(c.code)}`);
  pdf.setAuthor("National Employment Authority (Kazi Salama)");
  const page = pdf.addPage([841.89, 595.28]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const green = rgb(0, 0.42, 0.25);
  page.drawRectangle({
    x: 24,
    y: 24,
    width: 793.89,
    height: 547.28,
    borderColor: green,
    borderWidth: 3,
  });
  const center = (text: string, y: number, size: number, f = font, color = rgb(0.1, 0.1, 0.1)) => {
    const w = f.widthOfTextAtSize(text, size);
    page.drawText(text, { x: (841.89 - w) / 2, y, size, font: f, color });
  };
  center("REPUBLIC OF KENYA — National Employment Authority", 520, 13, bold, green);
  center("Pre-departure training certificate", 480, 26, bold);
  center("Cheti cha mafunzo ya kabla ya kuondoka", 452, 16, font);
  center("This certifies that / Hii inathibitisha kwamba", 410, 12);
  center(`${c.worker.firstName} ${c.worker.lastName}`, 378, 24, bold);
  if (c.worker.nationalId)
    center(`National ID / Kitambulisho: …${c.worker.nationalId.slice(-3)}`, 354, 11);
  center(`completed the pre-departure training for work in ${c.country.nameEn}`, 322, 13);
  center(`amemaliza mafunzo ya kabla ya kuondoka kwa kazi ${c.country.nameSw}`, 302, 12);
  center(
    `Issued / Kimetolewa: ${c.issuedAt.toISOString().slice(0, 10)}    Valid until / Halali hadi: ${c.expiresAt.toISOString().slice(0, 10)}`,
    266,
    12,
    bold,
  );
  const png = await QRCode.toBuffer(`${baseUrl}/verify/${c.code}`, {
    type: "png",
    margin: 1,
    width: 300,
    errorCorrectionLevel: "M",
  });
  page.drawImage(await pdf.embedPng(png), { x: 70, y: 60, width: 130, height: 130 });
  page.drawText(`Code / Msimbo: ${formatVerificationCode(c.code)}`, {
    x: 220,
    y: 160,
    size: 15,
    font: bold,
    color: green,
  });
  page.drawText(
    "Scan the QR code or enter the code at /verify to see whether this certificate is still valid.",
    { x: 220, y: 136, size: 10, font },
  );
  page.drawText(
    "Changanua msimbo wa QR au uandike msimbo kwenye /verify kuona kama cheti hiki bado ni halali.",
    { x: 220, y: 120, size: 10, font },
  );
  page.drawText(
    "Issued by the system after online modules and an accredited in-person course. Help: NEA 0800 222 223.",
    { x: 220, y: 96, size: 9, font },
  );
  return pdf.save();
}
