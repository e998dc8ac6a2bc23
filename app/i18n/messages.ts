import { IntlMessageFormat } from "intl-messageformat";

// Every user-facing string, in English and Kiswahili. The type of `sw` requires every English key,
// so a missing translation is a compile error.
import { registryEn, registrySw } from "./registry.messages";
import { complianceEn, complianceSw } from "./compliance.messages";
import { workerEn, workerSw } from "./worker.messages";
import { trainingEn, trainingSw } from "./training.messages";
import { departureEn, departureSw } from "./departure.messages";
import { missionEn, missionSw } from "./mission.messages";
import { casesEn, casesSw } from "./cases.messages";
import { auditEn, auditSw } from "./audit.messages";
import { mailEn, mailSw } from "./mail.messages";
import { feesEn, feesSw } from "./fees.messages";
import { afterEn, afterSw } from "./after-arrival.messages";
import { recruitersEn, recruitersSw } from "./recruiters.messages";
import { returnsEn, returnsSw } from "./returns.messages";

const coreEn = {
  "app.name": "Kazi Salama",
  "app.tagline": "Safe work abroad starts at home",
  "nav.home": "Home",
  "nav.login": "Log in",
  "nav.logout": "Log out",
  "nav.register": "Create account",
  "nav.account": "My account",
  "nav.admin.users": "Users",
  "nav.admin.audit": "Audit log",
  "nav.admin.backups": "Backups",
  "nav.admin.mail": "Mail outbox",
  "nav.skip": "Skip to main content",
  "nav.menu": "Main navigation",
  "nav.menuButton": "Menu",
  "lang.switch": "Language",
  "lang.en": "English",
  "lang.sw": "Kiswahili",

  "home.title": "Check before you go",
  "home.intro":
    "Kazi Salama is the National Employment Authority's registry of licensed recruitment agencies and the pre-departure portal for Kenyans going to work abroad.",
  "home.check.title": "Check an agency",
  "home.check.body":
    "Only agencies licensed by the National Employment Authority may recruit you. Never pay a recruitment fee.",
  "home.workers.title": "Going to work abroad?",
  "home.workers.body":
    "Create an account to follow your contract, your training and your registration with the Kenyan mission.",
  "home.help.title": "Need help abroad?",
  "home.help.body":
    "The Diaspora Response Centre answers 24 hours a day: +254 207 876 000, WhatsApp +254 114 757 002. In danger, call the local emergency number first. NEA's toll-free line, 0800 222 223, works only inside Kenya.",
  "home.signedInAs": "Signed in as {name}",

  "field.email": "Email address",
  "field.password": "Password",
  "field.passwordNew": "New password",
  "field.passwordConfirm": "Repeat the password",
  "field.name": "Full name",
  "field.phone": "Phone number",
  "field.role": "Role",
  "field.agency": "Agency",
  "field.mission": "Mission",
  "field.code": "Code",
  "field.totpCode": "6-digit code from your authenticator app",
  "field.recoveryCode": "Or a recovery code",
  "field.required": "(required)",
  "form.problem": "There is a problem",
  "queue.sort": "Order",
  "queue.sort.oldest": "Waiting longest first",
  "queue.sort.newest": "Newest first",
  "account.password.title": "Change your password",
  "account.password.current": "Current password",
  "account.password.new": "New password",
  "account.password.confirm": "New password again",
  "account.password.submit": "Change password",
  "account.password.hint":
    "Every other phone or computer signed in to your account will be signed out, and you will be told by email or SMS.",
  "account.password.wrong": "That is not your current password.",
  "account.password.changed": "Your password was changed. Other devices were signed out.",
  "confirm.reference": "Your reference",
  "confirm.keep":
    "Write it down or take a screenshot: you will need it if you contact NEA or the embassy.",
  "confirm.next": "What happens next",
  "complaint.confirm.title": "Report received",
  "complaint.confirm.next":
    "NEA's complaints desk reviews every report. If you gave a phone number or an email address, you will be told the outcome. To ask about it, call NEA on 0800 222 223 (free) and give this reference.",
  "cases.kin.confirm.title": "Report received",
  "cases.kin.confirm.next":
    "If we can match it to a registered worker, the mission will try to reach them and will call you. If not, NEA's officers look for them and will call you.",
  "cases.help.confirm.title": "Your request was sent to the mission",
  "cases.help.confirm.next":
    "An officer of the mission will contact you. Follow your request below. If you are in danger now, call the emergency numbers on this page.",
  "jobOrders.confirm.title": "Job order submitted to NEA",
  "jobOrders.confirm.next":
    "NEA checks the employer and the terms. Once verified, the job order gets a code that workers can check, and you are told by email.",
  "application.confirm.title": "Application submitted to NEA",
  "application.confirm.next":
    "An NEA officer reviews it and may ask for changes. You are told by email at each step.",
  "contracts.confirm.title": "Contract submitted to NEA",
  "contracts.confirm.next":
    "An NEA officer reviews the terms against the rules for the destination. You are told by email when it is approved or when changes are needed.",
  "check.error.date": "Use a real date, like 2026-12-01.",
  "check.error.country": "Give the country as its two-letter code, like QA.",
  "check.error.birthDate": "Use a real date of birth, not in the future, like 1998-05-14.",
  "check.error.currency": "Give a three-letter currency code, like QAR.",
  "form.error.invalid": "Check this answer: it is not in the form expected.",
  "form.error.tooLong": "This is too long: shorten it and send it again.",
  "users.error.active": "This account is already active.",
  "users.error.secondAdmin": "For an official's account a second admin must confirm this.",
  "users.error.self": "You cannot deactivate your own account.",
  "users.error.lastAdmins":
    "An admin can be deactivated only while at least {count} other admins stay active.",
  "account.error.nothingToSet": "There is nothing to choose for this account.",
  "form.error.changed":
    "Someone else changed this record while you were working on it. Reload the page to see it as it is now, then try again.",
  "form.error.notNow":
    "This step is no longer possible: the record has moved on since the page was opened. Reload the page to see where it stands.",
  "field.optional": "(optional)",

  "error.required": "This field is required.",
  // {field} is the field's label, as the form shows it.
  "error.named.required": "{field}: this is required.",
  "error.named.tooLong": "{field}: this is too long.",
  "error.email": "Enter a valid email address, like name@example.com.",
  "error.passwordLength": "Use at least 10 characters.",
  "error.passwordMatch": "The two passwords do not match.",
  "error.nameLength": "Enter your name (2 to 100 characters).",
  "error.codeFormat": "Enter the 6 digits shown in your app.",
  "error.invalidCredentials": "The email address or password is not correct.",
  "error.locked":
    "Too many failed attempts. For your safety this account is locked until {time}. Try again later or reset your password.",
  "error.rateLimited": "Too many requests. Please wait a few minutes and try again.",
  "error.emailTaken": "An account with this email address already exists. Try logging in.",
  "error.emailNotVerified":
    "Please confirm your email address first: open the newest link we emailed you (we send a new one at most 3 times an hour).",
  "error.inactive": "This account has been deactivated. Contact the National Employment Authority.",
  "error.totpInvalid": "That code is not correct or has expired. Try the newest code.",
  "error.tokenInvalid": "This link is not valid or has expired. Ask for a new one.",
  "error.formExpired": "This form was already submitted. Please check the result.",
  "error.generic": "Please correct the errors below.",
  "error.scopeAgency": "Agency staff must belong to an agency.",
  "error.scopeMission": "A labour attaché must belong to a mission.",

  "login.title": "Log in",
  "login.submit": "Log in",
  "login.forgot": "Forgot your password?",
  "login.noAccount": "No account yet?",
  "login.success": "Welcome back.",

  "register.title": "Create a worker account",
  "register.intro":
    "For Kenyans preparing to work abroad. Agency staff and officials get their accounts from the National Employment Authority.",
  "register.submit": "Create account",
  "register.sent":
    "Check your email: we have sent a message to {email} with the next step (a link to confirm your new account).",

  "verify.title": "Confirm your email",
  "verify.done": "Thank you. Your email address is confirmed. You can now log in.",

  "forgot.title": "Reset your password",
  "forgot.intro":
    "Enter your email address or your mobile number. We send a link by email, or a code by SMS, to choose a new password.",
  "forgot.submit": "Send",
  "forgot.sent":
    "If an account exists for that address, a reset link is on its way. It works once, for one hour.",

  "field.login": "Email address or mobile number",
  "error.login": "Enter your email address, or your mobile number like 0712 345 678.",
  "login.phone": "No password, or no email? Sign in with a code by SMS",
  "register.phone": "Register with your mobile number instead — no email needed",
  "phone.title": "Sign in with your mobile number",
  "phone.intro":
    "We send a 6-digit code by SMS to your number. If you are new, we create your account with it: you need no email and no password.",
  "field.mobile": "Mobile number",
  "phone.hint": "A Kenyan number, like 0712 345 678 or +254 712 345 678.",
  "phone.nameLabel": "Your name (only if you are new here)",
  "phone.nameHint": "As on your national ID card.",
  "phone.submit": "Send me a code",
  "error.mobile": "Enter a Kenyan mobile number, like 0712 345 678.",
  "phone.error.limit":
    "Too many codes for this number for now. Ask again after {time}, or use a code you already received.",
  "phone.code.title": "Enter the code we sent",
  "phone.code.intro":
    "We sent a 6-digit code by SMS to {phone}. It works once, for {minutes} minutes.",
  "phone.code.submit": "Continue",
  "phone.code.again": "No SMS after a few minutes? Ask for a new code",
  "phone.code.none": "There is no code waiting here, or it has expired. Ask for a new one.",
  "phone.error.code": "That code is not right. Check the SMS and type the 6 digits.",
  "phone.error.spent": "This code can no longer be used. Ask for a new one.",
  "phone.name.title": "Welcome — your number is confirmed",
  "phone.name.intro": "One last thing: your name, as on your national ID card.",
  "phone.name.submit": "Create my account",
  "phone.created": "Your account is ready. Next, add your details on your profile.",

  "reset.title": "Choose a new password",
  "reset.submit": "Save the new password",
  "reset.done":
    "Your password has been changed and every other session has been logged out. Please log in.",

  "twofactor.title": "Second step: verification code",
  "twofactor.intro": "Officials' accounts need a code from an authenticator app at every login.",
  "twofactor.submit": "Verify",
  "twofactor.setup.title": "Set up your authenticator app",
  "twofactor.setup.intro":
    "Scan this QR code with an authenticator app (for example Google Authenticator or FreeOTP), then type the 6-digit code it shows.",
  "twofactor.setup.secret": "Cannot scan? Enter this key by hand:",
  "twofactor.setup.submit": "Confirm and turn on",
  "twofactor.recovery.title": "Your recovery codes",
  "twofactor.recovery.intro":
    "Keep these codes somewhere safe. Each one works once if you lose your phone. They will not be shown again.",
  "twofactor.recovery.continue": "I have saved them — continue",

  "account.title": "My account",
  "account.role": "Role",
  "account.email": "Email",
  "account.sessions": "Sessions",
  "account.logoutEverywhere": "Log out everywhere",
  "account.logoutEverywhere.help":
    "Ends every session of this account, on every device, including this one.",
  "account.loggedOutEverywhere": "You have been logged out on every device.",
  "account.prefs.title": "How we reach you",
  "account.prefs.messagesBy": "Send my messages by",
  "account.prefs.messagesByHint":
    "With both an email and a phone you choose; codes to sign in always come by SMS.",
  "account.prefs.EMAIL_AND_SMS": "SMS and email",
  "account.prefs.SMS": "SMS only",
  "account.prefs.EMAIL": "Email only",
  "account.prefs.alertPhone": "Mobile for urgent case alerts",
  "account.prefs.alertHint":
    "Critical cases, and urgent ones nobody answered in time, also come by SMS. Leave it empty for email only.",
  "account.prefs.save": "Save",
  "account.prefs.saved": "Saved.",
  "error.alertPhone": "Enter a mobile number with its country code, like +966 50 123 4567.",
  "logout.done": "You have been logged out.",

  "admin.users.title": "Users",
  "admin.users.new": "Create an account",
  "admin.users.search": "Search by name or email",
  "admin.users.empty": "No users match.",
  "admin.users.created": "Account created. A password-setting link was sent to {email}.",
  "admin.users.deactivate": "Deactivate",
  "admin.users.reactivate": "Reactivate",
  "admin.users.resetTotp": "Reset second factor",
  "admin.users.deactivated": "Account deactivated and all its sessions ended.",
  "admin.users.reactivated": "Account reactivated.",
  "admin.users.totpReset":
    "Second factor reset and all sessions ended. The user will enrol again at next login.",
  "admin.users.confirm": "Are you sure? This ends all of this user's sessions.",
  "admin.users.status.active": "Active",
  "admin.users.status.inactive": "Deactivated",
  "admin.audit.title": "Audit log",
  "admin.backups.title": "Backups",
  "admin.backups.scheduled": "A backup is taken every {hours} hours.",
  "admin.backups.notScheduled":
    "Backups are not scheduled on this server (set BACKUP_INTERVAL_HOURS; README, 'Backups').",
  "admin.backups.lastSuccess": "The last one that worked: {at}.",
  "admin.backups.never": "No backup has worked yet.",
  "admin.backups.overdue": "Overdue: no backup has worked for two intervals.",
  "admin.backups.failedSince": "A backup failed since, on {at}:",
  "admin.backups.how":
    "Operators take one with npm run backup and restore one with npm run restore; a restore checks every file and proves the result (README, 'Backups').",
  "admin.backups.empty": "No scheduled backup has run yet.",
  "admin.backups.result": "Result",
  "admin.backups.folder": "Folder",
  "admin.backups.size": "Contents",
  "admin.backups.sizeValue":
    "{rows, plural, one {# row} other {# rows}}, {documents, plural, one {# document} other {# documents}}",
  "admin.backups.clear": "not encrypted",
  "admin.audit.filter": "Filter",
  "admin.audit.action": "Action",
  "admin.audit.entity": "Entity type",
  "admin.audit.empty": "No events match.",
  "admin.audit.summary": "Summary",
  "admin.audit.user": "User (email or phone)",
  "admin.audit.record": "Record id",
  "admin.audit.who": "Who",
  "admin.audit.system": "The system",
  "admin.audit.allForRecord": "All events of this record",
  "admin.audit.anyEntity": "Any kind",
  "admin.audit.anyAction": "Any action",
  "audit.entity.User": "Account",
  "audit.entity.Worker": "Worker record",
  "audit.entity.MissionRegistration": "Registration with a mission",
  "audit.entity.LicenceApplication": "Licence application",
  "audit.entity.TrainingModule": "Training module",
  "audit.entity.Case": "Case",
  "audit.entity.JobOrder": "Job order",
  "audit.entity.Contract": "Contract",
  "audit.entity.Proposal": "Decision (four eyes)",
  "audit.entity.ImportRun": "Agency-list import",
  "audit.entity.Employer": "Employer",
  "audit.entity.DepartureClearance": "Departure clearance",
  "audit.entity.Complaint": "Report",
  "audit.entity.Certificate": "Training certificate",
  "audit.entity.Agency": "Agency",
  "audit.entity.OutboxMessage": "Outgoing message",
  "audit.entity.Mission": "Mission",
  "audit.entity.BlmaRuleSet": "Rule set",
  "admin.mail.to": "To",
  "admin.audit.viewsHint":
    "Views of personal data are kept in their own log and sealed into the chain every minute. To see them, choose:",
  "admin.audit.chainOk":
    "Hash chain verified: {count, plural, one {# event} other {# events}}, no break.",
  "admin.audit.chainBroken": "Hash chain broken at event {seq}: {reason}",
  "admin.mail.title": "Mail outbox",
  "admin.mail.intro":
    "Every email and SMS the system sends is recorded here: to whom, what and whether it went. Links and codes meant only for the recipient (password, invitation, confirmation) are hidden: nobody but the recipient may use them. SMS wait here until an SMS gateway is configured.",
  "admin.mail.introDemo":
    "Demo mode: nothing is sent, so this page stands in for the recipients' inboxes and shows the links and codes meant for them. A server that delivers email and SMS never shows them here.",
  "admin.mail.channel.EMAIL": "Email",
  "admin.mail.channel.SMS": "SMS",
  "admin.mail.empty": "No messages yet.",
  "admin.mail.noneFailed": "No message has failed.",
  "admin.mail.all": "All messages",
  "admin.mail.failedOnly": "Failed messages only",
  "admin.mail.status.PENDING": "Waiting",
  "admin.mail.status.SENT": "Sent",
  "admin.mail.status.FAILED": "Failed",
  "admin.mail.delivery": "Delivery",
  "admin.mail.delivery.Success": "delivered to the phone",
  "admin.mail.delivery.Sent": "sent to the network",
  "admin.mail.delivery.Submitted": "submitted to the network",
  "admin.mail.delivery.Buffered": "waiting at the network (phone off?)",
  "admin.mail.delivery.Rejected": "rejected by the network",
  "admin.mail.delivery.Failed": "failed",
  "admin.mail.delivery.AbsentSubscriber": "phone unreachable",
  "admin.mail.delivery.Expired": "expired undelivered",
  "admin.mail.lastError": "Last error",
  "admin.mail.retry": "Send again",
  "admin.mail.retried": "The message will be sent again.",

  "common.next": "Next page",
  "common.prev": "First page",
  "common.when": "When",
  "table.region": "Table (scroll sideways to see all of it)",
  "common.status": "Status",
  "common.actions": "Actions",
  "common.yes": "Yes",
  "common.cancel": "Cancel",
  "common.back": "Back",
  "common.search": "Search",
  "common.none": "None",

  "role.WORKER": "Worker",
  "role.AGENCY_STAFF": "Agency staff",
  "role.AGENCY_ADMIN": "Agency administrator",
  "role.NEA_OFFICER": "NEA officer",
  "role.NEA_SUPERVISOR": "NEA supervisor",
  "role.LABOUR_ATTACHE": "Labour attaché",
  "role.TRAINING_PROVIDER": "Training institution",
  "role.ADMIN": "System administrator",

  "errorPage.title": "Something went wrong",
  "errorPage.body":
    "We could not complete your request. Nothing you submitted has been lost if you saw no confirmation; please try again.",
  "errorPage.requestId": "Reference for support: {id}",
  "errorPage.404": "Page not found",
  "errorPage.404.body":
    "We could not find that page. Check the address, or start from the home page.",
  "errorPage.403": "Not allowed",
  "errorPage.403.body": "Your account does not have permission to do this.",
  "errorPage.400": "Request not accepted",
  "errorPage.400.body": "The request could not be understood. Please go back and try again.",
  "errorPage.409": "Changed by someone else",
  "errorPage.409.body":
    "This record was changed by someone else. Reload the page to see its current state.",
  "errorPage.413": "Too large",
  "errorPage.413.body": "What you sent is too large.",
  "errorPage.429": "Too many requests",
  "errorPage.429.body": "Please wait a few minutes and try again.",
  "errorPage.home": "Go to the home page",

  "footer.text": "A service of the National Employment Authority, Kenya. Toll-free: 0800 222 223.",
} as const;

