// Emails (subject and plain text) and SMS, in English and Kiswahili. Placeholders are filled by
// app/notifications/*-templates.ts; `{details}` is an optional block of lines the template adds
// (a note, a reason, a code) and may be empty. Translator notes: "mission" is a Kenyan embassy,
// high commission or consulate abroad ("ubalozi"); a "report" is a complaint about an agency.
export const mailEn = {
  "mail.sign": "Kazi Salama — National Employment Authority",
  "mail.hidden": "[hidden]",

  // Accounts
  "mail.verifyEmail.subject": "Confirm your email — Kazi Salama",
  "mail.verifyEmail.text":
    "Hello {name},\n\nOpen this link to confirm your email address and start using Kazi Salama:\n\n{link}\n\nThe link works for 24 hours. If you did not create an account, ignore this message.\n\nKazi Salama — National Employment Authority",
  "mail.accountExists.subject": "You already have an account — Kazi Salama",
  "mail.accountExists.text":
    "Hello {name},\n\nSomeone (perhaps you) tried to create a new Kazi Salama account with this email address. You already have one: log in, or if you forgot your password, choose a new one here:\n\n{link}\n\nIf this was not you, ignore this message; your account has not changed.\n\nKazi Salama",
  "mail.resetPassword.subject": "Reset your password — Kazi Salama",
  "mail.resetPassword.text":
    "Hello {name},\n\nSomeone (we hope you) asked to reset the password of your account. Open this link to choose a new password:\n\n{link}\n\nThe link works once, for one hour. If you did not ask, ignore this message; your password has not changed.\n\nKazi Salama",
  "mail.accountCreated.subject": "Your Kazi Salama account",
  "mail.accountCreated.text":
    "Hello {name},\n\nA Kazi Salama account ({role}) has been created for you. Open this link to set your password:\n\n{link}\n\nThe link works once.\n\nKazi Salama",
  "mail.passwordChanged.subject": "Your password was changed — Kazi Salama",
  "mail.passwordChanged.text":
    'Hello {name},\n\nThe password of your Kazi Salama account was changed on {time}, and every other device was signed out.\n\nIf this was not you, reset it at once with "Forgot your password?" on the login page, and call NEA on 0800 222 223 (free).\n\nKazi Salama',
  "mail.accountLocked.subject": "Your account is locked for a while — Kazi Salama",
  "mail.accountLocked.text":
    "Hello {name},\n\nThere were several failed login attempts, so your account is locked until {until}. If this was not you, reset your password.\n\nKazi Salama",

  // The registry: reports, licences, job orders, employers, contracts
  "mail.complaintReceived.subject": "We received your report {reference}",
  "mail.complaintReceived.text":
    "Thank you for your report. Its reference is {reference}. NEA will look into it and tell you the outcome.\n\nIf you are in danger now, call the police: 999 or 112 in Kenya; abroad, the local emergency number, and the Diaspora Response Centre, +254 207 876 000 (24 hours). In Kenya, NEA: 0800 222 223 (free).\n\nKazi Salama — National Employment Authority",
  "mail.complaintOutcome.subject": "Outcome of your report {reference}",
  "mail.complaintOutcome.text":
    "NEA has finished looking into your report {reference}.\n\nOutcome: {upheld, select, yes {upheld} other {not upheld}}.\n\n{note}\n\nKazi Salama — National Employment Authority",
  "mail.complaintUpheldAgency.subject": "A complaint against {agency} was upheld",
  "mail.complaintUpheldAgency.text":
    "Complaint {reference} against {agency} was upheld by NEA and now counts on the agency's public page.\n\n{note}\n\nKazi Salama — National Employment Authority",
  "mail.licenceDecision.subject": "Licence decision: {decision} — {agency}",
  "mail.licenceDecision.text":
    "NEA's decision about {agency}: {decision}.\n\nReason: {reason}\n{details}\nDetails: {link}\n\nYou may appeal to the Employment and Labour Relations Court (LIA s. 56(8)).\n\nKazi Salama — National Employment Authority",
  "mail.licenceDecision.expiryReason":
    "Its validity ended without renewal. Apply for renewal to recruit again.",
  "mail.licenceDecision.licenceNo": "Licence number: {licenceNo}",
  "mail.licenceDecision.validUntil": "Valid until: {validUntil}",
  "mail.licenceDecision.GRANTED": "licence granted",
  "mail.licenceDecision.RENEWED": "licence renewed",
  "mail.licenceDecision.REFUSED": "application refused",
  "mail.licenceDecision.SUSPENDED": "licence suspended",
  "mail.licenceDecision.REINSTATED": "licence reinstated",
  "mail.licenceDecision.REVOKED": "licence revoked",
  "mail.licenceDecision.EXPIRED": "licence expired",
  "mail.applicationUpdate.subject": "Licence application of {agency}: changes requested",
  "mail.applicationUpdate.text":
    "The licence application of {agency} is now: changes requested.\n\n{note}\n\nOpen: {link}\n\nKazi Salama — National Employment Authority",
  "mail.jobOrderDecision.subject":
    'Job order "{title}": {decision, select, verified {verified} other {rejected}}',
  "mail.jobOrderDecision.text":
    'NEA has {decision, select, verified {verified} other {rejected}} the job order "{title}" of {agency}.\n{details}\nOpen: {link}\n\nKazi Salama — National Employment Authority',
  "mail.jobOrderDecision.reason": "Reason: {reason}",
  "mail.jobOrderDecision.code": "Verification code: {code}",
  "mail.employerWatchListed.subject": "Employer {employer} is on the watch list",
  "mail.employerWatchListed.text":
    "The employer {employer}, registered by your agency, is now on NEA's watch list. No new job order or contract can be submitted for this employer.\n\nReason: {reason}\n\nKazi Salama — National Employment Authority",
  "mail.contractUpdate.subject": "Contract {reference}: {status}",
  "mail.contractUpdate.text":
    "The status of contract {reference} is now: {status}.\n{details}\nOpen: {link}\n\nKazi Salama — National Employment Authority",
  // A contract's status in the middle of a sentence ("The status of contract … is now: approved").
  "mail.contractStatus.DRAFT": "draft",
  "mail.contractStatus.SUBMITTED": "submitted to NEA",
  "mail.contractStatus.UNDER_REVIEW": "under review",
  "mail.contractStatus.CHANGES_REQUESTED": "changes requested",
  "mail.contractStatus.RECOMMENDED": "recommended for approval",
  "mail.contractStatus.RECOMMENDED_REJECTION": "recommended for rejection",
  "mail.contractStatus.APPROVED": "approved",
  "mail.contractStatus.REJECTED": "rejected",
  "mail.contractStatus.SIGNED": "accepted by the worker",
  "mail.contractStatus.WITHDRAWN": "withdrawn",

  // Welfare cases and questions
  "mail.caseReceived.subject": "We received your request for help {reference} — Kazi Salama",
  "mail.caseReceived.text":
    'Hello,\n\nThe Kenyan mission received your request for help. Its reference is {reference}. An officer will contact you. You can follow it on the "Get help" page.\n\nIf you are in danger right now, call the mission\'s emergency line or the local police.\n\nKazi Salama — National Employment Authority',
  "mail.questionReceived.subject": "We received your question {reference} — Kazi Salama",
  "mail.questionReceived.text":
    'Hello,\n\nNEA received your question about contract {contract}. Its reference is {reference}. An officer will answer within three days, on the "Get help" page and by message. Do not accept the contract until you are sure.\n\nYou can also call NEA free on 0800 222 223.\n\nKazi Salama — National Employment Authority',
  "mail.caseUpdate.subject": "An update on your request {reference} — Kazi Salama",
  "mail.caseUpdate.text":
    'Hello,\n\n{byNea, select, yes {NEA wrote} other {The mission wrote}} about your request {reference}:\n\n{message}\n\nYou can follow it on the "Get help" page.\n\nKazi Salama — National Employment Authority',
  "mail.caseAlert.subject":
    "{escalated, select, yes {OVERDUE: } other {}}Case {reference} ({priority}) — {what}",
  "mail.caseAlert.textNew":
    "New case {reference}: {what}. Respond by {due} (Nairobi time).\n\nOpen it in Kazi Salama, under Cases.\n\nKazi Salama",
  "mail.caseAlert.textOverdue":
    "Nobody responded to case {reference} by {due} (Nairobi time).\n\nOpen it in Kazi Salama, under Cases.\n\nKazi Salama",
  // A case's category in the middle of a sentence, for the attaché's alert.
  "mail.category.UNPAID_WAGES": "unpaid wages",
  "mail.category.PASSPORT_CONFISCATED": "passport taken",
  "mail.category.ABUSE": "abuse",
  "mail.category.OVERWORK": "overwork",
  "mail.category.CONTRACT_SUBSTITUTION": "contract changed",
  "mail.category.HEALTH": "health",
  "mail.category.DETENTION": "detention",
  "mail.category.DEATH": "death",
  "mail.category.TRAFFICKING_SUSPECTED": "suspected trafficking",
  "mail.category.WANTS_TO_RETURN": "wants to return home",
  "mail.category.CANNOT_REACH": "family cannot reach the worker",
  "mail.category.CONTRACT_QUESTION": "question about a contract",
  "mail.category.OTHER": "other",
  "mail.substitutionAgency.subject":
    "Contract {reference}: the worker reports her job is not as approved. Answer by {due}",
  "mail.substitutionAgency.text":
    "Hello,\n\nThe worker {worker} on contract {reference} ({country}) reported at her check-in that her job is not what NEA approved: {fields}.\n\nCase {caseReference} is open with the Kenyan mission. Answer it by {due} under Cases in your Kazi Salama portal: what you have done to restore the approved terms.\n\nKazi Salama — National Employment Authority",
  "mail.agencyOverdue.subject": "Agency did not answer case {reference} in time",
  "mail.agencyOverdue.text":
    "The agency {agency} did not answer case {reference} (contract {contract}) by {due} (Nairobi time): a worker it deployed reported that her job is not what NEA approved.\n\nOpen the case in Kazi Salama, under Cases, to decide on action against the agency.\n\nKazi Salama",
  // What a worker reported as different, in the middle of a sentence.
  "mail.termsField.monthlyWage": "her monthly pay",
  "mail.termsField.dailyHours": "her hours a day",
  "mail.termsField.weeklyRestDays": "her weekly rest days",
  "mail.termsField.passportHeldBy": "who holds her passport",
  "mail.termsField.employer": "her employer",
  "mail.termsField.city": "the city she works in",

  // A worker's own record, training and departure
  "mail.smsText.subject": "SMS — Kazi Salama",
  "mail.recordClaimCode.subject": "Your confirmation code — Kazi Salama",
  "mail.recordClaimCode.text":
    "Kazi Salama: your code is {code}. Use it within {minutes} minutes to link your account to your record. Never give it to anyone.",
  "mail.phoneCode.subject": "Your sign-in code — Kazi Salama",
  "mail.phoneCode.text":
    "Kazi Salama: your code is {code}. Use it within {minutes} minutes to {purpose, select, SIGN_IN {sign in} other {reset your password}}. Never give it to anyone, not even an agent.",
  "mail.correctionDecision.subject":
    "Your request to correct your {field} was {applied, select, yes {accepted} other {refused}} — Kazi Salama",
  "mail.correctionDecision.text":
    "Hello,\n\nThe National Employment Authority {applied, select, yes {has corrected} other {did not correct}} the {field} on your record.{details}\n\nYou can see your record on your profile page.\n\nKazi Salama — National Employment Authority",
  "mail.correctionDecision.note": "Note: {note}",
  "mail.field.FIRST_NAME": "first name",
  "mail.field.LAST_NAME": "surname",
  "mail.field.NATIONAL_ID": "national ID number",
  "mail.field.DATE_OF_BIRTH": "date of birth",
  "mail.certificateIssued.subject":
    "Your pre-departure training certificate ({country}) — Kazi Salama",
  "mail.certificateIssued.text":
    "Congratulations,\n\nYou have completed the pre-departure training for {country}. Your certificate code is {code}, valid until {expires}. Anyone can check it here: {url}\n\nKazi Salama — National Employment Authority",
  "mail.certificateRevoked.subject": "Your training certificate was revoked — Kazi Salama",
  "mail.certificateRevoked.text":
    "Hello,\n\nThe National Employment Authority revoked training certificate {code}.\nReason: {reason}\n\nIf you think this is wrong, call NEA on 0800 222 223 (toll-free).\n\nKazi Salama — National Employment Authority",
  "mail.inPersonRecorded.subject": "Your in-person course was recorded — Kazi Salama",
  "mail.inPersonRecorded.text":
    'Hello,\n\n{provider} recorded that you completed the course "{course}" on {date}, with a score of {score}%.\n\nWhen you have also finished the online lessons for your destination, you will receive your certificate on the Training page. If anything is wrong, contact the institution.\n\nKazi Salama — National Employment Authority',
  "mail.clearanceIssued.subject": "Your departure clearance for {country} — Kazi Salama",
  "mail.clearanceIssued.text":
    "Hello,\n\nYour departure clearance was issued. Its code is {code}; immigration officers and your family can check it here: {url}\n\nYou are pre-registered with the Kenyan mission: {mission}. When you arrive, add your address and phone number abroad on the Departure page.\n\nKazi Salama — National Employment Authority",
  // To the next of kin: sent in Kiswahili with the English below it.
  "mail.clearanceKin.subject": "{worker} has clearance to go and work in {country} — Kazi Salama",
  "mail.clearanceKin.text":
    "Hello {kin},\n\n{worker} named you as next of kin. They have a government clearance to work in {country} and are registered with the Kenyan mission: {mission}.\n\nIf you cannot reach them for a long time, report it on Kazi Salama or call NEA on 0800 222 223.",
  "mail.clearanceAgency.subject":
    "Departure clearance issued for contract {reference} — Kazi Salama",
  "mail.clearanceAgency.text":
    "Hello,\n\nThe worker {worker} on contract {reference} ({country}) has been issued departure clearance {code} and is pre-registered with the Kenyan mission.\n\nKazi Salama — National Employment Authority",
  "mail.checkInDue.subject": "Are you OK? Time to check in — Kazi Salama",
  "mail.checkInDue.text":
    "Hello,\n\n{mission} would like to know that you are OK. Answer on the Departure page, or reply to our SMS with OK and your PIN (for example: OK 1234). If you need help, send HELP and your PIN.{first, select, yes {\n\nThis first check-in also asks whether your job is what was agreed: your pay, hours, days off, passport, employer and city. Answer on the Departure page, or reply JOB and your PIN to our SMS.} other {}}\n\nKazi Salama — National Employment Authority",
  "mail.checkInReminder.subject": "Reminder: let us know you are OK — Kazi Salama",
  "mail.checkInReminder.text":
    "Hello,\n\nWe have not heard from you yet. Please reply OK and your PIN, or answer on the Departure page. If you do not answer, {mission} will look for you.\n\nKazi Salama — National Employment Authority",
  "mail.arrivalConfirmed.subject": "The mission confirmed your arrival — Kazi Salama",
  "mail.arrivalConfirmed.text":
    "Hello,\n\n{mission} confirmed that you arrived safely. We will ask whether you are OK on {nextCheckIn}, then 30 and 90 days after arrival, and every 90 days after that. Answer on the Departure page. If you need help at any time, call the mission or the Diaspora Response Centre (+254 207 876 000, WhatsApp +254 114 757 002, 24 hours). In danger, call the police of the country you are in.\n\nKazi Salama — National Employment Authority",

  // SMS: the short version of a message, one GSM-7 segment where it fits.
  "sms.passwordChanged":
    "Kazi Salama: your password was changed on {time}. If this was not you, call NEA on 0800 222 223 (free).",
  "sms.contractUpdate": "Kazi Salama: your contract {reference} is {status}. {link}",
  "sms.clearanceIssued":
    "Kazi Salama: your departure clearance for {country} was issued, code {code}. When you arrive, add your phone abroad. {url}",
  "sms.certificateIssued":
    "Kazi Salama: congratulations! Your training certificate ({country}) is {code}, valid until {expires}. {url}",
  "sms.certificateRevoked":
    "Kazi Salama: NEA revoked your training certificate {code}. Reason: {reason}. Questions: NEA 0800 222 223 (free).",
  "sms.inPersonRecorded":
    'Kazi Salama: {provider} recorded your course "{course}" ({date}, score {score}%).',
  "sms.correctionDecision":
    "Kazi Salama: your request to correct your record was {applied, select, yes {accepted} other {refused}}. See your profile.",
  "sms.arrivalConfirmed":
    "Kazi Salama: {mission} confirmed your arrival. We will ask if you are OK on {nextCheckIn}. Answer: text OK and your PIN.",
  "sms.caseReceived":
    "Kazi Salama: the mission received your request for help {reference}. An officer will contact you. In danger, call the local police.",
  "sms.questionReceived":
    'Kazi Salama: NEA received your question {reference}. The answer comes within 3 days, on "Get help". Do not accept the contract until you are sure.',
  "sms.caseUpdate":
    'Kazi Salama: {byNea, select, yes {NEA wrote} other {the mission wrote}} about your request {reference}. Read it on the "Get help" page.',
  "sms.complaintReceived":
    "Kazi Salama: we received your report {reference}. NEA will tell you the outcome. In danger: 999/112 in Kenya.",
  "sms.complaintOutcome":
    "Kazi Salama: NEA finished your report {reference}: {upheld, select, yes {upheld} other {not upheld}}. Questions: 0800 222 223 (free).",
  // To the next of kin, always sent in Kiswahili (the English is kept for translators).
  "sms.clearanceKin":
    "Kazi Salama: {worker} has clearance to work in {country}; registered with the mission. If you cannot reach them, call NEA 0800 222 223.",
  "sms.checkInDue":
    "{first, select, yes {Kazi Salama: is your job what was agreed? Reply JOB and your PIN (e.g. JOB 1234) for 6 short questions. Need help: HELP and your PIN.} other {Kazi Salama: are you OK? Reply to this SMS: OK and your PIN (e.g. OK 1234). If you need help: HELP and your PIN.}}",
  "sms.checkInReminder":
    "Kazi Salama: we have not heard from you. Reply OK and your PIN. If you do not, {mission} will look for you.",
  "sms.caseAlert":
    "Kazi Salama: {escalated, select, yes {OVERDUE } other {}}case {reference} ({priority}). Respond by {due} (Nairobi time). Open it under Cases.",
  "sms.accountLocked":
    "Kazi Salama: too many failed logins; your account is locked until {until}. If this was not you, sign in with an SMS code and change your password.",
  // To a relative with no account: sent as "Kazi Salama: <Kiswahili> / <English>", so both are short.
  "sms.familyReportReceived": "We received your report {reference}; the mission will follow up.",
  "sms.kinCheckInsMissed":
    "{worker} has not checked in for a while. If you have news, call {mission} or NEA 0800 222 223.",
  "sms.familyReportClosed":
    "The mission has followed up your report {reference}. NEA: 0800 222 223",
};

