// Messages of the worker's own record: profile, next of kin, data download, corrections.
export const workerEn = {
  "nav.my.profile": "My profile",
  "nav.nea.corrections": "Corrections",
  "profile.title": "My profile",
  "profile.intro":
    "Your details help NEA check your contract, issue your departure clearance and find you or your family if something goes wrong abroad. Only people who need a detail for their work can see it, and every time an official looks at it, it is recorded.",
  "profile.identity": "About you",
  "profile.firstName": "First name",
  "profile.lastName": "Surname",
  "profile.dateOfBirth": "Date of birth",
  "profile.sex": "Sex",
  "profile.sex.FEMALE": "Female",
  "profile.sex.MALE": "Male",
  "profile.county": "Home county",
  "profile.choose": "Choose…",
  "profile.phoneHint":
    "A Kenyan number like 0712 345 678, or an international number starting with +.",
  "profile.linkHint":
    "Your national ID is added to your record by the agency or training college that registers you. Then enter the same national ID, surname and date of birth here: to prove the record is yours, we send a code to the mobile number they recorded.",
  "profile.locked":
    "Your name, national ID and date of birth have been used in a contract or certificate, so they cannot be changed here. If one is wrong, ask for a correction below.",
  "profile.lockedHint": "Locked: ask for a correction below.",
  // Under every date typed from a document: day first, as Kenyan IDs and passports print it.
  "date.hint": "Day, month, year: for example 27/03/1996.",
  "date.hintExpiry": "Day, month, year, as the passport prints it: for example 31/01/2030.",
  "profile.passport": "Passport",
  "profile.passportNo": "Passport number",
  "profile.passportHint": "As printed in your passport, for example AK0123456.",
  "profile.passportExpiry": "Passport expiry date",
  "profile.languages": "Languages you speak",
  "profile.language.sw": "Kiswahili",
  "profile.language.en": "English",
  "profile.language.ar": "Arabic",
  "profile.language.so": "Somali",
  "profile.language.fr": "French",
  "profile.kin": "Next of kin",
  "profile.kinIntro":
    "Someone in Kenya we can contact if we cannot reach you, and who can ask for help on your behalf. Leave these empty to remove your next of kin.",
  "profile.kinName": "Their name",
  "profile.kinRelation": "Relation to you",
  "profile.kinRelationHint": "For example: mother, brother, husband.",
  "profile.kinPhone": "Their phone number",
  "profile.kinEmail": "Their email address",
  "profile.kinConsent":
    "I agree that Kazi Salama may keep my next of kin's details and share them with NEA and the Kenyan mission to contact them about my welfare.",
  "profile.save": "Save my profile",
  "profile.saved": "Your profile was saved.",
  "profile.linked":
    "Your account is now linked to your record: your contracts, training and certificates are shown.",
  "profile.claimSent":
    "Your profile was saved. Your national ID joins your record only with a code: if an agency or training college recorded it with the same surname and date of birth, we sent the code to the mobile number they recorded.",
  "profile.claim.title": "Enter your code",
  "profile.claim.intro":
    "If the national ID, surname and date of birth you gave match a record an agency or training college made, we have sent a 6-digit code to the mobile number (or email) recorded there. The code works for 30 minutes.",
  "profile.claim.noCode":
    "No code? Ask the agency or college that registered you to check the mobile number on your record, then save your national ID again. If no phone is recorded, or it is no longer yours, visit an NEA office with your national ID card: an officer checks it and links your account (a second official confirms it).",
  "profile.claim.code": "6-digit code",
  "profile.claim.submit": "Link my record",
  "profile.data": "Your data",
  "profile.dataIntro":
    "You can download everything Kazi Salama holds about you: your details, contracts, training, registrations, cases and a list of when officials looked at your record.",
  "profile.download": "Download a copy of all my data (a file for a computer)",
  "profile.correction": "Ask for a correction",
  "profile.correctionIntro":
    "If your name, national ID number or date of birth is wrong in our records, tell us what it should be. An NEA officer checks it against your documents and tells you by SMS or email.",
  "profile.correctionField": "What is wrong",
  "profile.correctionValue": "What it should be",
  "profile.correctionValueHint": "A date day first, for example 12/04/1998.",
  "profile.correctionReason": "Why",
  "profile.correctionReasonHint": "For example: my surname is spelled differently on my ID card.",
  "profile.correctionSend": "Send the request",
  "profile.correctionSent": "Your correction request was sent to NEA.",
  "profile.correctionStatus": "Status",
  "profile.correctionDate": "Sent",
  "profile.correctionStatus.OPEN": "Waiting for NEA",
  "profile.correctionStatus.APPLIED": "Corrected",
  "profile.correctionStatus.REJECTED": "Refused",
  "profile.noCorrections": "You have not asked for any corrections.",
  "profile.field.FIRST_NAME": "First name",
  "profile.field.LAST_NAME": "Surname",
  "profile.field.NATIONAL_ID": "National ID number",
  "profile.field.DATE_OF_BIRTH": "Date of birth",
  "profile.error.nationalId": "Enter your national ID number: 7 to 9 digits.",
  "profile.error.dateOfBirth": "Enter a real date of birth, not in the future.",
  "profile.error.county": "Choose one of the 47 counties.",
  "profile.error.phone": "Enter a phone number like 0712 345 678 or +966 50 123 4567.",
  "profile.error.passport":
    "Enter the passport number as printed: one or two letters, then 6 to 8 digits.",
  "profile.error.passportExpiry": "Enter the passport's expiry date.",
  "profile.error.passportExpiryDate":
    "That date does not exist: write the expiry date as the passport prints it, day first, like 31/01/2030.",
  "profile.error.passportExpired":
    "This passport has expired: you need a new one before you travel (apply on eCitizen). Leave the passport boxes empty until you have it.",
  "profile.error.kinPhone": "Next of kin's phone number: write it like 0712 345 678.",
  "profile.error.kinEmail": "Next of kin's email address: write it like name@example.com.",
  "profile.kinNameError": "Next of kin's name",
  "profile.kinRelationError": "Next of kin's relation to you",
  "profile.kinPhoneError": "Next of kin's phone number",
  "profile.error.kinConsent":
    "Tick the box to allow us to keep your next of kin's details, or leave their details empty.",
  "profile.error.locked":
    "These details were used in a contract or certificate. Ask for a correction instead.",
  "profile.error.idTaken":
    "This national ID number is already linked to another account. If it is yours, ask for a correction or call NEA.",
  "profile.error.passportTaken":
    "This passport number is already recorded for someone else. Check it, or ask for a correction.",
  "profile.error.correctionNotLocked":
    "Nothing has been approved with these details yet, so change them in your profile above instead. A new national ID number is confirmed with a code sent to the phone on your record.",
  "profile.error.passportLimit":
    "Too many passport numbers that belong to other records today. Try again tomorrow, or ask NEA for a correction.",
  "profile.error.claimCode":
    "That code is not right, or it has expired. Check the message, or save your national ID again to get a new code.",
  "profile.error.claimLimit":
    "You have asked for too many codes today. Please try again tomorrow, or call NEA.",
  "profile.error.correctionField": "Choose what is wrong.",
  "profile.error.reason": "Tell us briefly why (at least 5 characters).",
  "profile.error.tooManyCorrections":
    "You already have 5 requests waiting. Please wait for NEA to answer them.",
  "recordLinks.title": "Link an account to a record, after an in-person check",
  "recordLinks.intro":
    "For a worker whose record has no phone or email for a code (for example one made by a training college). Check her national ID card in person, then propose the link: a second official confirms it under Decisions waiting, and only then does the record join her account.",
  "recordLinks.account": "Her Kazi Salama account's email or mobile number",
  "recordLinks.nationalId": "National ID number, as on the card you checked",
  "recordLinks.reason": "What you checked, where and when",
  "recordLinks.reasonHint":
    "For example: ID card seen at the NEA office, Nairobi, with the worker present.",
  "recordLinks.submit": "Propose the link",
  "recordLinks.what": "Link the account {account} to this record",
  "recordLinks.open": "Link an account to a record after an in-person check",
  "recordLinks.error.nationalId": "Enter the national ID number: 7 to 9 digits.",
  "recordLinks.error.reason": "Say what you checked, where and when (at least 10 characters).",
  "recordLinks.error.account": "No worker account has this email or mobile number.",
  "recordLinks.error.noRecord": "No record has this national ID number.",
  "recordLinks.error.hasIdentity":
    "This account already holds a person's identity (a national ID, or details a contract or certificate relied on). One account holds one person's record: if its details are wrong, the worker asks NEA for a correction.",
  "recordLinks.error.linked":
    "This record is already linked to an account: ask for a correction instead.",
  "corrections.title": "Correction requests",
  "corrections.intro":
    "Workers ask to correct their name, national ID or date of birth. Check the request against their documents before applying it. Opening this page is recorded as a view of their personal data.",
  "corrections.empty": "No correction requests are waiting.",
  "corrections.current": "Now recorded",
  "corrections.note": "Note to the worker",
  "corrections.apply": "Apply the correction",
  "corrections.reject": "Refuse",
  "corrections.applied": "The correction was applied and the worker was told.",
  "corrections.rejected": "The request was refused and the worker was told.",
  "corrections.error.invalid": "This request could not be read. Please try again.",
  "corrections.error.secondOfficial":
    "A new national ID is applied only when a second official confirms it: apply it from the correction list, which proposes it.",
  "corrections.error.idTaken":
    "Another worker record already has this national ID number. Refuse the request or ask the worker to contact NEA.",
} as const;

