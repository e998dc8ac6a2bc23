// The approved contract as a PDF: the terms in English with Kiswahili labels, the fingerprint of
// the approved terms and a QR code to the live check, so a substituted contract can be proven.
import { NEA_GREEN, printedDate, printedDocument } from "~/domain/verify/document-pdf.server";
import { type MessageKey, translate } from "~/i18n/messages";
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
/** A catalogue entry in both languages, "English / Kiswahili": the document is bilingual. */
const both = (key: MessageKey) => `${translate("en", key)} / ${translate("sw", key)}`;
const PARTY = {
  WORKER: "precheck.worker",
  EMPLOYER: "precheck.employer",
  AGENCY: "precheck.agency",
};

export async function renderContractPdf(c: Printable, baseUrl: string): Promise<Uint8Array> {
  const doc = await printedDocument(`Contract ${c.reference} v${c.version}`);
  const { bold, line, row } = doc;
  line("REPUBLIC OF KENYA — National Employment Authority", 11, bold, NEA_GREEN);
  line("Employment contract approved by NEA / Mkataba wa kazi ulioidhinishwa na NEA", 14, bold);
  line(
    `${c.reference}, version / toleo ${c.version}${c.approvedAt ? `, approved / uliidhinishwa ${printedDate(c.approvedAt)}` : ""}`,
    11,
  );
  doc.skip(6);
  line(`Worker / Mfanyakazi: ${c.worker.firstName} ${c.worker.lastName}`);
  line(`Employer / Mwajiri: ${c.employer.name}, ${c.employer.city}, ${c.countryName}`);
  line(`Job / Kazi: ${c.jobTitle}`);
  line(`Agency / Wakala: ${c.agency.name} (${c.agency.licenceNo ?? "—"})`);
  doc.skip(6);
  const t = c.terms;
  const money = (n: number) => `${t.currency} ${n.toLocaleString("en-KE")}`;
  const rows: [string, string][] = [
    ["Monthly wage / Mshahara wa mwezi", money(t.monthlyWage)],
    ["Housing provided / Makazi yanatolewa", yes(t.housingProvided)],
    ["Food provided / Chakula kinatolewa", yes(t.foodProvided)],
    ["Hours a day / Saa kwa siku", String(t.dailyHours)],
    ["Rest days a week / Siku za mapumziko kwa wiki", String(t.weeklyRestDays)],
    ["Paid leave a year / Likizo kwa mwaka", `${t.annualLeaveDays} days / siku`],
    [
      "Duration / Muda",
      `${t.durationMonths} months / miezi, from / kuanzia ${printedDate(new Date(`${t.startDate}T12:00:00+03:00`))}`,
    ],
    ["Probation / Majaribio", t.probationDays == null ? "—" : `${t.probationDays} days / siku`],
    [
      "End of service / Kiinua mgongo",
      t.endOfServiceDaysPerYear == null
        ? "—"
        : `${t.endOfServiceDaysPerYear} days' wage per year / mshahara wa siku ${t.endOfServiceDaysPerYear} kwa kila mwaka`,
    ],
    ["Passport kept by / Pasipoti inashikwa na", both(PARTY[t.passportHeldBy] as MessageKey)],
    [
      "Recruitment fees paid by worker / Ada alizolipa mfanyakazi",
      t.workerPaidRecruitmentFees ? money(t.workerPaidRecruitmentFees) : "none / hakuna",
    ],
    [
      "Costs paid by worker / Gharama za mfanyakazi",
      t.costsPaidByWorker.map((k) => both(`cost.${k}` as MessageKey)).join(", ") || "none / hakuna",
    ],
    [
      "Ticket home paid by / Tiketi ya kurudi inalipwa na",
      both(PARTY[t.returnTicketPaidBy] as MessageKey),
    ],
  ];
  for (const [label, value] of rows) row(label, value);
  doc.skip(8);
  line("Fingerprint of the approved terms (SHA-256) / Alama ya masharti:", 9, bold);
  line(c.termsHash, 8);
  await doc.verifyFooter(baseUrl, c.verificationCode, [
    "Scan the QR code or enter the code at this address: the check shows the approved terms' fingerprint. A copy that differs was changed after approval.",
    "Changanua msimbo wa QR au uandike msimbo kwenye anwani hii: alama ikitofautiana, nakala ilibadilishwa.",
    "Help / Msaada: in Kenya NEA 0800 222 223 (free / bure); abroad / ng'ambo +254 207 876 000.",
  ]);
  return doc.pdf.save();
}