const coreSw: Record<keyof typeof coreEn, string> = {
  "app.name": "Kazi Salama",
  "app.tagline": "Kazi salama ng'ambo huanzia nyumbani",
  "nav.home": "Mwanzo",
  "nav.login": "Ingia",
  "nav.logout": "Toka",
  "nav.register": "Fungua akaunti",
  "nav.account": "Akaunti yangu",
  "nav.admin.users": "Watumiaji",
  "nav.admin.audit": "Kumbukumbu za ukaguzi",
  "nav.admin.backups": "Nakala rudufu",
  "nav.admin.mail": "Barua zinazotoka",
  "nav.skip": "Ruka hadi maudhui makuu",
  "nav.menu": "Menyu kuu",
  "nav.menuButton": "Menyu",
  "lang.switch": "Lugha",
  "lang.en": "English",
  "lang.sw": "Kiswahili",

  "home.title": "Hakikisha kabla ya kwenda",
  "home.intro":
    "Kazi Salama ni sajili ya Mamlaka ya Kitaifa ya Ajira (NEA) ya mawakala wa ajira walio na leseni, na lango la maandalizi kwa Wakenya wanaokwenda kufanya kazi ng'ambo.",
  "home.check.title": "Hakiki wakala",
  "home.check.body":
    "Ni mawakala walio na leseni ya Mamlaka ya Kitaifa ya Ajira pekee wanaoruhusiwa kukuajiri. Usilipe ada ya kuajiriwa kamwe.",
  "home.workers.title": "Unaenda kufanya kazi ng'ambo?",
  "home.workers.body":
    "Fungua akaunti ili ufuatilie mkataba wako, mafunzo yako na usajili wako katika ubalozi wa Kenya.",
  "home.help.title": "Unahitaji msaada ukiwa ng'ambo?",
  "home.help.body":
    "Kituo cha Kushughulikia Wakenya wa Ughaibuni kinajibu saa 24 kila siku: +254 207 876 000, WhatsApp +254 114 757 002. Ukiwa hatarini, piga kwanza nambari ya dharura ya nchi uliyopo. Nambari ya bure ya NEA, 0800 222 223, inafanya kazi ndani ya Kenya tu.",
  "home.signedInAs": "Umeingia kama {name}",

  "field.email": "Anwani ya barua pepe",
  "field.password": "Nenosiri",
  "field.passwordNew": "Nenosiri jipya",
  "field.passwordConfirm": "Rudia nenosiri",
  "field.name": "Jina kamili",
  "field.phone": "Nambari ya simu",
  "field.role": "Jukumu",
  "field.agency": "Wakala",
  "field.mission": "Ubalozi",
  "field.code": "Msimbo",
  "field.totpCode": "Msimbo wa tarakimu 6 kutoka programu yako ya uthibitishaji",
  "field.recoveryCode": "Au msimbo wa dharura",
  "field.required": "(lazima)",
  "form.problem": "Kuna tatizo",
  "queue.sort": "Mpangilio",
  "queue.sort.oldest": "Waliosubiri muda mrefu zaidi kwanza",
  "queue.sort.newest": "Mapya kwanza",
  "account.password.title": "Badilisha nenosiri lako",
  "account.password.current": "Nenosiri la sasa",
  "account.password.new": "Nenosiri jipya",
  "account.password.confirm": "Nenosiri jipya tena",
  "account.password.submit": "Badilisha nenosiri",
  "account.password.hint":
    "Simu au kompyuta nyingine yoyote iliyoingia kwenye akaunti yako itatolewa, na utaambiwa kwa barua pepe au SMS.",
  "account.password.wrong": "Hilo si nenosiri lako la sasa.",
  "account.password.changed": "Nenosiri lako limebadilishwa. Vifaa vingine vimetolewa.",
  "confirm.reference": "Nambari yako ya kumbukumbu",
  "confirm.keep": "Iandike au piga picha ya skrini: utaihitaji ukiwasiliana na NEA au ubalozi.",
  "confirm.next": "Kinachofuata",
  "complaint.confirm.title": "Ripoti imepokelewa",
  "complaint.confirm.next":
    "Dawati la malalamiko la NEA hukagua kila ripoti. Ukiacha nambari ya simu au barua pepe, utaambiwa matokeo. Kuuliza kuihusu, piga simu NEA 0800 222 223 (bure) na utaje nambari hii ya kumbukumbu.",
  "cases.kin.confirm.title": "Ripoti imepokelewa",
  "cases.kin.confirm.next":
    "Tukimpata mfanyakazi aliyesajiliwa anayelingana na ripoti hii, ubalozi utajaribu kumfikia na utakupigia simu. Tusipompata, maafisa wa NEA watamtafuta na watakupigia simu.",
  "cases.help.confirm.title": "Ombi lako limetumwa kwa ubalozi",
  "cases.help.confirm.next":
    "Afisa wa ubalozi atawasiliana nawe. Fuatilia ombi lako hapa chini. Ukiwa hatarini sasa, piga nambari za dharura zilizo kwenye ukurasa huu.",
  "jobOrders.confirm.title": "Agizo la kazi limewasilishwa kwa NEA",
  "jobOrders.confirm.next":
    "NEA hukagua mwajiri na masharti. Likithibitishwa, agizo la kazi hupata msimbo ambao wafanyakazi wanaweza kuukagua, na utaambiwa kwa barua pepe.",
  "application.confirm.title": "Ombi limewasilishwa kwa NEA",
  "application.confirm.next":
    "Afisa wa NEA hulikagua na anaweza kuomba mabadiliko. Utaambiwa kwa barua pepe katika kila hatua.",
  "contracts.confirm.title": "Mkataba umewasilishwa kwa NEA",
  "contracts.confirm.next":
    "Afisa wa NEA hukagua masharti dhidi ya kanuni za nchi unakokwenda. Utaambiwa kwa barua pepe ukiidhinishwa au mabadiliko yakihitajika.",
  "check.error.date": "Tumia tarehe halisi, kama 2026-12-01.",
  "check.error.country": "Andika nchi kwa msimbo wake wa herufi mbili, kama QA.",
  "check.error.birthDate": "Tumia tarehe halisi ya kuzaliwa, isiyo ya baadaye, kama 1998-05-14.",
  "check.error.currency": "Andika msimbo wa sarafu wa herufi tatu, kama QAR.",
  "form.error.invalid": "Angalia jibu hili: haliko katika muundo unaotakiwa.",
  "form.error.tooLong": "Hii ni ndefu mno: ifupishe kisha uitume tena.",
  "users.error.active": "Akaunti hii tayari iko hai.",
  "users.error.secondAdmin": "Kwa akaunti ya afisa, msimamizi wa pili lazima athibitishe hili.",
  "users.error.self": "Huwezi kuzima akaunti yako mwenyewe.",
  "users.error.lastAdmins":
    "Msimamizi anaweza kuzimwa tu ikiwa angalau wasimamizi wengine {count} wanabaki hai.",
  "account.error.nothingToSet": "Hakuna cha kuchagua kwa akaunti hii.",
  "form.error.changed":
    "Mtu mwingine alibadilisha rekodi hii ulipokuwa ukiifanyia kazi. Pakia ukurasa upya uione ilivyo sasa, kisha ujaribu tena.",
  "form.error.notNow":
    "Hatua hii haiwezekani tena: rekodi imebadilika tangu ukurasa ulipofunguliwa. Pakia ukurasa upya uone ilipo sasa.",
  "field.optional": "(si lazima)",

  "error.required": "Sehemu hii ni lazima ijazwe.",
  "error.named.required": "{field}: sehemu hii ni lazima ijazwe.",
  "error.named.tooLong": "{field}: hii ni ndefu mno.",
  "error.email": "Andika anwani sahihi ya barua pepe, kama jina@mfano.com.",
  "error.passwordLength": "Tumia angalau herufi 10.",
  "error.passwordMatch": "Manenosiri mawili hayafanani.",
  "error.nameLength": "Andika jina lako (herufi 2 hadi 100).",
  "error.codeFormat": "Andika tarakimu 6 zinazoonyeshwa kwenye programu yako.",
  "error.invalidCredentials": "Barua pepe au nenosiri si sahihi.",
  "error.locked":
    "Majaribio mengi yameshindwa. Kwa usalama wako akaunti hii imefungwa hadi {time}. Jaribu tena baadaye au badilisha nenosiri.",
  "error.rateLimited": "Maombi ni mengi mno. Tafadhali subiri dakika chache kisha ujaribu tena.",
  "error.emailTaken": "Tayari kuna akaunti yenye barua pepe hii. Jaribu kuingia.",
  "error.emailNotVerified":
    "Tafadhali thibitisha barua pepe yako kwanza: fungua kiungo kipya zaidi tulichokutumia (tunatuma kipya mara 3 tu kwa saa).",
  "error.inactive": "Akaunti hii imezimwa. Wasiliana na Mamlaka ya Kitaifa ya Ajira.",
  "error.totpInvalid": "Msimbo huo si sahihi au umepitwa na wakati. Jaribu msimbo mpya zaidi.",
  "error.tokenInvalid": "Kiungo hiki si halali au kimepitwa na wakati. Omba kipya.",
  "error.formExpired": "Fomu hii ilishatumwa. Tafadhali angalia matokeo.",
  "error.generic": "Tafadhali sahihisha makosa yaliyo hapa chini.",
  "error.scopeAgency": "Mfanyakazi wa wakala lazima awe wa wakala fulani.",
  "error.scopeMission": "Mwambata wa kazi lazima awe wa ubalozi fulani.",

  "login.title": "Ingia",
  "login.submit": "Ingia",
  "login.forgot": "Umesahau nenosiri?",
  "login.noAccount": "Huna akaunti bado?",
  "login.success": "Karibu tena.",

  "register.title": "Fungua akaunti ya mfanyakazi",
  "register.intro":
    "Kwa Wakenya wanaojiandaa kufanya kazi ng'ambo. Wafanyakazi wa mawakala na maafisa hupewa akaunti na Mamlaka ya Kitaifa ya Ajira.",
  "register.submit": "Fungua akaunti",
  "register.sent":
    "Angalia barua pepe yako: tumetuma ujumbe kwa {email} wenye hatua inayofuata (kiungo cha kuthibitisha akaunti yako mpya).",

  "verify.title": "Thibitisha barua pepe yako",
  "verify.done": "Asante. Barua pepe yako imethibitishwa. Sasa unaweza kuingia.",

  "forgot.title": "Badilisha nenosiri lako",
  "forgot.intro":
    "Andika barua pepe yako au nambari yako ya simu. Tunatuma kiungo kwa barua pepe, au nambari kwa SMS, ya kuchagua nenosiri jipya.",
  "forgot.submit": "Tuma",
  "forgot.sent":
    "Ikiwa kuna akaunti ya anwani hiyo, kiungo cha kubadilisha kinakuja. Kinafanya kazi mara moja, kwa saa moja.",

  "field.login": "Barua pepe au nambari ya simu",
  "error.login": "Andika barua pepe yako, au nambari yako ya simu kama 0712 345 678.",
  "login.phone": "Huna nenosiri, au huna barua pepe? Ingia kwa msimbo wa SMS",
  "register.phone": "Jisajili kwa nambari yako ya simu badala yake — hauhitaji barua pepe",
  "phone.title": "Ingia kwa nambari yako ya simu",
  "phone.intro":
    "Tunatuma msimbo wa tarakimu 6 kwa SMS kwenye simu yako. Ikiwa wewe ni mgeni, tunafungua akaunti yako nayo: hauhitaji barua pepe wala nenosiri.",
  "field.mobile": "Nambari ya simu",
  "phone.hint": "Nambari ya Kenya, kama 0712 345 678 au +254 712 345 678.",
  "phone.nameLabel": "Jina lako (ikiwa tu wewe ni mgeni hapa)",
  "phone.nameHint": "Kama lilivyo kwenye kitambulisho chako.",
  "phone.submit": "Nitumie msimbo",
  "error.mobile": "Andika nambari ya simu ya Kenya, kama 0712 345 678.",
  "phone.error.limit":
    "Misimbo mingi mno kwa nambari hii kwa sasa. Omba tena baada ya {time}, au tumia msimbo uliokwisha kupokea.",
  "phone.code.title": "Andika msimbo tuliokutumia",
  "phone.code.intro":
    "Tumetuma msimbo wa tarakimu 6 kwa SMS kwenda {phone}. Unafanya kazi mara moja, kwa dakika {minutes}.",
  "phone.code.submit": "Endelea",
  "phone.code.again": "Hujapata SMS baada ya dakika chache? Omba msimbo mpya",
  "phone.code.none": "Hakuna msimbo unaosubiri hapa, au muda wake umeisha. Omba mpya.",
  "phone.error.code": "Msimbo huo si sahihi. Angalia SMS na uandike tarakimu 6.",
  "phone.error.spent": "Msimbo huu hauwezi kutumika tena. Omba mpya.",
  "phone.name.title": "Karibu — nambari yako imethibitishwa",
  "phone.name.intro": "Jambo moja la mwisho: jina lako, kama lilivyo kwenye kitambulisho chako.",
  "phone.name.submit": "Fungua akaunti yangu",
  "phone.created": "Akaunti yako iko tayari. Sasa ongeza maelezo yako kwenye wasifu wako.",

  "reset.title": "Chagua nenosiri jipya",
  "reset.submit": "Hifadhi nenosiri jipya",
  "reset.done":
    "Nenosiri lako limebadilishwa na vipindi vingine vyote vimefungwa. Tafadhali ingia.",

  "twofactor.title": "Hatua ya pili: msimbo wa uthibitisho",
  "twofactor.intro":
    "Akaunti za maafisa zinahitaji msimbo kutoka programu ya uthibitishaji kila unapoingia.",
  "twofactor.submit": "Thibitisha",
  "twofactor.setup.title": "Weka programu yako ya uthibitishaji",
  "twofactor.setup.intro":
    "Piga picha msimbo huu wa QR kwa programu ya uthibitishaji (kwa mfano Google Authenticator au FreeOTP), kisha andika msimbo wa tarakimu 6 inaouonyesha.",
  "twofactor.setup.secret": "Huwezi kupiga picha? Andika ufunguo huu kwa mkono:",
  "twofactor.setup.submit": "Thibitisha na uwashe",
  "twofactor.recovery.title": "Misimbo yako ya dharura",
  "twofactor.recovery.intro":
    "Hifadhi misimbo hii mahali salama. Kila mmoja unafanya kazi mara moja ukipoteza simu yako. Haitaonyeshwa tena.",
  "twofactor.recovery.continue": "Nimeihifadhi — endelea",

  "account.title": "Akaunti yangu",
  "account.role": "Jukumu",
  "account.email": "Barua pepe",
  "account.sessions": "Vipindi",
  "account.logoutEverywhere": "Toka kila mahali",
  "account.logoutEverywhere.help":
    "Inafunga kila kipindi cha akaunti hii, kwenye kila kifaa, pamoja na hiki.",
  "account.loggedOutEverywhere": "Umetolewa kwenye kila kifaa.",
  "account.prefs.title": "Jinsi tunavyokufikia",
  "account.prefs.messagesBy": "Nitumie ujumbe kwa",
  "account.prefs.messagesByHint":
    "Ukiwa na barua pepe na simu, unachagua; nambari za kuingia huja kwa SMS kila mara.",
  "account.prefs.EMAIL_AND_SMS": "SMS na barua pepe",
  "account.prefs.SMS": "SMS pekee",
  "account.prefs.EMAIL": "Barua pepe pekee",
  "account.prefs.alertPhone": "Simu ya arifa za kesi za dharura",
  "account.prefs.alertHint":
    "Kesi za hatari kubwa, na za dharura ambazo hakuna aliyejibu kwa wakati, huja pia kwa SMS. Iache tupu kwa barua pepe pekee.",
  "account.prefs.save": "Hifadhi",
  "account.prefs.saved": "Imehifadhiwa.",
  "error.alertPhone": "Andika nambari ya simu pamoja na msimbo wa nchi, kama +966 50 123 4567.",
  "logout.done": "Umetoka.",

  "admin.users.title": "Watumiaji",
  "admin.users.new": "Fungua akaunti",
  "admin.users.search": "Tafuta kwa jina au barua pepe",
  "admin.users.empty": "Hakuna watumiaji wanaolingana.",
  "admin.users.created": "Akaunti imefunguliwa. Kiungo cha kuweka nenosiri kimetumwa kwa {email}.",
  "admin.users.deactivate": "Zima",
  "admin.users.reactivate": "Washa tena",
  "admin.users.resetTotp": "Weka upya hatua ya pili",
  "admin.users.deactivated": "Akaunti imezimwa na vipindi vyake vyote vimefungwa.",
  "admin.users.reactivated": "Akaunti imewashwa tena.",
  "admin.users.totpReset":
    "Hatua ya pili imewekwa upya na vipindi vyote vimefungwa. Mtumiaji ataiweka tena atakapoingia.",
  "admin.users.confirm": "Una uhakika? Hii inafunga vipindi vyote vya mtumiaji huyu.",
  "admin.users.status.active": "Inatumika",
  "admin.users.status.inactive": "Imezimwa",
  "admin.audit.title": "Kumbukumbu za ukaguzi",
  "admin.backups.title": "Nakala rudufu",
  "admin.backups.scheduled": "Nakala rudufu huchukuliwa kila baada ya saa {hours}.",
  "admin.backups.notScheduled":
    "Nakala rudufu hazijapangwa kwenye seva hii (weka BACKUP_INTERVAL_HOURS; README, 'Backups').",
  "admin.backups.lastSuccess": "Ya mwisho iliyofaulu: {at}.",
  "admin.backups.never": "Hakuna nakala rudufu iliyofaulu bado.",
  "admin.backups.overdue": "Imechelewa: hakuna nakala rudufu iliyofaulu kwa vipindi viwili.",
  "admin.backups.failedSince": "Nakala rudufu ilishindikana tangu hapo, tarehe {at}:",
  "admin.backups.how":
    "Waendeshaji huchukua nakala kwa npm run backup na kuirejesha kwa npm run restore; urejeshaji hukagua kila faili na kuthibitisha matokeo (README, 'Backups').",
  "admin.backups.empty": "Hakuna nakala rudufu iliyopangwa iliyofanyika bado.",
  "admin.backups.result": "Matokeo",
  "admin.backups.folder": "Folda",
  "admin.backups.size": "Yaliyomo",
  "admin.backups.sizeValue":
    "{rows, plural, one {safu #} other {safu #}}, {documents, plural, one {hati #} other {hati #}}",
  "admin.backups.clear": "haijasimbwa",
  "admin.audit.filter": "Chuja",
  "admin.audit.action": "Kitendo",
  "admin.audit.entity": "Aina ya kumbukumbu",
  "admin.audit.empty": "Hakuna matukio yanayolingana.",
  "admin.audit.summary": "Muhtasari",
  "admin.audit.user": "Mtumiaji (barua pepe au simu)",
  "admin.audit.record": "Kitambulisho cha kumbukumbu",
  "admin.audit.who": "Nani",
  "admin.audit.system": "Mfumo",
  "admin.audit.allForRecord": "Matukio yote ya kumbukumbu hii",
  "admin.audit.anyEntity": "Aina yoyote",
  "admin.audit.anyAction": "Kitendo chochote",
  "audit.entity.User": "Akaunti",
  "audit.entity.Worker": "Kumbukumbu ya mfanyakazi",
  "audit.entity.MissionRegistration": "Usajili kwenye ubalozi",
  "audit.entity.LicenceApplication": "Ombi la leseni",
  "audit.entity.TrainingModule": "Moduli ya mafunzo",
  "audit.entity.Case": "Kesi",
  "audit.entity.JobOrder": "Agizo la kazi",
  "audit.entity.Contract": "Mkataba",
  "audit.entity.Proposal": "Uamuzi (macho manne)",
  "audit.entity.ImportRun": "Uingizaji wa orodha ya mawakala",
  "audit.entity.Employer": "Mwajiri",
  "audit.entity.DepartureClearance": "Kibali cha kuondoka",
  "audit.entity.Complaint": "Ripoti",
  "audit.entity.Certificate": "Cheti cha mafunzo",
  "audit.entity.Agency": "Wakala",
  "audit.entity.OutboxMessage": "Ujumbe unaotumwa",
  "audit.entity.Mission": "Ubalozi",
  "audit.entity.BlmaRuleSet": "Seti ya sheria",
  "admin.mail.to": "Kwa",
  "admin.audit.viewsHint":
    "Kutazamwa kwa data binafsi huwekwa kwenye kumbukumbu yake na kufungwa kwenye mnyororo kila dakika. Kuviona, chagua:",
  "admin.audit.chainOk": "Mnyororo wa hashi umethibitishwa: matukio {count}, hakuna kasoro.",
  "admin.audit.chainBroken": "Mnyororo wa hashi umekatika kwenye tukio {seq}: {reason}",
  "admin.mail.title": "Barua zinazotoka",
  "admin.mail.intro":
    "Kila barua pepe na SMS ambayo mfumo hutuma huwekwa hapa: kwa nani, nini na kama imetumwa. Viungo na nambari za mpokeaji pekee (nenosiri, mwaliko, uthibitisho) vimefichwa: hakuna mtu mwingine anayeruhusiwa kuvitumia. SMS hubaki hapa hadi lango la SMS liwekwe.",
  "admin.mail.introDemo":
    "Hali ya majaribio: hakuna kinachotumwa, kwa hiyo ukurasa huu unasimama badala ya masanduku ya barua ya wapokeaji na unaonyesha viungo na nambari zao. Seva inayotuma barua pepe na SMS haivionyeshi hapa kamwe.",
  "admin.mail.channel.EMAIL": "Barua pepe",
  "admin.mail.channel.SMS": "SMS",
  "admin.mail.empty": "Bado hakuna barua.",
  "admin.mail.noneFailed": "Hakuna ujumbe ulioshindwa.",
  "admin.mail.all": "Ujumbe wote",
  "admin.mail.failedOnly": "Ujumbe ulioshindwa pekee",
  "admin.mail.status.PENDING": "Unasubiri",
  "admin.mail.status.SENT": "Umetumwa",
  "admin.mail.status.FAILED": "Umeshindwa",
  "admin.mail.delivery": "Uwasilishaji",
  "admin.mail.delivery.Success": "umefika kwenye simu",
  "admin.mail.delivery.Sent": "umetumwa kwa mtandao",
  "admin.mail.delivery.Submitted": "umewasilishwa kwa mtandao",
  "admin.mail.delivery.Buffered": "unasubiri kwenye mtandao (simu imezimwa?)",
  "admin.mail.delivery.Rejected": "umekataliwa na mtandao",
  "admin.mail.delivery.Failed": "umeshindwa",
  "admin.mail.delivery.AbsentSubscriber": "simu haipatikani",
  "admin.mail.delivery.Expired": "muda umekwisha bila kufika",
  "admin.mail.lastError": "Hitilafu ya mwisho",
  "admin.mail.retry": "Tuma tena",
  "admin.mail.retried": "Ujumbe utatumwa tena.",

  "common.next": "Ukurasa unaofuata",
  "common.prev": "Ukurasa wa kwanza",
  "common.when": "Lini",
  "table.region": "Jedwali (telezesha kando kuona lote)",
  "common.status": "Hali",
  "common.actions": "Vitendo",
  "common.yes": "Ndiyo",
  "common.cancel": "Ghairi",
  "common.back": "Rudi",
  "common.search": "Tafuta",
  "common.none": "Hakuna",

  "role.WORKER": "Mfanyakazi",
  "role.AGENCY_STAFF": "Mfanyakazi wa wakala",
  "role.AGENCY_ADMIN": "Msimamizi wa wakala",
  "role.NEA_OFFICER": "Afisa wa NEA",
  "role.NEA_SUPERVISOR": "Msimamizi wa NEA",
  "role.LABOUR_ATTACHE": "Mwambata wa kazi",
  "role.TRAINING_PROVIDER": "Taasisi ya mafunzo",
  "role.ADMIN": "Msimamizi wa mfumo",

  "errorPage.title": "Hitilafu imetokea",
  "errorPage.body":
    "Hatukuweza kukamilisha ombi lako. Ikiwa hukuona uthibitisho, hakuna ulichotuma kilichopotea; tafadhali jaribu tena.",
  "errorPage.requestId": "Nambari ya kumbukumbu kwa msaada: {id}",
  "errorPage.404": "Ukurasa haupatikani",
  "errorPage.404.body":
    "Hatukuweza kupata ukurasa huo. Angalia anwani, au anza kwenye ukurasa wa mwanzo.",
  "errorPage.403": "Hairuhusiwi",
  "errorPage.403.body": "Akaunti yako haina ruhusa ya kufanya hivi.",
  "errorPage.400": "Ombi halikukubaliwa",
  "errorPage.400.body": "Ombi halikueleweka. Tafadhali rudi ujaribu tena.",
  "errorPage.409": "Imebadilishwa na mtu mwingine",
  "errorPage.409.body":
    "Kumbukumbu hii imebadilishwa na mtu mwingine. Pakia ukurasa upya uone hali yake ya sasa.",
  "errorPage.413": "Kubwa mno",
  "errorPage.413.body": "Ulichotuma ni kikubwa mno.",
  "errorPage.429": "Maombi mengi mno",
  "errorPage.429.body": "Tafadhali subiri dakika chache kisha ujaribu tena.",
  "errorPage.home": "Nenda ukurasa wa mwanzo",

  "footer.text": "Huduma ya Mamlaka ya Kitaifa ya Ajira, Kenya. Nambari ya bure: 0800 222 223.",
};