export const workerSw: Record<keyof typeof workerEn, string> = {
  "nav.my.profile": "Wasifu wangu",
  "nav.nea.corrections": "Masahihisho",
  "profile.title": "Wasifu wangu",
  "profile.intro":
    "Taarifa zako zinasaidia NEA kukagua mkataba wako, kutoa kibali chako cha kuondoka na kukupata wewe au familia yako jambo likienda vibaya ughaibuni. Ni wale tu wanaohitaji taarifa kwa kazi yao wanaoweza kuiona, na kila afisa anapoiangalia, inarekodiwa.",
  "profile.identity": "Kuhusu wewe",
  "profile.firstName": "Jina la kwanza",
  "profile.lastName": "Jina la ukoo",
  "profile.dateOfBirth": "Tarehe ya kuzaliwa",
  "profile.sex": "Jinsia",
  "profile.sex.FEMALE": "Mwanamke",
  "profile.sex.MALE": "Mwanamume",
  "profile.county": "Kaunti ya nyumbani",
  "profile.choose": "Chagua…",
  "profile.phoneHint":
    "Nambari ya Kenya kama 0712 345 678, au nambari ya kimataifa inayoanza na +.",
  "profile.linkHint":
    "Nambari yako ya kitambulisho huongezwa kwenye rekodi yako na wakala au chuo cha mafunzo kinachokusajili. Kisha andika hapa nambari ile ile ya kitambulisho, jina la ukoo na tarehe ya kuzaliwa: ili kuthibitisha kuwa rekodi ni yako, tunatuma nambari ya siri kwa simu waliyorekodi.",
  "profile.locked":
    "Jina lako, nambari ya kitambulisho na tarehe ya kuzaliwa vimetumika kwenye mkataba au cheti, kwa hivyo haviwezi kubadilishwa hapa. Ikiwa kimoja si sahihi, omba kusahihishwa hapa chini.",
  "profile.lockedHint": "Imefungwa: omba kusahihishwa hapa chini.",
  "date.hint": "Siku, mwezi, mwaka: kwa mfano 27/03/1996.",
  "date.hintExpiry":
    "Siku, mwezi, mwaka, kama ilivyochapishwa kwenye pasipoti: kwa mfano 31/01/2030.",
  "profile.passport": "Pasipoti",
  "profile.passportNo": "Nambari ya pasipoti",
  "profile.passportHint": "Kama ilivyochapishwa kwenye pasipoti yako, kwa mfano AK0123456.",
  "profile.passportExpiry": "Tarehe ya mwisho wa pasipoti",
  "profile.languages": "Lugha unazozungumza",
  "profile.language.sw": "Kiswahili",
  "profile.language.en": "Kiingereza",
  "profile.language.ar": "Kiarabu",
  "profile.language.so": "Kisomali",
  "profile.language.fr": "Kifaransa",
  "profile.kin": "Ndugu wa karibu",
  "profile.kinIntro":
    "Mtu aliye Kenya tunayeweza kuwasiliana naye tusipokupata, na anayeweza kuomba msaada kwa niaba yako. Acha sehemu hizi wazi ili kumwondoa.",
  "profile.kinName": "Jina lake",
  "profile.kinRelation": "Uhusiano wenu",
  "profile.kinRelationHint": "Kwa mfano: mama, kaka, mume.",
  "profile.kinPhone": "Nambari yake ya simu",
  "profile.kinEmail": "Barua pepe yake",
  "profile.kinConsent":
    "Ninakubali Kazi Salama ihifadhi taarifa za ndugu yangu wa karibu na kuzishiriki na NEA na ubalozi wa Kenya ili kuwasiliana naye kuhusu ustawi wangu.",
  "profile.save": "Hifadhi wasifu wangu",
  "profile.saved": "Wasifu wako umehifadhiwa.",
  "profile.linked":
    "Akaunti yako sasa imeunganishwa na rekodi yako: mikataba, mafunzo na vyeti vyako vinaonyeshwa.",
  "profile.claimSent":
    "Wasifu wako umehifadhiwa. Nambari yako ya kitambulisho inaunganishwa na rekodi yako kwa nambari ya siri tu: ikiwa wakala au chuo cha mafunzo kiliirekodi kwa jina la ukoo na tarehe ya kuzaliwa hayo hayo, tumetuma nambari hiyo kwa simu waliyorekodi.",
  "profile.claim.title": "Andika nambari yako ya siri",
  "profile.claim.intro":
    "Ikiwa nambari ya kitambulisho, jina la ukoo na tarehe ya kuzaliwa uliyotoa yanalingana na rekodi iliyowekwa na wakala au chuo cha mafunzo, tumetuma nambari ya siri ya tarakimu 6 kwa nambari ya simu (au barua pepe) iliyorekodiwa hapo. Nambari hiyo inafanya kazi kwa dakika 30.",
  "profile.claim.noCode":
    "Hukupata nambari? Mwombe wakala au chuo kilichokusajili aangalie nambari ya simu kwenye rekodi yako, kisha uhifadhi tena nambari yako ya kitambulisho. Ikiwa hakuna simu iliyorekodiwa, au si yako tena, tembelea ofisi ya NEA ukiwa na kitambulisho chako: afisa atakikagua na kuunganisha akaunti yako (afisa wa pili atathibitisha).",
  "profile.claim.code": "Nambari ya siri ya tarakimu 6",
  "profile.claim.submit": "Unganisha rekodi yangu",
  "profile.data": "Taarifa zako",
  "profile.dataIntro":
    "Unaweza kupakua kila kitu Kazi Salama inachohifadhi kukuhusu: taarifa zako, mikataba, mafunzo, usajili, kesi na orodha ya nyakati maafisa walipoangalia rekodi yako.",
  "profile.download": "Pakua nakala ya taarifa zangu zote (faili la kompyuta)",
  "profile.correction": "Omba kusahihishwa",
  "profile.correctionIntro":
    "Ikiwa jina lako, nambari ya kitambulisho au tarehe ya kuzaliwa si sahihi kwenye rekodi zetu, tuambie inavyopaswa kuwa. Afisa wa NEA ataikagua dhidi ya hati zako na kukujulisha kwa SMS au barua pepe.",
  "profile.correctionField": "Kipi si sahihi",
  "profile.correctionValue": "Inavyopaswa kuwa",
  "profile.correctionValueHint": "Tarehe, siku kwanza, kwa mfano 12/04/1998.",
  "profile.correctionReason": "Kwa nini",
  "profile.correctionReasonHint":
    "Kwa mfano: jina langu la ukoo limeandikwa tofauti kwenye kitambulisho changu.",
  "profile.correctionSend": "Tuma ombi",
  "profile.correctionSent": "Ombi lako la kusahihisha limetumwa kwa NEA.",
  "profile.correctionStatus": "Hali",
  "profile.correctionDate": "Lilitumwa",
  "profile.correctionStatus.OPEN": "Linasubiri NEA",
  "profile.correctionStatus.APPLIED": "Limesahihishwa",
  "profile.correctionStatus.REJECTED": "Limekataliwa",
  "profile.noCorrections": "Hujaomba kusahihishwa chochote.",
  "profile.field.FIRST_NAME": "Jina la kwanza",
  "profile.field.LAST_NAME": "Jina la ukoo",
  "profile.field.NATIONAL_ID": "Nambari ya kitambulisho",
  "profile.field.DATE_OF_BIRTH": "Tarehe ya kuzaliwa",
  "profile.error.nationalId": "Andika nambari yako ya kitambulisho: tarakimu 7 hadi 9.",
  "profile.error.dateOfBirth": "Andika tarehe halisi ya kuzaliwa, isiyo ya siku zijazo.",
  "profile.error.county": "Chagua mojawapo ya kaunti 47.",
  "profile.error.phone": "Andika nambari ya simu kama 0712 345 678 au +966 50 123 4567.",
  "profile.error.passport":
    "Andika nambari ya pasipoti ilivyochapishwa: herufi moja au mbili, kisha tarakimu 6 hadi 8.",
  "profile.error.passportExpiry": "Andika tarehe ya mwisho wa pasipoti.",
  "profile.error.passportExpiryDate":
    "Tarehe hiyo haipo: andika tarehe ya mwisho kama ilivyo kwenye pasipoti, siku kwanza, kama 31/01/2030.",
  "profile.error.passportExpired":
    "Muda wa pasipoti hii umekwisha: unahitaji mpya kabla ya kusafiri (omba kupitia eCitizen). Acha sehemu za pasipoti wazi mpaka uipate.",
  "profile.error.kinPhone": "Nambari ya simu ya ndugu wa karibu: iandike kama 0712 345 678.",
  "profile.error.kinEmail": "Barua pepe ya ndugu wa karibu: iandike kama jina@mfano.com.",
  "profile.kinNameError": "Jina la ndugu wa karibu",
  "profile.kinRelationError": "Uhusiano wako na ndugu wa karibu",
  "profile.kinPhoneError": "Nambari ya simu ya ndugu wa karibu",
  "profile.error.kinConsent":
    "Weka alama kwenye kisanduku ili tuhifadhi taarifa za ndugu yako, au acha taarifa zake wazi.",
  "profile.error.locked":
    "Taarifa hizi zimetumika kwenye mkataba au cheti. Omba kusahihishwa badala yake.",
  "profile.error.idTaken":
    "Nambari hii ya kitambulisho tayari imeunganishwa na akaunti nyingine. Ikiwa ni yako, omba kusahihishwa au piga simu NEA.",
  "profile.error.passportTaken":
    "Nambari hii ya pasipoti tayari imerekodiwa kwa mtu mwingine. Iangalie, au omba kusahihishwa.",
  "profile.error.correctionNotLocked":
    "Bado hakuna kilichoidhinishwa kwa maelezo haya, kwa hivyo yabadilishe kwenye wasifu wako hapo juu. Nambari mpya ya kitambulisho inathibitishwa kwa msimbo unaotumwa kwa simu iliyo kwenye rekodi yako.",
  "profile.error.passportLimit":
    "Nambari nyingi mno za pasipoti za rekodi za watu wengine leo. Jaribu tena kesho, au omba NEA ikusahihishie.",
  "profile.error.claimCode":
    "Nambari hiyo si sahihi, au muda wake umekwisha. Angalia ujumbe, au hifadhi tena nambari yako ya kitambulisho ili upate nambari mpya.",
  "profile.error.claimLimit":
    "Umeomba nambari nyingi mno leo. Tafadhali jaribu tena kesho, au piga simu NEA.",
  "profile.error.correctionField": "Chagua kipi si sahihi.",
  "profile.error.reason": "Tuambie kwa ufupi kwa nini (angalau herufi 5).",
  "profile.error.tooManyCorrections":
    "Tayari una maombi 5 yanayosubiri. Tafadhali subiri NEA iyajibu.",
  "recordLinks.title": "Unganisha akaunti na rekodi, baada ya ukaguzi wa ana kwa ana",
  "recordLinks.intro":
    "Kwa mfanyakazi ambaye rekodi yake haina simu wala barua pepe ya kupokea nambari ya siri (kwa mfano iliyowekwa na chuo cha mafunzo). Kagua kitambulisho chake ana kwa ana, kisha upendekeze kuunganisha: afisa wa pili anathibitisha kwenye Maamuzi yanayosubiri, na hapo tu ndipo rekodi inaunganishwa na akaunti yake.",
  "recordLinks.account": "Barua pepe au nambari ya simu ya akaunti yake ya Kazi Salama",
  "recordLinks.nationalId": "Nambari ya kitambulisho, kama ilivyo kwenye kadi uliyokagua",
  "recordLinks.reason": "Ulikagua nini, wapi na lini",
  "recordLinks.reasonHint":
    "Kwa mfano: kitambulisho kimeonekana ofisi ya NEA, Nairobi, mfanyakazi akiwepo.",
  "recordLinks.submit": "Pendekeza kuunganisha",
  "recordLinks.what": "Unganisha akaunti {account} na rekodi hii",
  "recordLinks.open": "Unganisha akaunti na rekodi baada ya ukaguzi wa ana kwa ana",
  "recordLinks.error.nationalId": "Andika nambari ya kitambulisho: tarakimu 7 hadi 9.",
  "recordLinks.error.reason": "Eleza ulikagua nini, wapi na lini (angalau herufi 10).",
  "recordLinks.error.account": "Hakuna akaunti ya mfanyakazi yenye barua pepe au nambari hii.",
  "recordLinks.error.noRecord": "Hakuna rekodi yenye nambari hii ya kitambulisho.",
  "recordLinks.error.hasIdentity":
    "Akaunti hii tayari ina utambulisho wa mtu (nambari ya kitambulisho, au maelezo ambayo mkataba au cheti kimetegemea). Akaunti moja ina rekodi ya mtu mmoja: kama maelezo yake si sahihi, mfanyakazi aiombe NEA iyarekebishe.",
  "recordLinks.error.linked":
    "Rekodi hii tayari imeunganishwa na akaunti: omba kusahihishwa badala yake.",
  "corrections.title": "Maombi ya kusahihisha",
  "corrections.intro":
    "Wafanyakazi wanaomba kusahihisha jina, nambari ya kitambulisho au tarehe ya kuzaliwa. Kagua ombi dhidi ya hati zao kabla ya kulitekeleza. Kufungua ukurasa huu kunarekodiwa kama kuangalia taarifa zao binafsi.",
  "corrections.empty": "Hakuna maombi ya kusahihisha yanayosubiri.",
  "corrections.current": "Kilichorekodiwa sasa",
  "corrections.note": "Ujumbe kwa mfanyakazi",
  "corrections.apply": "Tekeleza masahihisho",
  "corrections.reject": "Kataa",
  "corrections.applied": "Masahihisho yametekelezwa na mfanyakazi amejulishwa.",
  "corrections.rejected": "Ombi limekataliwa na mfanyakazi amejulishwa.",
  "corrections.error.invalid": "Ombi hili halikusomeka. Tafadhali jaribu tena.",
  "corrections.error.secondOfficial":
    "Nambari mpya ya kitambulisho hutekelezwa tu afisa wa pili akithibitisha: itekeleze kutoka orodha ya masahihisho, ambayo huipendekeza.",
  "corrections.error.idTaken":
    "Rekodi nyingine ya mfanyakazi tayari ina nambari hii ya kitambulisho. Kataa ombi au mwombe mfanyakazi awasiliane na NEA.",
};
