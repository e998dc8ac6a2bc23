// The approved contract as a PDF: the terms in English with Kiswahili labels, the fingerprint of
// the approved terms and a QR code to the live check, so a substituted contract can be proven.
import { a4Document, NEA_GREEN } from "~/domain/verify/document-pdf.server";
import type { ContractTerms } from "./contracts.schema";

type Printable = {
  reference: string;
  version: number;
  verificationCode: string;
  termsHash: string;
  terms: ContractTerms;
  worker: { firstName: string; lastName: string };
  employer: { name: string; city: string };
  agency: { name: string; licenceNo: string | null };
  countryName: string;
  jobTitle: string;
  approvedAt: Date | null;
};

const yes = (b: boolean) => (b ? "Yes / Ndiyo" : "No / Hapana");

export async function renderContractPdf(c: Printable, baseUrl: string): Promise<Uint8Array> {
  const doc = await a4Document(`Contract ${c.reference} v${c.version}`);
  const { page, font, bold, line } = doc;
  line("REPUBLIC OF KENYA — National Employment Authority", 11, bold, NEA_GREEN);
  line(`Employment contract approved by NEA / Mkataba wa kazi ulioidhinishwa na NEA`, 14, bold);
  line(
    `${c.reference}, version ${c.version}${c.approvedAt ? `, approved ${c.approvedAt.toISOString().slice(0, 10)}` : ""}`,
    11,
  );
  doc.skip(6);
  line(`Worker / Mfanyakazi: ${c.worker.firstName} ${c.worker.lastName}`);
  line(`Employer / Mwajiri: ${c.employer.name}, ${c.employer.city}, ${c.countryName}`);
  line(`Job / Kazi: ${c.jobTitle}`);
  line(`Agency / Wakala: ${c.agency.name} (${c.agency.licenceNo ?? "—"})`);
  doc.skip(6);
  const t = c.terms;
  const rows: [string, string][] = [
    ["Monthly wage / Mshahara wa mwezi", `${t.currency} ${t.monthlyWage.toLocaleString("en-KE")}`],
    ["Housing provided / Makazi yanatolewa", yes(t.housingProvided)],
    ["Food provided / Chakula kinatolewa", yes(t.foodProvided)],
    ["Hours a day / Saa kwa siku", String(t.dailyHours)],
    ["Rest days a week / Siku za mapumziko kwa wiki", String(t.weeklyRestDays)],
    ["Paid leave a year / Likizo kwa mwaka", `${t.annualLeaveDays} days / siku`],
    ["Duration / Muda", `${t.durationMonths} months / miezi, from / kuanzia ${t.startDate}`],
    ["Probation / Majaribio", t.probationDays == null ? "—" : `${t.probationDays} days / siku`],
    [
      "End of service / Kiinua mgongo",
      t.endOfServiceDaysPerYear == null
        ? "—"
        : `${t.endOfServiceDaysPerYear} days' wage per year / siku kwa mwaka`,
    ],
    ["Passport kept by / Pasipoti inashikwa na", t.passportHeldBy],
    [
      "Recruitment fees paid by worker / Ada alizolipa mfanyakazi",
      String(t.workerPaidRecruitmentFees),
    ],
    [
      "Costs paid by worker / Gharama za mfanyakazi",
      t.costsPaidByWorker.join(", ") || "none / hakuna",
    ],
    ["Ticket home paid by / Tiketi ya kurudi inalipwa na", t.returnTicketPaidBy],
  ];
  for (const [label, value] of rows) {
    page.drawText(label, { x: 50, y: doc.y, size: 9.5, font: bold, maxWidth: 280 });
    page.drawText(value, { x: 335, y: doc.y, size: 9.5, font, maxWidth: 210 });
    doc.skip(17);
  }
  doc.skip(8);
  line("Fingerprint of the approved terms (SHA-256) / Alama ya masharti:", 9, bold);
  line(c.termsHash, 8);
  await doc.verifyFooter(baseUrl, c.verificationCode, [
    "Scan or enter the code at /verify: the check shows the approved",
    "terms' fingerprint. A copy that differs was changed after approval.",
    "Help / Msaada: in Kenya NEA 0800 222 223 (free / bure); abroad / ng'ambo +254 207 876 000.",
  ]);
  return doc.pdf.save();
}