// Each area keeps its messages in its own file; together they form one catalogue.
// Two areas using the same key would silently override each other: that is a compile error.
type Catalogues = [
  typeof coreEn,
  typeof registryEn,
  typeof complianceEn,
  typeof workerEn,
  typeof trainingEn,
  typeof departureEn,
  typeof missionEn,
  typeof casesEn,
  typeof auditEn,
  typeof mailEn,
  typeof feesEn,
  typeof afterEn,
  typeof recruitersEn,
  typeof returnsEn,
];
/** Keys of any catalogue that an earlier one already has. */
type OverlapOf<T extends readonly object[], Seen extends PropertyKey = never> = T extends readonly [
  infer H extends object,
  ...infer R extends readonly object[],
]
  ? (keyof H & Seen) | OverlapOf<R, Seen | keyof H>
  : never;
type Overlap = OverlapOf<Catalogues>;
const noOverlap: [Overlap] extends [never] ? true : { duplicateKeys: Overlap } = true;
void noOverlap;
export const en = {
  ...coreEn,
  ...registryEn,
  ...complianceEn,
  ...workerEn,
  ...trainingEn,
  ...departureEn,
  ...missionEn,
  ...casesEn,
  ...auditEn,
  ...mailEn,
  ...feesEn,
  ...afterEn,
  ...recruitersEn,
  ...returnsEn,
};
export type MessageKey = keyof typeof en;
export const sw: Record<MessageKey, string> = {
  ...coreSw,
  ...registrySw,
  ...complianceSw,
  ...workerSw,
  ...trainingSw,
  ...departureSw,
  ...missionSw,
  ...casesSw,
  ...auditSw,
  ...mailSw,
  ...feesSw,
  ...afterSw,
  ...recruitersSw,
  ...returnsSw,
};

export type Locale = "en" | "sw";
export const LOCALES: readonly Locale[] = ["en", "sw"];

export function isLocale(v: unknown): v is Locale {
  return v === "en" || v === "sw";
}

/**
 * Whether a message uses ICU syntax beyond {name} (a plural or a select): those are formatted by
 * intl-messageformat, with each language's plural rules ("{n, plural, one {# day} other {# days}}").
 */
export function isIcu(template: string) {
  return /\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/.test(template);
}

const formats = new Map<string, IntlMessageFormat>();

export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>) {
  const template = (locale === "sw" ? sw : en)[key];
  if (!vars) return template;
  if (isIcu(template)) {
    let format = formats.get(`${locale}:${key}`);
    if (!format) {
      format = new IntlMessageFormat(template, locale);
      formats.set(`${locale}:${key}`, format);
    }
    return String(format.format(vars));
  }
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
