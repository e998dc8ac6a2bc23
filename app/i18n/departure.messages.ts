// Messages of departure clearance and registration with the mission.
export const departureEn = {
  "nav.my.departure": "Departure",
  "departure.title": "Departure clearance",
  "departure.intro":
    "Before you leave Kenya, every condition below must hold. When they all do, you get your departure clearance with a code immigration officers and your family can check, and you are registered with the Kenyan mission in your destination.",
  "departure.empty":
    "You have no approved contract yet. Your clearance becomes possible once NEA has approved your contract.",
  "departure.contract": "{job} in {country}",
  "departure.contractRef": "Contract number {reference}",
  "departure.startsOn": "Work starts on {date} with {employer}, through {agency}.",
  "departure.checklist": "Conditions",
  "departure.ok": "Done",
  "departure.notOk": "To do",
  "departure.check.AGENCY": "Your agency is licensed by NEA for this country",
  "departure.check.JOB_ORDER": "NEA approved the job order",
  "departure.check.CONTRACT": "NEA approved your contract and you signed it",
  "departure.check.TRAINING":
    "You hold a valid pre-departure training certificate for this country",
  "departure.check.AGE": "You meet the destination's age rule",
  "departure.check.PASSPORT": "Your passport is valid at least 6 months past the start date",
  "departure.check.NEXT_OF_KIN": "Your next of kin is recorded, with your consent",
  "departure.check.MISSION": "A Kenyan mission covers the destination",
  "departure.todo.AGENCY":
    "Do not travel with this agency: its licence does not cover this country today. Check it on the public register and call NEA on 0800 222 223.",
  "departure.todo.JOB_ORDER":
    "The job order was rejected or withdrawn. Ask your agency, or call NEA on 0800 222 223.",
  "departure.todo.CONTRACT": "Read and sign your approved contract under My contracts.",
  "departure.todo.TRAINING":
    "Finish the training for this country, then get your certificate on the Training page.",
  "departure.todo.AGE":
    "Your date of birth is missing, or you do not meet the age the destination requires. Check your profile; if it is wrong, ask for a correction.",
  "departure.todo.PASSPORT":
    "Record your passport number and expiry date on My profile. If it expires too soon, renew it first.",
  "departure.todo.NEXT_OF_KIN": "Name your next of kin on My profile and tick the consent box.",
  "departure.todo.MISSION":
    "No Kenyan mission covers this country in our records. Call NEA on 0800 222 223 before you travel.",
  "departure.goProfile": "Go to My profile",
  "departure.goContract": "Open the contract",
  "departure.goTraining": "Go to the training",
  "departure.issue": "Issue my departure clearance",
  "departure.issued":
    "Your departure clearance was issued and you are registered with the Kenyan mission.",
  "departure.clearance": "Your clearance",
  "departure.code": "Clearance code",
  "departure.pdf": "Download the clearance (PDF)",
  "departure.verifyLink": "Check it as immigration would",
  "departure.status.VALID": "Valid",
  "departure.status.INVALID": "Not valid",
  "departure.invalid.CONTRACT":
    "The contract is no longer in force (withdrawn, ended or replaced).",
  "departure.invalid.AGENCY": "The agency's licence is no longer valid for this country.",
  "departure.invalid.WITHDRAWN": "NEA withdrew this clearance.",
  "departure.mission": "Registration with the mission",
  "departure.missionIntro": "You are registered with {mission}. Keep their numbers with you.",
  "departure.missionPhone": "Phone",
  "departure.missionEmergency": "Emergency line",
  "departure.registrationStatus": "Registration status",
  "departure.reg.PRE_REGISTERED": "Pre-registered: the mission expects you",
  "departure.reg.ARRIVED": "Arrived: the mission confirmed your arrival",
  "departure.reg.ACTIVE": "Active",
  "departure.reg.RETURNED": "Returned home",
  "departure.reg.UNREACHABLE": "The mission could not reach you",
  "departure.abroadTitle": "Where you live and work abroad",
  "departure.abroadIntro":
    "Add these when you arrive, and change them whenever they change. Only the mission's officers and NEA see them.",
  "departure.city": "City",
  "departure.address": "Address abroad",
  "departure.addressHint": "District, street, building, or directions the mission could follow.",
  "departure.phoneAbroad": "Your phone number abroad",
  "departure.phoneHint": "With the country code, e.g. +974 5555 1234.",
  "departure.employerContact": "Employer's name and phone",
  "departure.saveAbroad": "Save my details abroad",
  "departure.abroadSaved": "Your details abroad were saved. The mission can see them.",
  "departure.agency": "Recruiting agency",
  "departure.passportTail": "passport …{tail}",
  "departure.error.phone": "Enter the phone number with its country code: + and 8 to 15 digits.",
  "departure.error.address": "Enter the address (at least 5 characters).",
  "departure.error.notReady": "Not all conditions hold yet: see what to do below.",
  "departure.error.returned": "This registration is closed: you have returned home.",
  "verifyCode.kind.DEPARTURE_CLEARANCE": "Departure clearance",
  "verifyCode.proves.DEPARTURE_CLEARANCE":
    "{initials} is cleared by NEA to travel for work in {country}.",
  "verifyCode.status.INVALID": "Not valid",
  "next.heading": "Your next step",
  "next.PROFILE.title": "Fill in your profile",
  "next.PROFILE.body":
    "Your name, date of birth, passport and next of kin. NEA needs them before it can approve a contract for you.",
  "next.PROFILE.action": "Fill in my profile",
  "next.NO_CONTRACT.title": "Check a job offer before you pay or sign",
  "next.NO_CONTRACT.body":
    "Only licensed agencies may recruit, and getting a job abroad must cost you nothing. Check the agency and the job's code here.",
  "next.NO_CONTRACT.action": "See approved jobs",
  "next.IN_REVIEW.title": "NEA is checking your contract",
  "next.IN_REVIEW.body":
    "You will get an SMS when it is approved. Do not travel or pay anything before then.",
  "next.IN_REVIEW.action": "See my contract",
  "next.SIGN.title": "Read and accept your contract",
  "next.SIGN.body":
    "NEA has approved it. Read every term, and accept it only if it is what you were promised.",
  "next.SIGN.action": "Read my contract",
  "next.QUESTION_OPEN.title": "Wait for NEA's answer to your question",
  "next.QUESTION_OPEN.body":
    "You asked NEA about your contract. The answer comes on your contract's page, on “Get help” and by message. Do not accept it before then.",
  "next.QUESTION_OPEN.action": "See my contract and question",
  "next.TRAINING.title": "Complete pre-departure training",
  "next.TRAINING.body":
    "You need a valid training certificate for this country before you can leave.",
  "next.TRAINING.action": "Find training",
  "next.PROFILE_FOR_DEPARTURE.title": "Complete your profile before you leave",
  "next.PROFILE_FOR_DEPARTURE.body":
    "Your passport, date of birth or next of kin is missing or needs correcting.",
  "next.PROFILE_FOR_DEPARTURE.action": "Fill in my profile",
  "next.WAIT_FOR_AGENCY.title": "Your departure is on hold",
  "next.WAIT_FOR_AGENCY.body":
    "Something only your agency or NEA can fix is missing. The departure page says what.",
  "next.WAIT_FOR_AGENCY.action": "See what is missing",
  "next.CLEARANCE.title": "Get your departure clearance",
  "next.CLEARANCE.body":
    "Every condition is met. Ask for your clearance; you show its code at the airport.",
  "next.CLEARANCE.action": "Get my clearance",
  "next.READY.title": "Your departure clearance is ready",
  "next.READY.body": "Keep its code with you: you show it at the airport.",
  "next.READY.action": "See my clearance",
  "next.ABROAD_DETAILS.title": "Tell the embassy where you are",
  "next.ABROAD_DETAILS.body":
    "Your address and phone number abroad let the Kenyan mission reach you if something goes wrong.",
  "next.ABROAD_DETAILS.action": "Give my address",
  "next.ABROAD.title": "Check in with the embassy, or get help",
  "next.ABROAD.body":
    "If you are in danger, call the numbers on the help page. Back in Kenya? Say so on your page.",
  "next.ABROAD.action": "Open my page abroad",
  "next.DEBRIEF.title": "Welcome home: tell us how the job was",
  "next.DEBRIEF.body":
    "If you are owed wages or were mistreated, a case is opened for you, and you can ask for help at home.",
  "next.DEBRIEF.action": "Answer a few questions",
  "next.HOME.title": "Your help at home",
  "next.HOME.body": "See your cases, the help you asked for, and whom to call.",
  "next.HOME.action": "Open my page",
} as const;

