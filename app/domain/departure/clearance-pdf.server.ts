// The departure clearance as a PDF: who (masked), where to, for which employer and agency, the
// approved contract's hash, the mission's numbers, and a QR code to the live check.
import { formatVerificationCode } from "~/domain/verify/code";
import { NEA_GREEN, printedDate, printedDocument } from "~/domain/verify/document-pdf.server";

type Printable = {
  code: string;
  issuedAt: Date;
  worker: { firstName: string; lastName: string; passportNo: string | null };
  contract: {
    reference: string;
    startDate: Date;
    termsHash: string | null;
    country: { nameEn: string; nameSw: string };
    employer: { name: string | null; kind: string; city: string };
    agency: { name: string; licenceNo: string | null };
  };
  mission: { name: string; phone: string | null; emergencyPhone: string | null } | null;
};

export async function renderClearancePdf(c: Printable, baseUrl: string): Promise<Uint8Array> {
  const doc = await printedDocument(`Departure clearance ${formatVerificationCode(c.code)}`, {
    lineGap: 9,
  });
  const { bold, line } = doc;
  const green = NEA_GREEN;
  line("REPUBLIC OF KENYA — National Employment Authority", 12, bold, green);
  doc.skip(6);
  line("Departure clearance / Kibali cha kuondoka", 22, bold);
  doc.skip(10);
  line(`Worker / Mfanyakazi: ${c.worker.firstName} ${c.worker.lastName}`, 13, bold);
  if (c.worker.passportNo) line(`Passport / Pasipoti: …${c.worker.passportNo.slice(-3)}`);
  line(`Destination / Nchi: ${c.contract.country.nameEn} (${c.contract.country.nameSw})`);
  line(
    `Employer / Mwajiri: ${c.contract.employer.kind === "HOUSEHOLD" ? "Private household / Kaya binafsi" : (c.contract.employer.name ?? "—")}, ${c.contract.employer.city}`,
  );
  line(
    `Agency / Wakala: ${c.contract.agency.name}${c.contract.agency.licenceNo ? ` (${c.contract.agency.licenceNo})` : ""}`,
  );
  line(
    `Contract / Mkataba: ${c.contract.reference}, starts / unaanza ${printedDate(c.contract.startDate)}`,
  );
  if (c.contract.termsHash) {
    line("Approved terms (SHA-256) / Masharti yaliyoidhinishwa:", 10, bold);
    line(c.contract.termsHash, 8);
  }
  line(`Issued / Kimetolewa: ${printedDate(c.issuedAt)}`);
  doc.skip(8);
  if (c.mission) {
    line("Registered with / Umesajiliwa na:", 11, bold, green);
    line(c.mission.name, 12, bold);
    if (c.mission.phone) line(`Phone / Simu: ${c.mission.phone}`);
    if (c.mission.emergencyPhone) line(`Emergency / Dharura: ${c.mission.emergencyPhone}`);
  }
  line(
    "Abroad / Ng'ambo: Diaspora Response Centre +254 207 876 000 (24 h), WhatsApp +254 114 757 002",
  );
  line("In Kenya / Kenya: NEA 0800 222 223 (toll-free / bure)");
  await doc.verifyFooter(baseUrl, c.code, [
    "Scan the QR code or enter the code at this address: the answer is live, and says if the contract or the agency's licence stopped being valid.",
    "Changanua msimbo wa QR au uandike msimbo kwenye anwani hii: jibu ni la sasa hivi.",
  ]);
  return doc.pdf.save();
}
