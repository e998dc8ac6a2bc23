// The licence certificate: a one-page PDF with a QR code and the short verification code. It proves
// nothing by itself — the QR code and code lead to /verify, which shows the live status.
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import QRCode from "qrcode";
import { db } from "~/utils/db.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { isUuid } from "~/utils/validation";

export async function getCertificateSubject(agencyId: string) {
  if (!isUuid(agencyId)) return null;
  const a = await db.agency.findUnique({
    where: { id: agencyId },
    select: {
      name: true,
      licenceNo: true,
      status: true,
      validFrom: true,
      validUntil: true,
      verificationCode: true,
      town: true,
      county: { select: { name: true } },
      countries: {
        select: { country: { select: { nameEn: true } } },
        orderBy: { countryCode: "asc" },
      },
    },
  });
  return a && a.licenceNo && a.verificationCode && a.validFrom && a.validUntil ? a : null;
}

const dayIso = (d: Date) => d.toISOString().slice(0, 10);
const day = (d: Date) =>
  new Intl.DateTimeFormat("en-KE", {
    timeZone: "Africa/Nairobi",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(d);

export async function renderLicenceCertificate(
  agencyId: string,
  baseUrl: string,
): Promise<Uint8Array | null> {
  const a = await getCertificateSubject(agencyId);
  if (!a) return null;
  const verifyUrl = `${baseUrl}/verify/${a.verificationCode}`;
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Licence ${a.licenceNo} — ${a.name}`);
  pdf.setAuthor("National Employment Authority (Kazi Salama)");
  const page = pdf.addPage([595.28, 841.89]); // A4
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const green = rgb(0, 0.42, 0.25);
  let y = 780;
  const line = (text: string, size = 12, f = font, color = rgb(0.1, 0.1, 0.1)) => {
    page.drawText(text, { x: 56, y, size, font: f, color, maxWidth: 480 });
    y -= size + 10;
  };
  page.drawRectangle({ x: 36, y: 36, width: 523, height: 770, borderColor: green, borderWidth: 2 });
  line("REPUBLIC OF KENYA", 12, bold, green);
  line("National Employment Authority", 16, bold, green);
  y -= 10;
  line("Licence to operate a Private Employment Agency", 18, bold);
  line("Leseni ya kuendesha Wakala wa Ajira wa Kibinafsi", 12, font, green);
  line("Labour Institutions Act 2007, Part VII; Legal Notice 110 of 2016", 10);
  y -= 20;
  line(a.name, 20, bold);
  line(`Licence number: ${a.licenceNo}`, 14, bold);
  line(`Office: ${[a.town, a.county?.name].filter(Boolean).join(", ")}`);
  line(
    `Valid from ${day(a.validFrom!)} until ${day(a.validUntil!)}  /  Halali kuanzia ${dayIso(a.validFrom!)} hadi ${dayIso(a.validUntil!)}`,
    11,
  );
  line(
    `May recruit for / Anaruhusiwa kuajiri kwa: ${a.countries.map((c) => c.country.nameEn).join(", ") || "—"}`,
    11,
  );
  y -= 10;
  line(
    "The agency must not charge workers any recruitment fee and must not keep their documents.",
    10,
  );
  line("Wakala hapaswi kumtoza mfanyakazi ada yoyote ya kuajiriwa wala kushikilia hati zake.", 10);
  const png = await QRCode.toBuffer(verifyUrl, {
    type: "png",
    margin: 1,
    width: 360,
    errorCorrectionLevel: "M",
  });
  const qr = await pdf.embedPng(png);
  page.drawImage(qr, { x: 56, y: 150, width: 170, height: 170 });
  page.drawText("Verify this licence / Hakiki leseni hii", {
    x: 250,
    y: 300,
    size: 13,
    font: bold,
  });
  page.drawText(`Code: ${formatVerificationCode(a.verificationCode!)}`, {
    x: 250,
    y: 278,
    size: 16,
    font: bold,
    color: green,
  });
  page.drawText("Scan the QR code, or enter the code at", { x: 250, y: 254, size: 10, font });
  page.drawText(`${baseUrl}/verify`, { x: 250, y: 240, size: 10, font });
  page.drawText("or dial the NEA USSD service. The check shows the", {
    x: 250,
    y: 222,
    size: 10,
    font,
  });
  page.drawText("licence's status today: a printed certificate can be", {
    x: 250,
    y: 208,
    size: 10,
    font,
  });
  page.drawText("out of date if the licence was suspended or revoked.", {
    x: 250,
    y: 194,
    size: 10,
    font,
  });
  page.drawText(`Issued by Kazi Salama on ${day(new Date())}. Status when printed: ${a.status}.`, {
    x: 56,
    y: 80,
    size: 9,
    font,
    color: rgb(0.35, 0.35, 0.35),
  });
  return pdf.save();
}
