// Before paying (issue 20): check a recruiter's number, M-Pesa or page; report one; NEA's review of
// reported recruiters; agencies' official contacts.
export const recruitersEn = {
  "nav.checkNumber": "Check a number",
  "check.title": "Check a recruiter's number before you pay",
  "check.intro":
    "Fake agents advertise on TikTok, Facebook and WhatsApp and ask for money by M-Pesa. Type the phone number, the M-Pesa paybill or till number, or the name of the page they use.",
  "check.q": "Phone number, M-Pesa number or page name",
  "check.q.hint": "For example 0712 345 678, paybill 522533, or Gulf Jobs Kenya",
  "check.submit": "Check",
  "check.invalid":
    "We could not read that as a phone number, an M-Pesa number or a page name. Type it again.",
  "check.kind.PHONE": "Phone number",
  "check.kind.MPESA": "M-Pesa paybill or till",
  "check.kind.PAGE": "Page or account",
  "check.agency.title": "This belongs to a licensed agency: {name}",
  "check.agency.notActive":
    "This belongs to {name}, whose licence is {status}: it may not recruit.",
  "check.agency.licence": "Licence {licenceNo}",
  "check.agency.page": "See the agency's page, its warnings and its record",
  "check.reported.confirmed":
    "Warning: NEA has confirmed this is an unlicensed recruiter ({label}). Reported {n, plural, one {# time} other {# times}}. Do not pay.",
  "check.reported.review":
    "Warning: this has been reported {n, plural, one {# time} other {# times}} as an unlicensed recruiter. NEA is reviewing the reports. Do not pay before you check with NEA.",
  "check.unknown":
    "Nothing is known about this number or page. That does not make it safe: licensed agencies register their official numbers here.",
  "check.advice":
    "Never pay anyone before NEA has approved your contract. A licensed agency never asks you for a recruitment fee.",
  "check.report": "Report a recruiter",
  "check.verdictLink": "Check a job offer",
  "complaint.recruiterAccount": "Their M-Pesa paybill or till, or the page they advertise on",
  "complaint.recruiterAccount.hint":
    "For example paybill 522533, or the name of their TikTok or Facebook page",
  "complaint.error.recruiterAccount":
    "Type an M-Pesa paybill or till number (5 to 7 digits) or the page's name.",
} as const;

export const recruitersSw: Record<keyof typeof recruitersEn, string> = {
  "nav.checkNumber": "Hakiki nambari",
  "check.title": "Hakiki nambari ya anayeajiri kabla ya kulipa",
  "check.intro":
    "Mawakala bandia hutangaza kwenye TikTok, Facebook na WhatsApp na huomba pesa kwa M-Pesa. Andika nambari ya simu, nambari ya paybill au till ya M-Pesa, au jina la ukurasa wanaoutumia.",
  "check.q": "Nambari ya simu, nambari ya M-Pesa au jina la ukurasa",
  "check.q.hint": "Kwa mfano 0712 345 678, paybill 522533, au Gulf Jobs Kenya",
  "check.submit": "Hakiki",
  "check.invalid":
    "Hatukuweza kusoma hiyo kama nambari ya simu, nambari ya M-Pesa au jina la ukurasa. Iandike tena.",
  "check.kind.PHONE": "Nambari ya simu",
  "check.kind.MPESA": "Paybill au till ya M-Pesa",
  "check.kind.PAGE": "Ukurasa au akaunti",
  "check.agency.title": "Hii ni ya wakala mwenye leseni: {name}",
  "check.agency.notActive": "Hii ni ya {name}, ambaye leseni yake ni {status}: hawezi kuajiri.",
  "check.agency.licence": "Leseni {licenceNo}",
  "check.agency.page": "Tazama ukurasa wa wakala, tahadhari zake na rekodi yake",
  "check.reported.confirmed":
    "Tahadhari: NEA imethibitisha kuwa huyu ni mwajiri asiye na leseni ({label}). Ameripotiwa {n, plural, one {mara #} other {mara #}}. Usilipe.",
  "check.reported.review":
    "Tahadhari: hii imeripotiwa {n, plural, one {mara #} other {mara #}} kama mwajiri asiye na leseni. NEA inachunguza ripoti. Usilipe kabla ya kuuliza NEA.",
  "check.unknown":
    "Hakuna kinachojulikana kuhusu nambari au ukurasa huu. Hiyo haimaanishi ni salama: mawakala wenye leseni huandikisha nambari zao rasmi hapa.",
  "check.advice":
    "Usimlipe mtu yeyote kabla NEA haijaidhinisha mkataba wako. Wakala mwenye leseni hakuombi ada ya kuajiriwa.",
  "check.report": "Ripoti anayeajiri",
  "check.verdictLink": "Hakiki kazi uliyopewa",
  "complaint.recruiterAccount": "Paybill au till yao ya M-Pesa, au ukurasa wanaotangaza kupitia",
  "complaint.recruiterAccount.hint":
    "Kwa mfano paybill 522533, au jina la ukurasa wao wa TikTok au Facebook",
  "complaint.error.recruiterAccount":
    "Andika nambari ya paybill au till ya M-Pesa (tarakimu 5 hadi 7) au jina la ukurasa.",
};
