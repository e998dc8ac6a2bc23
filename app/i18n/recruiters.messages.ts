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
  "nav.recruiters": "Reported recruiters",
  "recruiters.title": "Reported recruiters",
  "recruiters.intro":
    "Phone numbers, M-Pesa numbers and pages reported as unlicensed recruiters, most reported first. Confirming one publishes it on /check-number under the name you give; one official proposes, another decides.",
  "recruiters.view": "Show",
  "recruiters.view.review": "To review",
  "recruiters.view.confirmed": "Confirmed",
  "recruiters.view.dismissed": "Dismissed",
  "recruiters.col.identifier": "Number or page",
  "recruiters.col.reports": "Reports",
  "recruiters.col.last": "Last report",
  "recruiters.col.status": "Status",
  "recruiters.none": "Nothing here.",
  "recruiters.status.UNDER_REVIEW": "Under review",
  "recruiters.status.CONFIRM_PROPOSED": "Proposed: confirm",
  "recruiters.status.DISMISS_PROPOSED": "Proposed: dismiss",
  "recruiters.status.CONFIRMED": "Confirmed",
  "recruiters.status.DISMISSED": "Dismissed",
  "recruiters.detail.identifiers": "Its numbers and pages",
  "recruiters.detail.sources": "Where the reports came from",
  "recruiters.detail.proposal": "Proposal: {note}",
  "recruiters.detail.publicName": "Public name: {label}",
  "recruiters.source.REPORT": "Reports from the public (/report)",
  "recruiters.source.FEE_PAYMENT": "Payments workers made to a person",
  "recruiters.source.CASE": "Cases",
  "recruiters.source.FAMILY": "Families' reports",
  "recruiters.action.proposeConfirm": "Propose to confirm",
  "recruiters.action.proposeDismiss": "Propose to dismiss",
  "recruiters.action.decide": "Agree and decide",
  "recruiters.action.sendBack": "Send the proposal back",
  "recruiters.label": "Public name (shown on /check-number)",
  "recruiters.label.hint": "Describe the recruiter, never a reporter: e.g. “Gulf Jobs Kenya” page",
  "recruiters.note": "Why (for the second official)",
  "recruiters.fourEyesHeld": "You proposed this: another official decides.",
  "recruiters.merge.title": "Same recruiter as another number or page",
  "recruiters.merge.other": "The other number or page, as reported",
  "recruiters.merge.submit": "Merge into this one",
  "recruiters.done": "Recorded.",
  "recruiters.merged": "Merged.",
  "recruiters.error.fourEyes": "You proposed this: another official must decide.",
  "recruiters.error.label": "Give the name the public will see.",
  "recruiters.error.other": "Type a phone number, M-Pesa number or page name.",
  "recruiters.error.otherUnknown": "No report names that number or page.",
  "recruiters.error.same": "That is already this recruiter.",
  "nav.contacts": "Official numbers",
  "contacts.title": "Our official numbers and pages",
  "contacts.intro":
    "Register the phone numbers, M-Pesa paybills or tills and social-media pages your agency uses. A worker who checks one on /check-number sees it is yours; a report naming one comes to your agency's record.",
  "contacts.none": "No official number or page registered yet.",
  "contacts.value": "Phone number, M-Pesa number or page",
  "contacts.value.hint": "For example 0712 345 678, paybill 522533, or facebook.com/YourAgency",
  "contacts.add": "Register it",
  "contacts.remove": "Remove {value}",
  "contacts.added": "Registered.",
  "contacts.removed": "Removed.",
  "contacts.adminOnly": "Only your agency's administrator registers or removes numbers.",
  "contacts.error.invalid":
    "Type a phone number, an M-Pesa number (5 to 7 digits) or a page's name.",
  "contacts.error.reported":
    "This number or page has been reported as an unlicensed recruiter: it cannot be registered. Contact NEA.",
  "contacts.error.taken": "This is already registered, by your agency or another.",
  "contacts.error.tooMany": "An agency registers at most 30 numbers and pages.",
  "contacts.error.notLicensed":
    "Only an agency with an active licence can register official numbers and pages.",
  "offer.title": "Is this job offer real?",
  "offer.intro":
    "Type what you were offered, as much as you know. We check it against NEA's register and the rules for the country, and tell you green, amber or red, with the reasons. Nothing you type is kept.",
  "offer.code": "Job order code",
  "offer.code.hint":
    "Ten numbers, such as 2123-4567-89. Every job NEA has checked has one; ask the agency for it.",
  "offer.agency": "Agency's name or licence number",
  "offer.contact": "The phone number, M-Pesa number or page that offered you the job",
  "offer.contact.hint": "For example 0712 345 678, or the name of the TikTok or Facebook page",
  "offer.country": "Country of the job",
  "offer.chooseCountry": "Choose a country",
  "offer.job": "Job",
  "offer.pay": "Monthly pay you were promised",
  "offer.pay.hint": "In the country's money (for example 1,000 riyals), or choose the money below",
  "offer.currency": "Money the pay is in",
  "offer.currency.destination": "The country's own money",
  "offer.fee": "Money they asked you to pay (Kenya shillings)",
  "offer.fee.hint":
    'Any fee, for the visa, ticket, medical or "processing". Write 0 if they asked for nothing.',
  "offer.submit": "Check the offer",
  "offer.error.code":
    "This is not a job order code: it is ten numbers starting with 2. Check each number and type it again.",
  "offer.error.country": "Choose the country of the job.",
  "offer.error.job": "Choose the job.",
  "offer.error.pay": "Type the monthly pay as a number, such as 1500.",
  "offer.error.currency": "Choose the money the pay is in.",
  "offer.error.fee": "Type the amount as a number, such as 30000, or 0 if they asked for nothing.",
  "offer.verdict.GREEN": "Green: everything we could check is right",
  "offer.verdict.AMBER": "Amber: ask before you go on",
  "offer.verdict.RED": "Red: do not pay and do not go",
  "offer.verdict.GREEN.next":
    "Still sign nothing and pay nothing until NEA has approved your contract: you will get an SMS.",
  "offer.verdict.AMBER.next":
    "Some things could not be checked. Ask the agency for what is missing, or call NEA before you pay or sign anything.",
  "offer.verdict.RED.next":
    "This offer breaks the rules or does not match the register. Report it so NEA can act, and do not send money.",
  "offer.reasons": "Why",
  "offer.level.ok": "Checked",
  "offer.level.info": "Good to know",
  "offer.level.warn": "Ask",
  "offer.level.bad": "Problem",
  "offer.law": "The law: {sources}",
  "offer.reason.ORDER_OK": "The job order is verified by NEA and open: {name}.",
  "offer.reason.ORDER_NONE":
    "You gave no job order code. Every real job abroad has one from NEA: ask the agency for it and check it here.",
  "offer.reason.ORDER_NOT_FOUND": "No job order has this code. The code may be made up.",
  "offer.reason.ORDER_NOT_OPEN":
    "This job order {status, select, EXPIRED {has expired} SUSPENDED {is suspended} other {was withdrawn or revoked}}: no one may be recruited for it now.",
  "offer.reason.ORDER_FULL": "Every place in this job order is filled.",
  "offer.reason.ORDER_OTHER_COUNTRY":
    "This job order is for {country}, not the country you were told.",
  "offer.reason.ORDER_OTHER_JOB":
    "This job order is for other work ({name}) than the job you were told. Ask what the work really is.",
  "offer.reason.AGENCY_OK":
    "{name} is licensed by NEA to recruit for this country. Make sure the offer really comes from it: call the number on its NEA page.",
  "offer.reason.AGENCY_NONE":
    "You did not say which agency offered the job. Only an agency licensed by NEA may recruit you.",
  "offer.reason.AGENCY_SIMILAR":
    "No licensed agency has exactly this name. {name} has a name like it, but a fake may borrow part of a real name: ask for the licence number and check it here.",
  "offer.reason.CONTACT_REPORTED_REVIEW":
    "The number or page has been reported {reports, plural, one {# time} other {# times}} as an unlicensed recruiter; NEA is checking the reports. Do not pay until you know more.",
  "offer.reason.CONTACT_NONE":
    "You did not say which number or page offered you the job. A real job's code can be copied from our jobs page: only the number tells us the offer comes from the agency.",
  "offer.reason.PAY_CURRENCY_ORDER":
    "The job order NEA verified pays {money} a month. Ask for the pay in that money.",
  "offer.reason.AGENCY_NOT_FOUND":
    "No agency licensed by NEA has this name or licence number. Recruiting without a licence is a crime.",
  "offer.reason.AGENCY_MANY":
    "Several agencies have a name like this. Type the agency's licence number instead.",
  "offer.reason.AGENCY_NOT_ACTIVE": "{name}'s licence is {status}: it may not recruit anyone now.",
  "offer.reason.AGENCY_NOT_FOR_COUNTRY": "{name} is not licensed to recruit for {country}.",
  "offer.reason.AGENCY_NOT_ORDERS":
    "The job order belongs to another agency than {name}. Someone may be using a real job to take money.",
  "offer.reason.CONTACT_AGENCY": "The number or page is an official contact of {name}.",
  "offer.reason.CONTACT_OTHER_AGENCY":
    "The number or page belongs to another agency, {name}, not the one you named.",
  "offer.reason.CONTACT_REPORTED":
    "NEA has confirmed that this number or page is an unlicensed recruiter (reported {reports, plural, one {# time} other {# times}}).",
  "offer.reason.CONTACT_UNKNOWN":
    "The number or page is not one an agency registered{name, select, none {} other { ({name} has not registered it)}}. Call the agency on the number on its NEA page to check the offer.",
  "offer.reason.PAY_OK":
    "The pay is at least the lowest pay we know is allowed for this job: {money} a month.",
  "offer.reason.PAY_NONE": "You did not say the pay. Ask for it in writing.",
  "offer.reason.PAY_NO_FLOOR":
    "The country sets no minimum pay for this job that we know of. Compare with other verified jobs on the jobs page.",
  "offer.reason.PAY_CURRENCY":
    "We compare pay in the country's money: the minimum is {money} a month. Ask for the pay in that money.",
  "offer.reason.PAY_BELOW_FLOOR": "The pay is below the minimum for this job: {money} a month.",
  "offer.reason.PAY_BELOW_FLOOR_UNVERIFIED":
    "The pay is below the minimum of {money} a month announced for this job (not yet confirmed in the country's law). Ask why.",
  "offer.reason.PAY_IF_HOUSED":
    "The pay is lawful only if the employer gives you housing and food; without them the minimum is {money} a month.",
  "offer.reason.PAY_BELOW_ORDER":
    "The pay is less than the job order NEA verified: {money} a month. The offer may have been changed.",
  "offer.reason.FEE_NONE": "No one asked you to pay: that is how it must be.",
  "offer.reason.FEE_UNKNOWN":
    "You did not say whether they asked for money. No one may ask you to pay to get a job abroad.",
  "offer.reason.FEE_ASKED":
    'You were asked to pay {money}. No agency or person may take a fee from you to get a job abroad: not for the job, the visa, the ticket, the medical or "processing".',
  "offer.unknownCountry": "We have no record of jobs in this country. Choose another, or call NEA.",
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
  "nav.recruiters": "Waajiri walioripotiwa",
  "recruiters.title": "Waajiri walioripotiwa",
  "recruiters.intro":
    "Nambari za simu, za M-Pesa na kurasa zilizoripotiwa kama waajiri wasio na leseni, zilizoripotiwa zaidi kwanza. Kuthibitisha kunachapisha kwenye /check-number kwa jina unalotoa; afisa mmoja anapendekeza, mwingine anaamua.",
  "recruiters.view": "Onyesha",
  "recruiters.view.review": "Za kuchunguza",
  "recruiters.view.confirmed": "Zilizothibitishwa",
  "recruiters.view.dismissed": "Zilizokataliwa",
  "recruiters.col.identifier": "Nambari au ukurasa",
  "recruiters.col.reports": "Ripoti",
  "recruiters.col.last": "Ripoti ya mwisho",
  "recruiters.col.status": "Hali",
  "recruiters.none": "Hakuna kitu hapa.",
  "recruiters.status.UNDER_REVIEW": "Inachunguzwa",
  "recruiters.status.CONFIRM_PROPOSED": "Pendekezo: thibitisha",
  "recruiters.status.DISMISS_PROPOSED": "Pendekezo: kataa",
  "recruiters.status.CONFIRMED": "Imethibitishwa",
  "recruiters.status.DISMISSED": "Imekataliwa",
  "recruiters.detail.identifiers": "Nambari na kurasa zake",
  "recruiters.detail.sources": "Ripoti zilikotoka",
  "recruiters.detail.proposal": "Pendekezo: {note}",
  "recruiters.detail.publicName": "Jina la umma: {label}",
  "recruiters.source.REPORT": "Ripoti za umma (/report)",
  "recruiters.source.FEE_PAYMENT": "Malipo ya wafanyakazi kwa mtu",
  "recruiters.source.CASE": "Kesi",
  "recruiters.source.FAMILY": "Ripoti za familia",
  "recruiters.action.proposeConfirm": "Pendekeza kuthibitisha",
  "recruiters.action.proposeDismiss": "Pendekeza kukataa",
  "recruiters.action.decide": "Kubali na uamue",
  "recruiters.action.sendBack": "Rudisha pendekezo",
  "recruiters.label": "Jina la umma (linaonyeshwa kwenye /check-number)",
  "recruiters.label.hint": "Eleza mwajiri, kamwe si mtoa ripoti: mf. ukurasa wa “Gulf Jobs Kenya”",
  "recruiters.note": "Kwa nini (kwa afisa wa pili)",
  "recruiters.fourEyesHeld": "Wewe ulipendekeza hili: afisa mwingine anaamua.",
  "recruiters.merge.title": "Mwajiri yule yule kama nambari au ukurasa mwingine",
  "recruiters.merge.other": "Nambari au ukurasa mwingine, kama ulivyoripotiwa",
  "recruiters.merge.submit": "Unganisha hapa",
  "recruiters.done": "Imeandikwa.",
  "recruiters.merged": "Imeunganishwa.",
  "recruiters.error.fourEyes": "Wewe ulipendekeza hili: afisa mwingine lazima aamue.",
  "recruiters.error.label": "Toa jina ambalo umma utaona.",
  "recruiters.error.other": "Andika nambari ya simu, ya M-Pesa au jina la ukurasa.",
  "recruiters.error.otherUnknown": "Hakuna ripoti inayotaja nambari au ukurasa huo.",
  "recruiters.error.same": "Huyo tayari ni mwajiri huyu.",
  "nav.contacts": "Nambari rasmi",
  "contacts.title": "Nambari na kurasa zetu rasmi",
  "contacts.intro":
    "Andikisha nambari za simu, paybill au till za M-Pesa na kurasa za mitandao ya kijamii ambazo wakala wako hutumia. Mfanyakazi anayehakiki moja kwenye /check-number ataona ni yenu; ripoti inayoitaja itafika kwenye rekodi ya wakala wako.",
  "contacts.none": "Bado hakuna nambari wala ukurasa rasmi ulioandikishwa.",
  "contacts.value": "Nambari ya simu, ya M-Pesa au ukurasa",
  "contacts.value.hint": "Kwa mfano 0712 345 678, paybill 522533, au facebook.com/WakalaWako",
  "contacts.add": "Iandikishe",
  "contacts.remove": "Ondoa {value}",
  "contacts.added": "Imeandikishwa.",
  "contacts.removed": "Imeondolewa.",
  "contacts.adminOnly": "Ni msimamizi wa wakala wako tu anayeandikisha au kuondoa nambari.",
  "contacts.error.invalid":
    "Andika nambari ya simu, ya M-Pesa (tarakimu 5 hadi 7) au jina la ukurasa.",
  "contacts.error.reported":
    "Nambari au ukurasa huu umeripotiwa kama mwajiri asiye na leseni: hauwezi kuandikishwa. Wasiliana na NEA.",
  "contacts.error.taken": "Hii tayari imeandikishwa, na wakala wako au mwingine.",
  "contacts.error.tooMany": "Wakala anaandikisha nambari na kurasa 30 tu.",
  "contacts.error.notLicensed":
    "Ni wakala mwenye leseni hai pekee anayeweza kuandikisha nambari na kurasa rasmi.",
  "offer.title": "Je, kazi uliyopewa ni ya kweli?",
  "offer.intro":
    "Andika ulichoahidiwa, kadiri unavyojua. Tunakilinganisha na rejista ya NEA na sheria za nchi hiyo, na tunakwambia kijani, njano au nyekundu, pamoja na sababu. Hatuhifadhi chochote unachoandika.",
  "offer.code": "Nambari ya agizo la kazi",
  "offer.code.hint":
    "Tarakimu kumi, kama 2123-4567-89. Kila kazi iliyokaguliwa na NEA ina nambari hii; muulize wakala akupe.",
  "offer.agency": "Jina la wakala au nambari ya leseni yake",
  "offer.contact": "Nambari ya simu, nambari ya M-Pesa au ukurasa uliokupa kazi",
  "offer.contact.hint": "Kwa mfano 0712 345 678, au jina la ukurasa wa TikTok au Facebook",
  "offer.country": "Nchi ya kazi",
  "offer.chooseCountry": "Chagua nchi",
  "offer.job": "Kazi",
  "offer.pay": "Mshahara wa mwezi ulioahidiwa",
  "offer.pay.hint": "Kwa pesa ya nchi hiyo (kwa mfano riyal 1,000), au chagua pesa hapa chini",
  "offer.currency": "Pesa ya mshahara",
  "offer.currency.destination": "Pesa ya nchi hiyo",
  "offer.fee": "Pesa waliyokuomba ulipe (shilingi za Kenya)",
  "offer.fee.hint":
    'Ada yoyote, ya viza, tiketi, uchunguzi wa afya au "kushughulikia". Andika 0 kama hawakukuomba chochote.',
  "offer.submit": "Hakiki kazi",
  "offer.error.code":
    "Hii si nambari ya agizo la kazi: ni tarakimu kumi zinazoanza na 2. Kagua kila tarakimu na uiandike tena.",
  "offer.error.country": "Chagua nchi ya kazi.",
  "offer.error.job": "Chagua kazi.",
  "offer.error.pay": "Andika mshahara wa mwezi kwa tarakimu, kama 1500.",
  "offer.error.currency": "Chagua pesa ya mshahara.",
  "offer.error.fee": "Andika kiasi kwa tarakimu, kama 30000, au 0 kama hawakukuomba chochote.",
  "offer.verdict.GREEN": "Kijani: kila tulichoweza kukagua ni sawa",
  "offer.verdict.AMBER": "Njano: uliza kabla ya kuendelea",
  "offer.verdict.RED": "Nyekundu: usilipe na usiende",
  "offer.verdict.GREEN.next":
    "Hata hivyo usitie sahihi wala usilipe chochote hadi NEA iidhinishe mkataba wako: utapata SMS.",
  "offer.verdict.AMBER.next":
    "Mambo mengine hayakuweza kukaguliwa. Muulize wakala kinachokosekana, au piga simu NEA kabla ya kulipa au kutia sahihi chochote.",
  "offer.verdict.RED.next":
    "Kazi hii inavunja sheria au hailingani na rejista. Iripoti ili NEA ichukue hatua, na usitume pesa.",
  "offer.reasons": "Sababu",
  "offer.level.ok": "Imekaguliwa",
  "offer.level.info": "Ni vizuri kujua",
  "offer.level.warn": "Uliza",
  "offer.level.bad": "Tatizo",
  "offer.law": "Sheria: {sources}",
  "offer.reason.ORDER_OK": "Agizo la kazi limethibitishwa na NEA na liko wazi: {name}.",
  "offer.reason.ORDER_NONE":
    "Hukutoa nambari ya agizo la kazi. Kila kazi halali ng'ambo ina nambari kutoka NEA: muulize wakala akupe na uihakiki hapa.",
  "offer.reason.ORDER_NOT_FOUND":
    "Hakuna agizo la kazi lenye nambari hii. Huenda nambari imebuniwa.",
  "offer.reason.ORDER_NOT_OPEN":
    "Agizo hili la kazi {status, select, EXPIRED {limepitwa na muda} SUSPENDED {limesimamishwa} other {limeondolewa au kufutwa}}: hakuna anayeweza kuajiriwa kwalo sasa.",
  "offer.reason.ORDER_FULL": "Nafasi zote za agizo hili la kazi zimejazwa.",
  "offer.reason.ORDER_OTHER_COUNTRY": "Agizo hili la kazi ni la {country}, si nchi uliyoambiwa.",
  "offer.reason.ORDER_OTHER_JOB":
    "Agizo hili la kazi ni la kazi nyingine ({name}) kuliko uliyoambiwa. Uliza kazi hasa ni ipi.",
  "offer.reason.AGENCY_OK":
    "{name} ina leseni ya NEA kuajiri kwa nchi hii. Hakikisha kazi inatoka kwake kweli: piga nambari iliyo kwenye ukurasa wake wa NEA.",
  "offer.reason.AGENCY_NONE":
    "Hukusema ni wakala gani aliyekupa kazi. Wakala mwenye leseni ya NEA pekee ndiye anayeruhusiwa kukuajiri.",
  "offer.reason.AGENCY_SIMILAR":
    "Hakuna wakala mwenye leseni mwenye jina hili hasa. {name} ana jina linalofanana, lakini mlaghai anaweza kuazima sehemu ya jina halali: omba nambari ya leseni na uihakiki hapa.",
  "offer.reason.CONTACT_REPORTED_REVIEW":
    "Nambari au ukurasa huu umeripotiwa {reports, plural, one {mara #} other {mara #}} kama mwajiri asiye na leseni; NEA inakagua ripoti. Usilipe hadi ujue zaidi.",
  "offer.reason.CONTACT_NONE":
    "Hukusema ni nambari au ukurasa gani uliokupa kazi. Nambari ya kazi halali inaweza kunakiliwa kutoka ukurasa wetu wa kazi: nambari ya simu pekee ndiyo inaonyesha kazi inatoka kwa wakala.",
  "offer.reason.PAY_CURRENCY_ORDER":
    "Agizo la kazi lililothibitishwa na NEA linalipa {money} kwa mwezi. Uliza mshahara kwa pesa hiyo.",
  "offer.reason.AGENCY_NOT_FOUND":
    "Hakuna wakala mwenye leseni ya NEA mwenye jina au nambari hii ya leseni. Kuajiri bila leseni ni kosa la jinai.",
  "offer.reason.AGENCY_MANY":
    "Mawakala kadhaa wana jina kama hili. Andika nambari ya leseni ya wakala badala yake.",
  "offer.reason.AGENCY_NOT_ACTIVE": "Leseni ya {name}: {status}. Hawezi kumwajiri mtu yeyote sasa.",
  "offer.reason.AGENCY_NOT_FOR_COUNTRY": "{name} haina leseni ya kuajiri kwa {country}.",
  "offer.reason.AGENCY_NOT_ORDERS":
    "Agizo hili la kazi ni la wakala mwingine, si {name}. Huenda mtu anatumia kazi halali kuchukua pesa.",
  "offer.reason.CONTACT_AGENCY": "Nambari au ukurasa huu ni mawasiliano rasmi ya {name}.",
  "offer.reason.CONTACT_OTHER_AGENCY":
    "Nambari au ukurasa huu ni wa wakala mwingine, {name}, si yule uliyemtaja.",
  "offer.reason.CONTACT_REPORTED":
    "NEA imethibitisha kuwa nambari au ukurasa huu ni wa mwajiri asiye na leseni (ameripotiwa {reports, plural, one {mara #} other {mara #}}).",
  "offer.reason.CONTACT_UNKNOWN":
    "Nambari au ukurasa huu haujaandikishwa na wakala yeyote{name, select, none {} other { ({name} haijauandikisha)}}. Piga simu kwa wakala kupitia nambari iliyo kwenye ukurasa wake wa NEA ili kuhakiki kazi.",
  "offer.reason.PAY_OK":
    "Mshahara ni angalau kiwango cha chini tunachojua kinaruhusiwa kwa kazi hii: {money} kwa mwezi.",
  "offer.reason.PAY_NONE": "Hukusema mshahara. Uombe kwa maandishi.",
  "offer.reason.PAY_NO_FLOOR":
    "Tunavyojua, nchi hiyo haina kiwango cha chini cha mshahara kwa kazi hii. Linganisha na kazi nyingine zilizothibitishwa kwenye ukurasa wa kazi.",
  "offer.reason.PAY_CURRENCY":
    "Tunalinganisha mshahara kwa pesa ya nchi hiyo: kiwango cha chini ni {money} kwa mwezi. Uliza mshahara kwa pesa hiyo.",
  "offer.reason.PAY_BELOW_FLOOR":
    "Mshahara uko chini ya kiwango cha chini cha kazi hii: {money} kwa mwezi.",
  "offer.reason.PAY_BELOW_FLOOR_UNVERIFIED":
    "Mshahara uko chini ya kiwango cha chini cha {money} kwa mwezi kilichotangazwa kwa kazi hii (bado hakijathibitishwa katika sheria ya nchi hiyo). Uliza kwa nini.",
  "offer.reason.PAY_IF_HOUSED":
    "Mshahara ni halali tu kama mwajiri anakupa makazi na chakula; bila hivyo kiwango cha chini ni {money} kwa mwezi.",
  "offer.reason.PAY_BELOW_ORDER":
    "Mshahara ni mdogo kuliko ule wa agizo la kazi lililothibitishwa na NEA: {money} kwa mwezi. Huenda kazi imebadilishwa.",
  "offer.reason.FEE_NONE": "Hakuna aliyekuomba ulipe: ndivyo inavyopaswa kuwa.",
  "offer.reason.FEE_UNKNOWN":
    "Hukusema kama walikuomba pesa. Hakuna anayeruhusiwa kukuomba ulipe ili upate kazi ng'ambo.",
  "offer.reason.FEE_ASKED":
    'Uliombwa ulipe {money}. Hakuna wakala wala mtu anayeruhusiwa kuchukua ada kutoka kwako ili upate kazi ng\'ambo: si kwa kazi, viza, tiketi, uchunguzi wa afya wala "kushughulikia".',
  "offer.unknownCountry":
    "Hatuna rekodi ya kazi katika nchi hii. Chagua nyingine, au piga simu NEA.",
};