export const mailSw: Record<keyof typeof mailEn, string> = {
  "mail.sign": "Kazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.hidden": "[imefichwa]",

  "mail.verifyEmail.subject": "Thibitisha barua pepe yako — Kazi Salama",
  "mail.verifyEmail.text":
    "Habari {name},\n\nFungua kiungo hiki ili kuthibitisha barua pepe yako na kuanza kutumia Kazi Salama:\n\n{link}\n\nKiungo kinafanya kazi kwa saa 24. Ikiwa hukufungua akaunti, puuza barua hii.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.accountExists.subject": "Tayari una akaunti — Kazi Salama",
  "mail.accountExists.text":
    "Habari {name},\n\nMtu (huenda ni wewe) amejaribu kufungua akaunti mpya ya Kazi Salama kwa barua pepe hii. Tayari una akaunti: ingia, au kama umesahau nenosiri, libadilishe hapa:\n\n{link}\n\nIkiwa si wewe, puuza barua hii; akaunti yako haijabadilika.\n\nKazi Salama",
  "mail.resetPassword.subject": "Badilisha nenosiri lako — Kazi Salama",
  "mail.resetPassword.text":
    "Habari {name},\n\nMtu (tunatumaini ni wewe) ameomba kubadilisha nenosiri la akaunti yako. Fungua kiungo hiki ili kuchagua nenosiri jipya:\n\n{link}\n\nKiungo kinafanya kazi mara moja tu, kwa saa moja. Ikiwa hukuomba, puuza barua hii; nenosiri lako halijabadilika.\n\nKazi Salama",
  "mail.accountCreated.subject": "Akaunti yako ya Kazi Salama",
  "mail.accountCreated.text":
    "Habari {name},\n\nAkaunti ya Kazi Salama ({role}) imefunguliwa kwa ajili yako. Fungua kiungo hiki ili kuweka nenosiri lako:\n\n{link}\n\nKiungo kinafanya kazi mara moja tu.\n\nKazi Salama",
  "mail.passwordChanged.subject": "Nenosiri lako limebadilishwa — Kazi Salama",
  "mail.passwordChanged.text":
    'Habari {name},\n\nNenosiri la akaunti yako ya Kazi Salama limebadilishwa {time}, na vifaa vingine vyote vimetolewa kwenye akaunti.\n\nIkiwa si wewe, libadilishe mara moja kwa "Umesahau nenosiri?" kwenye ukurasa wa kuingia, na upige simu NEA 0800 222 223 (bure).\n\nKazi Salama',
  "mail.accountLocked.subject": "Akaunti yako imefungwa kwa muda — Kazi Salama",
  "mail.accountLocked.text":
    "Habari {name},\n\nKulikuwa na majaribio kadhaa ya kuingia yaliyoshindwa, kwa hivyo akaunti yako imefungwa hadi {until}. Ikiwa si wewe, badilisha nenosiri lako.\n\nKazi Salama",

  "mail.complaintReceived.subject": "Tumepokea ripoti yako {reference}",
  "mail.complaintReceived.text":
    "Asante kwa ripoti yako. Nambari yake ni {reference}. NEA itaichunguza na kukujulisha matokeo.\n\nUkiwa hatarini sasa, piga polisi: 999 au 112 nchini Kenya; ng'ambo, nambari ya dharura ya nchi hiyo, na Kituo cha Kushughulikia Wakenya wa Ughaibuni, +254 207 876 000 (saa 24). Ukiwa Kenya, NEA: 0800 222 223 (bure).\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.complaintOutcome.subject": "Matokeo ya ripoti yako {reference}",
  "mail.complaintOutcome.text":
    "NEA imemaliza kuchunguza ripoti yako {reference}.\n\nMatokeo: {upheld, select, yes {imethibitishwa} other {haikuthibitishwa}}.\n\n{note}\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.complaintUpheldAgency.subject": "Lalamiko dhidi ya {agency} limethibitishwa",
  "mail.complaintUpheldAgency.text":
    "Lalamiko {reference} dhidi ya {agency} limethibitishwa na NEA na linaonekana kwenye ukurasa wa umma wa wakala.\n\n{note}\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.licenceDecision.subject": "Uamuzi wa leseni: {decision} — {agency}",
  "mail.licenceDecision.text":
    "Uamuzi wa NEA kuhusu {agency}: {decision}.\n\nSababu: {reason}\n{details}\nMaelezo: {link}\n\nUna haki ya kukata rufaa kwa Mahakama ya Ajira na Mahusiano ya Kazi (LIA s. 56(8)).\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.licenceDecision.expiryReason":
    "Muda wake umekwisha bila kuhuishwa. Omba kuhuisha ili kuajiri tena.",
  "mail.licenceDecision.licenceNo": "Nambari ya leseni: {licenceNo}",
  "mail.licenceDecision.validUntil": "Halali hadi: {validUntil}",
  "mail.licenceDecision.GRANTED": "leseni imetolewa",
  "mail.licenceDecision.RENEWED": "leseni imehuishwa",
  "mail.licenceDecision.REFUSED": "ombi limekataliwa",
  "mail.licenceDecision.SUSPENDED": "leseni imesimamishwa",
  "mail.licenceDecision.REINSTATED": "leseni imerejeshwa",
  "mail.licenceDecision.REVOKED": "leseni imefutwa",
  "mail.licenceDecision.EXPIRED": "muda wa leseni umekwisha",
  "mail.applicationUpdate.subject": "Ombi la leseni la {agency}: mabadiliko yameombwa",
  "mail.applicationUpdate.text":
    "Hali ya ombi la leseni la {agency} sasa ni: mabadiliko yameombwa.\n\n{note}\n\nFungua: {link}\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.jobOrderDecision.subject":
    'Agizo la kazi "{title}": {decision, select, verified {limethibitishwa} other {limekataliwa}}',
  "mail.jobOrderDecision.text":
    'NEA {decision, select, verified {imethibitisha} other {imekataa}} agizo la kazi "{title}" la {agency}.\n{details}\nFungua: {link}\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira',
  "mail.jobOrderDecision.reason": "Sababu: {reason}",
  "mail.jobOrderDecision.code": "Msimbo wa uhakiki: {code}",
  "mail.employerWatchListed.subject": "Mwajiri {employer} amewekwa kwenye orodha ya tahadhari",
  "mail.employerWatchListed.text":
    "Mwajiri {employer}, uliyemsajili, amewekwa kwenye orodha ya tahadhari ya NEA. Hakuna agizo jipya la kazi wala mkataba unaoweza kuwasilishwa kwa mwajiri huyu.\n\nSababu: {reason}\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.contractUpdate.subject": "Mkataba {reference}: {status}",
  "mail.contractUpdate.text":
    "Hali ya mkataba {reference} sasa ni: {status}.\n{details}\nFungua: {link}\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.contractStatus.DRAFT": "rasimu",
  "mail.contractStatus.SUBMITTED": "umewasilishwa kwa NEA",
  "mail.contractStatus.UNDER_REVIEW": "unakaguliwa",
  "mail.contractStatus.CHANGES_REQUESTED": "mabadiliko yameombwa",
  "mail.contractStatus.RECOMMENDED": "umependekezwa kuidhinishwa",
  "mail.contractStatus.RECOMMENDED_REJECTION": "umependekezwa kukataliwa",
  "mail.contractStatus.APPROVED": "umeidhinishwa",
  "mail.contractStatus.REJECTED": "umekataliwa",
  "mail.contractStatus.SIGNED": "umekubaliwa na mfanyakazi",
  "mail.contractStatus.WITHDRAWN": "umeondolewa",

  "mail.caseReceived.subject": "Tumepokea ombi lako la msaada {reference} — Kazi Salama",
  "mail.caseReceived.text":
    'Habari,\n\nUbalozi wa Kenya umepokea ombi lako la msaada. Nambari yake ni {reference}. Afisa atawasiliana nawe. Unaweza kuona hali yake kwenye ukurasa wa "Pata msaada".\n\nUkiwa hatarini sasa hivi, piga simu ya dharura ya ubalozi au polisi wa nchi uliyopo.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira',
  "mail.questionReceived.subject": "Tumepokea swali lako {reference} — Kazi Salama",
  "mail.questionReceived.text":
    'Habari,\n\nNEA imepokea swali lako kuhusu mkataba {contract}. Nambari yake ni {reference}. Afisa atakujibu ndani ya siku tatu, kwenye ukurasa wa "Pata msaada" na kwa ujumbe. Usikubali mkataba mpaka uwe na uhakika.\n\nUnaweza pia kupiga simu NEA bure: 0800 222 223.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira',
  "mail.caseUpdate.subject": "Habari mpya kuhusu ombi lako {reference} — Kazi Salama",
  "mail.caseUpdate.text":
    'Habari,\n\n{byNea, select, yes {NEA imeandika} other {Ubalozi umeandika}} kuhusu ombi lako {reference}:\n\n{message}\n\nUnaweza kuona hali yake kwenye ukurasa wa "Pata msaada".\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira',
  "mail.caseAlert.subject":
    "{escalated, select, yes {IMECHELEWA: } other {}}Kesi {reference} ({priority}) — {what}",
  "mail.caseAlert.textNew":
    "Kesi mpya {reference}: {what}. Jibu kabla ya {due} (saa za Nairobi).\n\nIfungue kwenye Kazi Salama, chini ya Kesi.\n\nKazi Salama",
  "mail.caseAlert.textOverdue":
    "Hakuna aliyejibu kesi {reference} kabla ya {due} (saa za Nairobi).\n\nIfungue kwenye Kazi Salama, chini ya Kesi.\n\nKazi Salama",
  "mail.category.UNPAID_WAGES": "mshahara haujalipwa",
  "mail.category.PASSPORT_CONFISCATED": "pasipoti imechukuliwa",
  "mail.category.ABUSE": "unyanyasaji",
  "mail.category.OVERWORK": "kazi kupita kiasi",
  "mail.category.CONTRACT_SUBSTITUTION": "mkataba umebadilishwa",
  "mail.category.HEALTH": "afya",
  "mail.category.DETENTION": "kuzuiliwa",
  "mail.category.DEATH": "kifo",
  "mail.category.TRAFFICKING_SUSPECTED": "kushukiwa usafirishaji haramu wa binadamu",
  "mail.category.WANTS_TO_RETURN": "anataka kurudi nyumbani",
  "mail.category.CANNOT_REACH": "familia haiwezi kumpata mfanyakazi",
  "mail.category.CONTRACT_QUESTION": "swali kuhusu mkataba",
  "mail.category.OTHER": "nyingine",
  "mail.substitutionAgency.subject":
    "Mkataba {reference}: mfanyakazi anaripoti kazi yake si kama ilivyoidhinishwa. Jibu kabla ya {due}",
  "mail.substitutionAgency.text":
    "Habari,\n\nMfanyakazi {worker} wa mkataba {reference} ({country}) ameripoti alipokuwa akiripoti hali yake kwamba kazi yake si ile iliyoidhinishwa na NEA: {fields}.\n\nKesi {caseReference} iko wazi kwa ubalozi wa Kenya. Ijibu kabla ya {due} chini ya Kesi kwenye tovuti yako ya Kazi Salama: umefanya nini kurejesha masharti yaliyoidhinishwa.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.agencyOverdue.subject": "Wakala hakujibu kesi {reference} kwa wakati",
  "mail.agencyOverdue.text":
    "Wakala {agency} hakujibu kesi {reference} (mkataba {contract}) kabla ya {due} (saa za Nairobi): mfanyakazi aliyempeleka aliripoti kwamba kazi yake si ile iliyoidhinishwa na NEA.\n\nFungua kesi kwenye Kazi Salama, chini ya Kesi, kuamua hatua dhidi ya wakala.\n\nKazi Salama",
  "mail.termsField.monthlyWage": "mshahara wake wa mwezi",
  "mail.termsField.dailyHours": "saa zake za kazi kwa siku",
  "mail.termsField.weeklyRestDays": "siku zake za mapumziko kwa wiki",
  "mail.termsField.passportHeldBy": "nani anashika pasipoti yake",
  "mail.termsField.employer": "mwajiri wake",
  "mail.termsField.city": "mji anakofanya kazi",

  "mail.smsText.subject": "SMS — Kazi Salama",
  "mail.recordClaimCode.subject": "Nambari ya kuthibitisha — Kazi Salama",
  "mail.recordClaimCode.text":
    "Kazi Salama: msimbo wako ni {code}. Utumie ndani ya dakika {minutes} kuunganisha akaunti yako na rekodi yako. Usimpe mtu yeyote.",
  "mail.phoneCode.subject": "Nambari ya kuingia — Kazi Salama",
  "mail.phoneCode.text":
    "Kazi Salama: nambari yako ni {code}. Itumie ndani ya dakika {minutes} {purpose, select, SIGN_IN {kuingia} other {kubadilisha nenosiri lako}}. Usimpe mtu yeyote, hata mtu wa wakala.",
  "mail.correctionDecision.subject":
    "Ombi lako la kusahihisha {field} {applied, select, yes {limekubaliwa} other {limekataliwa}} — Kazi Salama",
  "mail.correctionDecision.text":
    "Habari,\n\nMamlaka ya Kitaifa ya Ajira {applied, select, yes {imesahihisha} other {haikusahihisha}} {field} kwenye rekodi yako.{details}\n\nUnaweza kuona rekodi yako kwenye ukurasa wa wasifu wako.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.correctionDecision.note": "Maelezo: {note}",
  "mail.field.FIRST_NAME": "jina la kwanza",
  "mail.field.LAST_NAME": "jina la ukoo",
  "mail.field.NATIONAL_ID": "nambari ya kitambulisho",
  "mail.field.DATE_OF_BIRTH": "tarehe ya kuzaliwa",
  "mail.certificateIssued.subject":
    "Cheti chako cha mafunzo ya kabla ya kuondoka ({country}) — Kazi Salama",
  "mail.certificateIssued.text":
    "Hongera,\n\nUmemaliza mafunzo ya kabla ya kuondoka kwa {country}. Msimbo wa cheti chako ni {code}, na ni halali hadi {expires}. Mtu yeyote anaweza kukihakiki hapa: {url}\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.certificateRevoked.subject": "Cheti chako cha mafunzo kimefutwa — Kazi Salama",
  "mail.certificateRevoked.text":
    "Habari,\n\nMamlaka ya Kitaifa ya Ajira imefuta cheti cha mafunzo {code}.\nSababu: {reason}\n\nUkiona si sahihi, piga simu NEA kupitia 0800 222 223 (bure).\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.inPersonRecorded.subject": "Kozi yako ya ana kwa ana imerekodiwa — Kazi Salama",
  "mail.inPersonRecorded.text":
    'Habari,\n\n{provider} imerekodi kwamba ulimaliza kozi "{course}" tarehe {date}, ukapata alama {score}%.\n\nUkimaliza pia masomo ya mtandaoni ya nchi unayoenda, utapokea cheti chako kwenye ukurasa wa Mafunzo. Ukiona kosa, wasiliana na taasisi hiyo.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira',
  "mail.clearanceIssued.subject": "Kibali chako cha kuondoka kwenda {country} — Kazi Salama",
  "mail.clearanceIssued.text":
    "Habari,\n\nKibali chako cha kuondoka kimetolewa. Msimbo wake ni {code}; maafisa wa uhamiaji na familia yako wanaweza kukihakiki hapa: {url}\n\nUmesajiliwa mapema na ubalozi wa Kenya: {mission}. Ukifika, ongeza anwani na nambari yako ya simu ya huko kwenye ukurasa wa Kuondoka.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.clearanceKin.subject":
    "{worker} amepata kibali cha kwenda kufanya kazi {country} — Kazi Salama",
  "mail.clearanceKin.text":
    "Habari {kin},\n\n{worker} amekutaja kama ndugu wa karibu. Amepata kibali cha serikali cha kwenda kufanya kazi {country}, na amesajiliwa na ubalozi wa Kenya: {mission}.\n\nUkikosa kumpata kwa muda mrefu, ripoti kwenye Kazi Salama au piga simu NEA 0800 222 223.",
  "mail.clearanceAgency.subject":
    "Kibali cha kuondoka kimetolewa kwa mkataba {reference} — Kazi Salama",
  "mail.clearanceAgency.text":
    "Habari,\n\nMfanyakazi {worker} wa mkataba {reference} ({country}) amepewa kibali cha kuondoka {code} na amesajiliwa mapema na ubalozi wa Kenya.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.checkInDue.subject": "Uko salama? Wakati wa kuripoti — Kazi Salama",
  "mail.checkInDue.text":
    "Habari,\n\n{mission} inataka kujua kama uko salama. Jibu kwenye ukurasa wa Kuondoka, au jibu SMS yetu kwa neno SAWA na PIN yako (mfano: SAWA 1234). Ukihitaji msaada, tuma MSAADA na PIN yako.{first, select, yes {\n\nRipoti hii ya kwanza pia inauliza kama kazi yako ni kama ilivyokubaliwa: mshahara, saa, siku za mapumziko, pasipoti, mwajiri na mji. Jibu kwenye ukurasa wa Kuondoka, au jibu SMS yetu kwa KAZI na PIN yako.} other {}}\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.checkInReminder.subject": "Ukumbusho: tujulishe kama uko salama — Kazi Salama",
  "mail.checkInReminder.text":
    "Habari,\n\nBado hatujasikia kutoka kwako. Tafadhali jibu SAWA na PIN yako, au kwenye ukurasa wa Kuondoka. Usipojibu, {mission} itakutafuta.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",
  "mail.arrivalConfirmed.subject": "Ubalozi umethibitisha kwamba umefika — Kazi Salama",
  "mail.arrivalConfirmed.text":
    "Habari,\n\n{mission} imethibitisha kwamba umefika salama. Tutakuuliza kama uko salama tarehe {nextCheckIn}, kisha siku 30 na 90 baada ya kufika, na kila siku 90 baadaye. Jibu kwenye ukurasa wa Kuondoka. Ukihitaji msaada wakati wowote, piga simu ubalozi au Kituo cha Kushughulikia Wakenya wa Ughaibuni (+254 207 876 000, WhatsApp +254 114 757 002, saa 24). Ukiwa hatarini, piga polisi wa nchi uliyopo.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira",

  "sms.passwordChanged":
    "Kazi Salama: nenosiri lako limebadilishwa {time}. Kama si wewe, piga NEA 0800 222 223 (bure).",
  "sms.contractUpdate": "Kazi Salama: mkataba wako {reference} {status}. {link}",
  "sms.clearanceIssued":
    "Kazi Salama: kibali chako cha kuondoka kwenda {country} kimetolewa, msimbo {code}. Ukifika, ongeza simu yako ya huko. {url}",
  "sms.certificateIssued":
    "Kazi Salama: hongera! Cheti chako cha mafunzo ({country}) ni {code}, halali hadi {expires}. {url}",
  "sms.certificateRevoked":
    "Kazi Salama: NEA imefuta cheti chako cha mafunzo {code}. Sababu: {reason}. Maswali: NEA 0800 222 223 (bure).",
  "sms.inPersonRecorded":
    'Kazi Salama: {provider} imerekodi kozi yako "{course}" ({date}, alama {score}%).',
  "sms.correctionDecision":
    "Kazi Salama: ombi lako la kusahihisha rekodi yako {applied, select, yes {limekubaliwa} other {limekataliwa}}. Angalia wasifu wako.",
  "sms.arrivalConfirmed":
    "Kazi Salama: {mission} imethibitisha umefika. Tutakuuliza kama uko salama tarehe {nextCheckIn}. Jibu: tuma SAWA na PIN yako.",
  "sms.caseReceived":
    "Kazi Salama: ubalozi umepokea ombi lako la msaada {reference}. Afisa atawasiliana nawe. Ukiwa hatarini, piga polisi wa nchi uliyopo.",
  "sms.questionReceived":
    'Kazi Salama: NEA imepokea swali lako {reference}. Jibu litakuja ndani ya siku 3, kwenye "Pata msaada". Usikubali mkataba mpaka uwe na uhakika.',
  "sms.caseUpdate":
    'Kazi Salama: {byNea, select, yes {NEA imeandika} other {ubalozi umeandika}} kuhusu ombi lako {reference}. Soma kwenye ukurasa wa "Pata msaada".',
  "sms.complaintReceived":
    "Kazi Salama: tumepokea ripoti yako {reference}. NEA itakujulisha matokeo. Hatarini: 999/112 Kenya.",
  "sms.complaintOutcome":
    "Kazi Salama: NEA imemaliza ripoti yako {reference}: {upheld, select, yes {imethibitishwa} other {haikuthibitishwa}}. Maswali: 0800 222 223 (bure).",
  "sms.clearanceKin":
    "Kazi Salama: {worker} amepata kibali cha kufanya kazi {country}; amesajiliwa na ubalozi. Ukikosa kumpata, piga NEA 0800 222 223.",
  "sms.checkInDue":
    "{first, select, yes {Kazi Salama: je, kazi yako ni kama ilivyokubaliwa? Jibu KAZI na PIN yako (mfano KAZI 1234) kwa maswali 6 mafupi. Msaada: MSAADA na PIN yako.} other {Kazi Salama: uko salama? Jibu SMS hii: SAWA na PIN yako (mfano SAWA 1234). Ukihitaji msaada: MSAADA na PIN yako.}}",
  "sms.checkInReminder":
    "Kazi Salama: bado hatujasikia kutoka kwako. Jibu SAWA na PIN yako. Usipojibu, {mission} itakutafuta.",
  "sms.caseAlert":
    "Kazi Salama: {escalated, select, yes {IMECHELEWA } other {}}kesi {reference} ({priority}). Jibu kabla ya {due} (saa za Nairobi). Ifungue chini ya Kesi.",
  "sms.accountLocked":
    "Kazi Salama: majaribio mengi ya kuingia yameshindwa; akaunti yako imefungwa hadi {until}. Ikiwa si wewe, ingia kwa msimbo wa SMS na ubadilishe nenosiri.",
  "sms.familyReportReceived": "tumepokea ripoti yako {reference}; ubalozi utafuatilia.",
  "sms.kinCheckInsMissed":
    "{worker} hajaripoti kwa ubalozi kwa muda. Ukiwa na habari zake, piga {mission} au NEA 0800 222 223.",
  "sms.familyReportClosed": "ubalozi umefuatilia ripoti yako {reference}.",
};
