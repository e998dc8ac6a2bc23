// Every email and SMS comes from the catalogue (issue 17: one translation system). Each template is
// rendered in both languages from the sample data below (typed over every template, so a new one
// must be added here): every placeholder is filled, nothing prints "undefined", the Kiswahili is
// not the English, and yes/no facts choose the right words.
import { describe, expect, it } from "vitest";
import { renderMessage, type TemplateData, type TemplateName } from "~/notifications/templates";
import { SMS_ONLY, SMS_VERSION } from "~/notifications/sms-texts";
import { plainSmsText, smsSegments } from "~/notifications/sms/gsm7";

const mission = { mission: "Embassy of Kenya, Doha", missionSw: "Ubalozi wa Kenya, Doha" };

const SAMPLE: { [T in TemplateName]: TemplateData<T> } = {
  verifyEmail: { name: "Amina", link: "https://kazi.example/verify/abc" },
  accountExists: { name: "Amina", link: "https://kazi.example/reset" },
  resetPassword: { name: "Amina", link: "https://kazi.example/reset/abc" },
  accountCreated: { name: "Otieno", role: "NEA officer", link: "https://kazi.example/set" },
  passwordChanged: { name: "Amina", time: "1 Dec 2026, 09:00" },
  accountLocked: { name: "Amina", until: "09:15" },
  complaintReceived: { reference: "C-2026-000001" },
  complaintOutcome: { reference: "C-2026-000001", upheld: true, note: "The agency refunded." },
  complaintUpheldAgency: { agency: "Sahara Ltd", reference: "C-2026-000001", note: "Fee taken." },
  licenceDecision: {
    agency: "Sahara Ltd",
    decision: "GRANTED",
    reason: null,
    licenceNo: "RA/2026/001",
    validUntil: "30 Nov 2027",
    link: "https://kazi.example/agency",
  },
  applicationUpdate: {
    agency: "Sahara Ltd",
    status: "CHANGES_REQUESTED",
    note: "Attach the bond.",
    link: "https://kazi.example/app",
  },
  jobOrderDecision: {
    agency: "Sahara Ltd",
    title: "Housemaid",
    decision: "verified",
    reason: "",
    code: "1234-5678-97",
    link: "https://kazi.example/jo",
  },
  employerWatchListed: { employer: "Al Noor", reason: "Unpaid wages." },
  contractUpdate: {
    reference: "KS-K-2026-000001",
    status: "APPROVED",
    note: "",
    link: "https://kazi.example/c",
  },
  smsText: { text: "Kazi Salama: SAWA" },
  recordClaimCode: { code: "123456", minutes: 30 },
  phoneCode: { code: "123456", minutes: 10, purpose: "SIGN_IN" },
  correctionDecision: { field: "DATE_OF_BIRTH", applied: false, note: "The ID says otherwise." },
  certificateIssued: {
    country: "Qatar",
    code: "1234-5678-97",
    expires: "1 Dec 2027",
    url: "https://kazi.example/v",
  },
  certificateRevoked: { code: "1234-5678-97", reason: "Copied answers." },
  inPersonRecorded: { provider: "Demo Institute", course: "Homecare", score: 76, date: "1 Dec" },
  clearanceIssued: {
    country: "Qatar",
    code: "1234-5678-97",
    url: "https://kazi.example/v",
    ...mission,
  },
  clearanceKin: {
    kin: "Mama",
    worker: "W. Njoroge",
    country: "Katar",
    countryEn: "Qatar",
    ...mission,
  },
  clearanceAgency: { reference: "KS-K-2026-000001", worker: "W. N.", country: "Qatar", code: "1" },
  checkInDue: { ...mission, first: true },
  checkInReminder: mission,
  arrivalConfirmed: { ...mission, nextCheckIn: "4 Dec 2026" },
  caseReceived: { reference: "CASE-2026-000001" },
  questionReceived: { reference: "CASE-2026-000002", contract: "KS-K-2026-000001" },
  caseUpdate: { reference: "CASE-2026-000001", status: "OPEN", message: "We called.", byNea: true },
  caseAlert: {
    reference: "CASE-2026-000001",
    category: "PASSPORT_CONFISCATED",
    priority: "CRITICAL",
    due: "2 Dec, 09:00",
    escalated: true,
  },
  agencyOverdue: {
    reference: "CASE-2026-000003",
    agency: "Jamii Placement (NEA/PEA/2026/0001)",
    contract: "KS-K-2026-000001",
    due: "9 Dec, 09:00",
  },
  substitutionAgency: {
    reference: "KS-K-2026-000001",
    caseReference: "CASE-2026-000003",
    worker: "A. Wanjiru",
    country: "Saudi Arabia",
    fields: ["monthlyWage", "passportHeldBy"],
    due: "9 Dec 2026",
  },
  refundClaimAgency: {
    reference: "KS-R-2026-000001",
    contract: "KS-K-2026-000001",
    worker: "A. Wanjiru",
    country: "Saudi Arabia",
    amount: "KES 40,000",
    purpose: "RECRUITMENT_FEE",
    due: "16 Dec 2026",
  },
  refundUpdate: { reference: "KS-R-2026-000001", status: "REFUND_REPORTED" },
  refundDecidedAgency: { reference: "KS-R-2026-000001", upheld: true, due: "16 Dec 2026" },
  returnRecorded: {
    link: "https://kazisalama.go.ke/my/return/0190f4b2-8c1e-7000-8000-000000000001",
  },
  reintegrationReferred: {
    kind: "LEGAL_AID",
    service: "Kituo cha Sheria Mombasa",
    phone: "+254 700 000 123",
  },
};

