// The training certificate as a PDF: who, for which destination, until when, and a QR code to the
// live check (which shows if it was revoked or expired since printing).
import type { RGB } from "pdf-lib";
import { formatVerificationCode } from "~/domain/verify/code";
import { NEA_GREEN, printedDate, printedDocument } from "~/domain/verify/document-pdf.server";

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
  const doc = await printedDocument(
    `Pre-departure training certificate ${formatVerificationCode(c.code)}`,
    { landscape: true, margin: 44, lineGap: 8, footer: 175, border: NEA_GREEN },
  );
  const { font, bold } = doc;
  const center = (text: string, size: number, f = font, color?: RGB) =>
    doc.line(text, size, f, color, true);
  center("REPUBLIC OF KENYA — National Employment Authority", 13, bold, NEA_GREEN);
  doc.skip(10);
  center("Pre-departure training certificate", 26, bold);
  center("Cheti cha mafunzo ya kabla ya kuondoka", 16);
  doc.skip(8);
  center("This certifies that / Hii inathibitisha kwamba", 12);
  center(`${c.worker.firstName} ${c.worker.lastName}`, 24, bold);
  if (c.worker.nationalId)
    center(`National ID / Kitambulisho: …${c.worker.nationalId.slice(-3)}`, 11);
  center(`completed the pre-departure training for work in ${c.country.nameEn}`, 13);
  center(`amemaliza mafunzo ya kabla ya kuondoka kwa kazi ${c.country.nameSw}`, 12);
  center(
    `Issued / Kimetolewa: ${printedDate(c.issuedAt)} · Valid until / Halali hadi: ${printedDate(c.expiresAt)}`,
    12,
    bold,
  );
  await doc.verifyFooter(baseUrl, c.code, [
    "Scan the QR code or enter the code at this address to see whether this certificate is still valid.",
    "Changanua msimbo wa QR au uandike msimbo kwenye anwani hii kuona kama cheti hiki bado ni halali.",
    "Issued after online modules and an accredited in-person course. Help: NEA 0800 222 223.",
  ]);
  return doc.pdf.save();
}
