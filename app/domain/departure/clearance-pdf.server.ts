// The departure clearance as a PDF: who (masked), where to, for which employer and agency, the
// approved contract's hash, the mission's numbers, and a QR code to the live check.
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import QRCode from "qrcode";
import { formatVerificationCode } from "~/domain/verify/code";

type Printable = {
  code: string;
  issuedAt: Date;
  worker: { firstName: string; lastName: string; passportNo: string | null };
  contract: {
    reference: string; startDate: Date; termsHash: string | null; country: { nameEn: string; nameSw: string };
    employer: { name: string | null; kind: string; city: string }; agency: { name: string; licenceNo: string | null };
  };
  mission: { name: string; phone: string | null; emergencyPhone: string | null } | null;
};

export async function renderClearancePdf(c: Printable, baseUrl: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Departure clearance ${formatVerificationCode(c.code)}`);
  pdf.setAuthor("National Employment Authority (Kazi Salama)");
  const page = pdf.addPage([595.28, 841.89]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const green = rgb(0, 0.42, 0.25);
  let y = 790;
  const line = (text: string, size = 11, f = font, color = rgb(0.1, 0.1, 0.1)) => {
    page.drawText(text, { x: 50, y, size, font: f, color, maxWidth: 495 });
    y -= size + 9;
  };
  line("REPUBLIC OF KENYA — National Employment Authority", 12, bold, green);
  y -= 6;
  line("Departure clearance / Kibali cha kuondoka", 22, bold);
  y -= 10;
  line(`Worker / Mfanyakazi: ${c.worker.firstName} ${c.worker.lastName}`, 13, bold);
  if (c.worker.passportNo) line(`Passport / Pasipoti: …${c.worker.passportNo.slice(-3)}`);
  line(`Destination / Nchi: ${c.contract.country.nameEn} (${c.contract.country.nameSw})`);
  line(`Employer / Mwajiri: ${c.contract.employer.kind === "HOUSEHOLD" ? "Private household" : c.contract.employer.name ?? "—"}, ${c.contract.employer.city}`);
  line(`Agency / Wakala: ${c.contract.agency.name}${c.contract.agency.licenceNo ? ` (${c.contract.agency.licenceNo})` : ""}`);
  line(`Contract / Mkataba: ${c.contract.reference}, start ${c.contract.startDate.toISOString().slice(0, 10)}`);
  if (c.contract.termsHash) {
    line("Approved terms (SHA-256) / Masharti yaliyoidhinishwa:", 10, bold);
    line(c.contract.termsHash, 8);
  }
  line(`Issued / Kimetolewa: ${c.issuedAt.toISOString().slice(0, 10)}`);
  y -= 8;
  if (c.mission) {
    line("Registered with / Umesajiliwa na:", 11, bold, green);
    line(c.mission.name, 12, bold);
    if (c.mission.phone) line(`Phone / Simu: ${c.mission.phone}`);
    if (c.mission.emergencyPhone) line(`Emergency / Dharura: ${c.mission.emergencyPhone}`);
  }
  line("NEA toll-free / Bure: 0800 222 223");
  const png = await QRCode.toBuffer(`${baseUrl}/verify/${c.code}`, { type: "png", margin: 1, width: 300, errorCorrectionLevel: "M" });
  page.drawImage(await pdf.embedPng(png), { x: 50, y: 60, width: 140, height: 140 });
  page.drawText(`Code / Msimbo: ${formatVerificationCode(c.code)}`, { x: 210, y: 170, size: 15, font: bold, color: green });
  page.drawText("Scan the QR code or enter the code at /verify: the answer is live,", { x: 210, y: 146, size: 10, font });
  page.drawText("and says if the contract or the agency's licence stopped being valid.", { x: 210, y: 132, size: 10, font });
  page.drawText("Changanua msimbo wa QR au uandike msimbo kwenye /verify: jibu ni la sasa hivi.", { x: 210, y: 112, size: 10, font });
  return pdf.save();
}