const LEFT_OVER = /\{\w+\}|undefined|null|\[object|NaN/;
const SAME_IN_BOTH: TemplateName[] = ["smsText", "clearanceKin"]; // written once for every reader

describe("emails from the catalogue", () => {
  for (const name of Object.keys(SAMPLE) as TemplateName[]) {
    it(`${name}: filled in, in English and Kiswahili`, () => {
      const en = renderMessage(name, "en", SAMPLE[name] as never);
      const sw = renderMessage(name, "sw", SAMPLE[name] as never);
      for (const m of [en, sw]) {
        expect(m.subject).not.toMatch(LEFT_OVER);
        expect(m.text).not.toMatch(LEFT_OVER);
        expect(m.subject.length).toBeGreaterThan(5);
      }
      if (!SAME_IN_BOTH.includes(name)) expect(sw.text).not.toBe(en.text);
    });
  }

  it("yes/no facts pick their words, and optional lines appear only when given", () => {
    const upheld = (upheld: boolean) =>
      renderMessage("complaintOutcome", "sw", { ...SAMPLE.complaintOutcome, upheld }).text;
    expect(upheld(true)).toContain("Matokeo: imethibitishwa.");
    expect(upheld(false)).toContain("Matokeo: haikuthibitishwa.");

    const alert = renderMessage("caseAlert", "en", SAMPLE.caseAlert);
    expect(alert.subject).toBe("OVERDUE: Case CASE-2026-000001 (Critical) — passport taken");
    expect(alert.text).toMatch(/^Nobody responded to case CASE-2026-000001 by 2 Dec, 09:00/);
    const fresh = renderMessage("caseAlert", "en", { ...SAMPLE.caseAlert, escalated: false });
    expect(fresh.subject).toBe("Case CASE-2026-000001 (Critical) — passport taken");

    const swapped = renderMessage("substitutionAgency", "sw", SAMPLE.substitutionAgency).text;
    expect(swapped).toContain("mshahara wake wa mwezi, nani anashika pasipoti yake.");
    // Codes in words, in the reader's language; the decision's two outcomes.
    expect(renderMessage("refundClaimAgency", "en", SAMPLE.refundClaimAgency).text).toContain(
      "paid KES 40,000 for: Recruitment, processing or registration fee.",
    );
    expect(renderMessage("refundUpdate", "sw", SAMPLE.refundUpdate).text).toContain(
      "wakala anasema amerejesha pesa",
    );
    expect(renderMessage("refundDecidedAgency", "en", SAMPLE.refundDecidedAgency).text).toContain(
      "must be refunded",
    );
    expect(
      renderMessage("refundDecidedAgency", "en", { ...SAMPLE.refundDecidedAgency, upheld: false })
        .text,
    ).toContain("did not uphold");

    const licence = renderMessage("licenceDecision", "en", SAMPLE.licenceDecision).text;
    expect(licence).toContain(
      "Reason: Its validity ended without renewal. Apply for renewal to recruit again.\nLicence number: RA/2026/001\nValid until: 30 Nov 2027\n\nDetails:",
    );
    const order = renderMessage("jobOrderDecision", "sw", SAMPLE.jobOrderDecision);
    expect(order.subject).toBe('Agizo la kazi "Housemaid": limethibitishwa');
    expect(order.text).toContain("\n\nMsimbo wa uhakiki: 1234-5678-97\n\nFungua:");
    expect(order.text).not.toContain("Sababu");

    const kin = renderMessage("clearanceKin", "en", SAMPLE.clearanceKin).text;
    expect(kin).toMatch(
      /^Habari Mama,[\s\S]*kufanya kazi Katar, na amesajiliwa na ubalozi wa Kenya: Ubalozi wa Kenya, Doha\./,
    );
    expect(kin).toContain(
      "to work in Qatar and are registered with the Kenyan mission: Embassy of Kenya, Doha.",
    );
  });

  it("a secret is hidden in the copy the admin reads, in the reader's language", () => {
    const m = renderMessage("recordClaimCode", "sw", SAMPLE.recordClaimCode);
    expect(m.text).toContain("123456");
    expect(m.redactedText).not.toContain("123456");
    expect(m.redactedText).toContain("[imefichwa]");
  });
});

describe("SMS from the catalogue", () => {
  for (const name of Object.keys(SMS_VERSION) as (keyof typeof SMS_VERSION)[]) {
    it(`${name}: filled in, in both languages, at most two segments`, () => {
      const render = SMS_VERSION[name] as (l: "en" | "sw", d: unknown) => string;
      const en = render("en", SAMPLE[name]);
      const sw = render("sw", SAMPLE[name]);
      for (const text of [en, sw]) {
        expect(text).not.toMatch(LEFT_OVER);
        expect(text.startsWith("Kazi Salama: ")).toBe(true);
        expect(smsSegments(plainSmsText(text)).segments).toBeLessThanOrEqual(2);
      }
      if (name !== "clearanceKin") expect(sw).not.toBe(en);
    });
  }

  it("messages to relatives without an account carry Kiswahili and English", () => {
    const text = SMS_ONLY.kinCheckInsMissed({ worker: "W. Njoroge", ...mission });
    expect(text).toBe(
      "Kazi Salama: W. Njoroge hajaripoti kwa ubalozi kwa muda. Ukiwa na habari zake, piga Ubalozi wa Kenya, Doha au NEA 0800 222 223. / W. Njoroge has not checked in for a while. If you have news, call Embassy of Kenya, Doha or NEA 0800 222 223.",
    );
    expect(SMS_ONLY.familyReportReceived({ reference: "F-1" })).toBe(
      "Kazi Salama: tumepokea ripoti yako F-1; ubalozi utafuatilia. / We received your report F-1; the mission will follow up.",
    );
  });
});
