// The licence certificate: a one-page PDF with a QR code and the short verification code. It proves
// nothing by itself — the QR code and code lead to /verify, which shows the live status.
import { db } from "~/utils/db.server";
import { NEA_GREEN, printedDate, printedDocument } from "~/domain/verify/document-pdf.server";
import { type MessageKey, translate } from "~/i18n/messages";
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

type LicencePrintable = {
  name: string;
  licenceNo: string;
  status: string;
  validFrom: Date;
  validUntil: Date;
  verificationCode: string;
  town: string | null;
  county: { name: string } | null;
  countries: { country: { nameEn: string } }[];
};

export async function renderLicenceCertificate(
  agencyId: string,
  baseUrl: string,
): Promise<Uint8Array | null> {
  const a = await getCertificateSubject(agencyId);
  return a
    ? licenceCertificatePdf(
        {
          ...a,
          licenceNo: a.licenceNo!,
          validFrom: a.validFrom!,
          validUntil: a.validUntil!,
          verificationCode: a.verificationCode!,
        },
        baseUrl,
      )
    : null;
}

/** The certificate itself, from what the registry holds (pure: the layout test prints it). */
export async function licenceCertificatePdf(
  a: LicencePrintable,
  baseUrl: string,
  now = new Date(),
): Promise<Uint8Array> {
  const doc = await printedDocument(`Licence ${a.licenceNo} — ${a.name}`, {
    margin: 56,
    lineGap: 10,
    border: NEA_GREEN,
  });
  const { font, bold, line } = doc;
  const green = NEA_GREEN;
  line("REPUBLIC OF KENYA", 12, bold, green);
  line("National Employment Authority", 16, bold, green);
  doc.skip(10);
  line("Licence to operate a Private Employment Agency", 18, bold);
  line("Leseni ya kuendesha Wakala wa Ajira wa Kibinafsi", 12, font, green);
  line("Labour Institutions Act 2007, Part VII; Legal Notice 110 of 2016", 10);
  doc.skip(20);
  line(a.name, 20, bold);
  line(`Licence number / Nambari ya leseni: ${a.licenceNo}`, 14, bold);
  line(`Office / Ofisi: ${[a.town, a.county?.name].filter(Boolean).join(", ") || "—"}`);
  line(
    `Valid from ${printedDate(a.validFrom)} until ${printedDate(a.validUntil)} / Halali kuanzia ${printedDate(a.validFrom)} hadi ${printedDate(a.validUntil)}`,
    11,
  );
  line(
    `May recruit for / Anaruhusiwa kuajiri kwa: ${a.countries.map((c) => c.country.nameEn).join(", ") || "—"}`,
    11,
  );
  doc.skip(10);
  line(
    "The agency must not charge workers any recruitment fee and must not keep their documents.",
    10,
  );
  line("Wakala hapaswi kumtoza mfanyakazi ada yoyote ya kuajiriwa wala kushikilia hati zake.", 10);
  doc.skip(10);
  const status = `status.${a.status}` as MessageKey;
  line(
    `Issued by Kazi Salama on ${printedDate(now)}. Status when printed: ${translate("en", status)} / Hali ilipochapishwa: ${translate("sw", status)}.`,
    9,
  );
  await doc.verifyFooter(
    baseUrl,
    a.verificationCode,
    [
      "Scan the QR code, enter the code at this address, or dial the NEA USSD service. The check shows the licence's status today: a printed certificate can be out of date if the licence was suspended or revoked.",
      "Hakiki hapa: cheti kilichochapishwa kinaweza kuwa kimepitwa na wakati.",
    ],
    "Verify this licence / Hakiki leseni hii",
  );
  return doc.pdf.save();
}