export const departureSw: Record<keyof typeof departureEn, string> = {
  "nav.my.departure": "Kuondoka",
  "departure.title": "Kibali cha kuondoka",
  "departure.intro":
    "Kabla ya kuondoka Kenya, kila sharti hapa chini lazima litimizwe. Yakitimia yote, unapata kibali chako cha kuondoka chenye msimbo ambao maafisa wa uhamiaji na familia yako wanaweza kuhakiki, na unasajiliwa na ubalozi wa Kenya katika nchi unayoenda.",
  "departure.empty":
    "Bado huna mkataba ulioidhinishwa. Kibali chako kinawezekana NEA ikishaidhinisha mkataba wako.",
  "departure.contract": "{job} nchini {country}",
  "departure.contractRef": "Nambari ya mkataba {reference}",
  "departure.startsOn": "Kazi inaanza tarehe {date} kwa {employer}, kupitia {agency}.",
  "departure.checklist": "Masharti",
  "departure.ok": "Imekamilika",
  "departure.notOk": "Bado",
  "departure.check.AGENCY": "Wakala wako ana leseni ya NEA kwa nchi hii",
  "departure.check.JOB_ORDER": "NEA iliidhinisha ombi la kazi",
  "departure.check.CONTRACT": "NEA iliidhinisha mkataba wako nawe ukautia sahihi",
  "departure.check.TRAINING": "Una cheti halali cha mafunzo ya kabla ya kuondoka kwa nchi hii",
  "departure.check.AGE": "Unatimiza sharti la umri la nchi unayoenda",
  "departure.check.PASSPORT":
    "Pasipoti yako ni halali angalau miezi 6 baada ya tarehe ya kuanza kazi",
  "departure.check.NEXT_OF_KIN": "Ndugu yako wa karibu amerekodiwa, kwa idhini yako",
  "departure.check.MISSION": "Ubalozi wa Kenya unahudumia nchi unayoenda",
  "departure.todo.AGENCY":
    "Usisafiri na wakala huyu: leseni yake haihusu nchi hii leo. Iangalie kwenye rejista ya umma na piga simu NEA 0800 222 223.",
  "departure.todo.JOB_ORDER":
    "Ombi la kazi lilikataliwa au kuondolewa. Uliza wakala wako, au piga simu NEA 0800 222 223.",
  "departure.todo.CONTRACT":
    "Soma na utie sahihi mkataba wako ulioidhinishwa kwenye Mkataba wangu.",
  "departure.todo.TRAINING":
    "Maliza mafunzo ya nchi hii, kisha pata cheti chako kwenye ukurasa wa Mafunzo.",
  "departure.todo.AGE":
    "Tarehe yako ya kuzaliwa haipo, au hutimizi umri unaotakiwa na nchi unayoenda. Angalia wasifu wako; ikiwa si sahihi, omba isahihishwe.",
  "departure.todo.PASSPORT":
    "Rekodi nambari ya pasipoti yako na tarehe inapoisha kwenye Wasifu wangu. Ikiisha mapema mno, ifanye upya kwanza.",
  "departure.todo.NEXT_OF_KIN":
    "Mtaje ndugu yako wa karibu kwenye Wasifu wangu na uweke alama kwenye kisanduku cha idhini.",
  "departure.todo.MISSION":
    "Kwa rekodi zetu hakuna ubalozi wa Kenya unaohudumia nchi hii. Piga simu NEA 0800 222 223 kabla ya kusafiri.",
  "departure.goProfile": "Nenda kwenye Wasifu wangu",
  "departure.goContract": "Fungua mkataba",
  "departure.goTraining": "Nenda kwenye mafunzo",
  "departure.issue": "Toa kibali changu cha kuondoka",
  "departure.issued": "Kibali chako cha kuondoka kimetolewa na umesajiliwa na ubalozi wa Kenya.",
  "departure.clearance": "Kibali chako",
  "departure.code": "Msimbo wa kibali",
  "departure.pdf": "Pakua kibali (PDF)",
  "departure.verifyLink": "Kihakiki kama uhamiaji wangefanya",
  "departure.status.VALID": "Halali",
  "departure.status.INVALID": "Si halali",
  "departure.invalid.CONTRACT":
    "Mkataba haupo tena kazini (umeondolewa, umekwisha au umebadilishwa).",
  "departure.invalid.AGENCY": "Leseni ya wakala si halali tena kwa nchi hii.",
  "departure.invalid.WITHDRAWN": "NEA imeondoa kibali hiki.",
  "departure.mission": "Usajili na ubalozi",
  "departure.missionIntro": "Umesajiliwa na {mission}. Weka nambari zao karibu nawe.",
  "departure.missionPhone": "Simu",
  "departure.missionEmergency": "Simu ya dharura",
  "departure.registrationStatus": "Hali ya usajili",
  "departure.reg.PRE_REGISTERED": "Umesajiliwa mapema: ubalozi unakutarajia",
  "departure.reg.ARRIVED": "Umefika: ubalozi umethibitisha kufika kwako",
  "departure.reg.ACTIVE": "Hai",
  "departure.reg.RETURNED": "Umerudi nyumbani",
  "departure.reg.UNREACHABLE": "Ubalozi haukuweza kukupata",
  "departure.abroadTitle": "Unapoishi na kufanya kazi ng'ambo",
  "departure.abroadIntro":
    "Ongeza haya ukifika, na uyabadilishe yanapobadilika. Ni maafisa wa ubalozi na NEA pekee wanaoyaona.",
  "departure.city": "Mji",
  "departure.address": "Anwani ya ng'ambo",
  "departure.addressHint": "Mtaa, barabara, jengo, au maelekezo ambayo ubalozi unaweza kufuata.",
  "departure.phoneAbroad": "Nambari yako ya simu ng'ambo",
  "departure.phoneHint": "Pamoja na msimbo wa nchi, k.m. +974 5555 1234.",
  "departure.employerContact": "Jina na simu ya mwajiri",
  "departure.saveAbroad": "Hifadhi maelezo yangu ya ng'ambo",
  "departure.abroadSaved": "Maelezo yako ya ng'ambo yamehifadhiwa. Ubalozi unaweza kuyaona.",
  "departure.agency": "Wakala wa ajira",
  "departure.passportTail": "pasipoti …{tail}",
  "departure.error.phone":
    "Andika nambari ya simu pamoja na msimbo wa nchi: + na tarakimu 8 hadi 15.",
  "departure.error.address": "Andika anwani (angalau herufi 5).",
  "departure.error.notReady": "Bado masharti yote hayajatimia: angalia cha kufanya hapa chini.",
  "departure.error.returned": "Usajili huu umefungwa: umerudi nyumbani.",
  "verifyCode.kind.DEPARTURE_CLEARANCE": "Kibali cha kuondoka",
  "verifyCode.proves.DEPARTURE_CLEARANCE":
    "{initials} ameruhusiwa na NEA kusafiri kufanya kazi nchini {country}.",
  "verifyCode.status.INVALID": "Si halali",
  "next.heading": "Hatua yako inayofuata",
  "next.PROFILE.title": "Jaza wasifu wako",
  "next.PROFILE.body":
    "Jina lako, tarehe ya kuzaliwa, pasipoti na ndugu wa karibu. NEA inavihitaji kabla ya kuidhinisha mkataba wako.",
  "next.PROFILE.action": "Jaza wasifu wangu",
  "next.NO_CONTRACT.title": "Hakiki kazi kabla ya kulipa au kusaini",
  "next.NO_CONTRACT.body":
    "Ni mawakala wenye leseni tu wanaoruhusiwa kuajiri, na kupata kazi ng'ambo hakupaswi kukugharimu chochote. Hakiki wakala na msimbo wa kazi hapa.",
  "next.NO_CONTRACT.action": "Tazama kazi zilizoidhinishwa",
  "next.IN_REVIEW.title": "NEA inakagua mkataba wako",
  "next.IN_REVIEW.body": "Utapata SMS ukiidhinishwa. Usisafiri wala kulipa chochote kabla ya hapo.",
  "next.IN_REVIEW.action": "Tazama mkataba wangu",
  "next.SIGN.title": "Soma na ukubali mkataba wako",
  "next.SIGN.body": "NEA imeuidhinisha. Soma kila sharti, na ukubali tu kama ndicho ulichoahidiwa.",
  "next.SIGN.action": "Soma mkataba wangu",
  "next.QUESTION_OPEN.title": "Subiri jibu la NEA kwa swali lako",
  "next.QUESTION_OPEN.body":
    "Umeuliza NEA kuhusu mkataba wako. Jibu litakuja kwenye ukurasa wa mkataba wako, kwenye “Pata msaada” na kwa ujumbe. Usiukubali kabla ya hapo.",
  "next.QUESTION_OPEN.action": "Ona mkataba na swali langu",
  "next.TRAINING.title": "Maliza mafunzo ya kabla ya kuondoka",
  "next.TRAINING.body": "Unahitaji cheti halali cha mafunzo kwa nchi hii kabla ya kuondoka.",
  "next.TRAINING.action": "Tafuta mafunzo",
  "next.PROFILE_FOR_DEPARTURE.title": "Kamilisha wasifu wako kabla ya kuondoka",
  "next.PROFILE_FOR_DEPARTURE.body":
    "Pasipoti yako, tarehe ya kuzaliwa au ndugu wa karibu haipo au inahitaji kurekebishwa.",
  "next.PROFILE_FOR_DEPARTURE.action": "Jaza wasifu wangu",
  "next.WAIT_FOR_AGENCY.title": "Safari yako imesimamishwa kwa muda",
  "next.WAIT_FOR_AGENCY.body":
    "Kuna jambo ambalo wakala wako au NEA pekee wanaweza kurekebisha. Ukurasa wa kuondoka unaeleza ni nini.",
  "next.WAIT_FOR_AGENCY.action": "Tazama kinachokosekana",
  "next.CLEARANCE.title": "Pata kibali chako cha kuondoka",
  "next.CLEARANCE.body":
    "Masharti yote yametimizwa. Omba kibali chako; utaonyesha msimbo wake uwanja wa ndege.",
  "next.CLEARANCE.action": "Pata kibali changu",
  "next.READY.title": "Kibali chako cha kuondoka kiko tayari",
  "next.READY.body": "Kaa na msimbo wake: utauonyesha uwanja wa ndege.",
  "next.READY.action": "Tazama kibali changu",
  "next.ABROAD_DETAILS.title": "Ueleze ubalozi uko wapi",
  "next.ABROAD_DETAILS.body":
    "Anwani na nambari yako ya simu ughaibuni zinasaidia ubalozi wa Kenya kukufikia kukitokea tatizo.",
  "next.ABROAD_DETAILS.action": "Toa anwani yangu",
  "next.ABROAD.title": "Ripoti hali yako kwa ubalozi, au pata msaada",
  "next.ABROAD.body":
    "Ukiwa hatarini, piga nambari zilizo kwenye ukurasa wa msaada. Umesharudi Kenya? Sema kwenye ukurasa wako.",
  "next.ABROAD.action": "Fungua ukurasa wangu",
  "next.DEBRIEF.title": "Karibu nyumbani: tuambie kazi ilikuwaje",
  "next.DEBRIEF.body":
    "Kama unadai mshahara au ulitendewa vibaya, tutakufungulia kesi, na unaweza kuomba msaada ukiwa nyumbani.",
  "next.DEBRIEF.action": "Jibu maswali machache",
  "next.HOME.title": "Msaada wako ukiwa nyumbani",
  "next.HOME.body": "Angalia kesi zako, msaada ulioomba, na umpigie nani.",
  "next.HOME.action": "Fungua ukurasa wangu",
};
