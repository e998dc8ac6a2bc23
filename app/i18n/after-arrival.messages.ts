// After arrival (issue 19): workers' ratings of the agency that deployed them, and the terms
// questions asked by SMS and USSD.
export const afterEn = {
  "rating.title": "Rate your agency",
  "rating.intro": "{agency} deployed you to {country}. How did the agency treat you?",
  "rating.private":
    "Your rating is never shown on its own and the agency never sees who rated. It is published only as an average, once at least {min} workers have rated the agency, from the month after next, together with that month's other ratings (and only if at least {perMonth} workers rated the agency that month). Once published it can no longer be changed.",
  "rating.score": "How would you rate the agency overall?",
  "rating.score.1": "1 – Very bad",
  "rating.score.2": "2 – Bad",
  "rating.score.3": "3 – Fair",
  "rating.score.4": "4 – Good",
  "rating.score.5": "5 – Very good",
  "rating.recommend": "Would you tell a sister or a friend to go through this agency?",
  "rating.recommend.yes": "Yes",
  "rating.recommend.no": "No",
  "rating.submit": "Send my rating",
  "rating.saved": "Thank you. Your rating is saved; it is counted with others' from {date}.",
  "rating.current":
    "Your rating: {score} out of 5, given on {date}. You may change it until {from}; the new one replaces it.",
  "rating.notYet":
    "You can rate the agency once the mission has recorded that you arrived in {country}.",
  "rating.link": "Rate your agency",
  "rating.error.score": "Choose a rating from 1 to 5.",
  "rating.error.recommend": "Say whether you would recommend the agency.",
  "rating.error.notArrived": "The mission has not recorded your arrival yet.",
  "rating.error.final": "Your rating is already published: it can no longer be changed.",
  "rating.final":
    "Your rating: {score} out of 5, given on {date}, counted since {from}. It can no longer be changed.",
  "scorecard.ratings": "Rating by the workers it deployed",
  "scorecard.ratingsValue":
    "{average} out of 5, from {n} workers; {percent}% would recommend the agency",
  "scorecard.ratingsFewer": "Fewer than {min} ratings can be published yet.",
  "method.p5":
    "Ratings: only a worker the mission recorded as arrived through the agency can rate it, once for each job (she may change her rating until it is published). Ratings are published only as an average, once at least {min} workers have rated the agency, from the month after next, a whole month's ratings together and only months in which at least {perMonth} workers rated the agency, so that no one worker's rating can be told apart.",
  "scorecards.col.rating": "Workers' rating (of 5)",
  "scorecards.ratingCell": "{average} ({n})",
  "phoneTerms.wage": "Your pay a month. Agreed: {wage}.\n1. As agreed or more\n2. Less",
  "phoneTerms.wageAmount": "How much are you paid a month, in {currency}? Numbers only:",
  "phoneTerms.hours": "Hours of work a day. Agreed: {hours}.\n1. As agreed or fewer\n2. More",
  "phoneTerms.hoursAmount": "How many hours do you work a day? Numbers only:",
  "phoneTerms.rest": "Days off a week. Agreed: {days}.\n1. As agreed or more\n2. Fewer",
  "phoneTerms.restAmount": "How many days off do you get a week? (0 if none)",
  "phoneTerms.passport":
    "Who has your passport?\n1. I have it\n2. My employer\n3. The agency\n4. Someone else",
  "phoneTerms.employer": "Do you work for {employer}?\n1. Yes\n2. No",
  "phoneTerms.city": "Do you work in {city}?\n1. Yes\n2. No",
  "phoneTerms.cityName": "Which city do you work in?",
  "phoneTerms.start":
    "Kazi Salama: is your job what was agreed? Answer each question with the number of your answer.",
  "phoneTerms.notUnderstood": "Not understood, please answer again.",
  "phoneTerms.asAgreed":
    "Thank you: your job is as agreed. The mission has your answers. Next check-in: {date}",
  "phoneTerms.different":
    "The mission has your answers: case {reference}. It will contact you. In danger? Call the mission: {phone}",
  "phoneTerms.refused.NO_PIN":
    "You have no check-in PIN yet: set one on Kazi Salama, under Get help. In danger? Call the mission: {phone}",
  "phoneTerms.refused.WRONG_PIN":
    "Your PIN is not right. Send it again. In danger? Call the mission: {phone}",
  "phoneTerms.refused.LOCKED":
    "Too many wrong PINs: set a new PIN on Kazi Salama, under Get help. In danger? Call the mission: {phone}",
  "phoneTerms.refused.SHARED_NUMBER":
    "Another worker gave this number too: use your own PIN, or call the mission: {phone}",
  "phoneTerms.refused.CLOSED":
    "The mission no longer expects check-ins from you, so there is nothing to answer. Help abroad, 24h: {phone}",
  "phoneTerms.expired":
    "Kazi Salama: your answers came too late. Send JOB and your PIN to start again.",
} as const;

export const afterSw: Record<keyof typeof afterEn, string> = {
  "rating.title": "Pima wakala wako",
  "rating.intro": "{agency} ilikupeleka {country}. Wakala alikutendea vipi?",
  "rating.private":
    "Alama yako haionyeshwi peke yake na wakala haoni nani alitoa alama. Inachapishwa tu kama wastani, wafanyakazi angalau {min} wakishampima wakala, kuanzia mwezi baada ya ujao, pamoja na alama nyingine za mwezi huo (na tu ikiwa wafanyakazi angalau {perMonth} walimpima wakala mwezi huo). Ikishachapishwa haiwezi kubadilishwa.",
  "rating.score": "Kwa jumla, ungempa wakala alama gani?",
  "rating.score.1": "1 – Mbaya sana",
  "rating.score.2": "2 – Mbaya",
  "rating.score.3": "3 – Wastani",
  "rating.score.4": "4 – Nzuri",
  "rating.score.5": "5 – Nzuri sana",
  "rating.recommend": "Ungemwambia dada au rafiki apitie wakala huyu?",
  "rating.recommend.yes": "Ndiyo",
  "rating.recommend.no": "Hapana",
  "rating.submit": "Tuma alama yangu",
  "rating.saved":
    "Asante. Alama yako imehifadhiwa; inahesabiwa pamoja na za wengine kuanzia {date}.",
  "rating.current":
    "Alama yako: {score} kati ya 5, uliyotoa tarehe {date}. Unaweza kuibadilisha hadi {from}; mpya inachukua nafasi yake.",
  "rating.notYet": "Utaweza kumpima wakala ubalozi ukishaandika kwamba umefika {country}.",
  "rating.link": "Pima wakala wako",
  "rating.error.score": "Chagua alama kutoka 1 hadi 5.",
  "rating.error.recommend": "Sema kama ungependekeza wakala huyu.",
  "rating.error.notArrived": "Ubalozi bado haujaandika kwamba umefika.",
  "rating.error.final": "Alama yako imeshachapishwa: haiwezi kubadilishwa tena.",
  "rating.final":
    "Alama yako: {score} kati ya 5, uliyotoa tarehe {date}, inahesabiwa tangu {from}. Haiwezi kubadilishwa tena.",
  "scorecard.ratings": "Alama kutoka kwa wafanyakazi aliowapeleka",
  "scorecard.ratingsValue":
    "{average} kati ya 5, kutoka kwa wafanyakazi {n}; {percent}% wangependekeza wakala huyu",
  "scorecard.ratingsFewer": "Bado hakuna alama {min} au zaidi zinazoweza kuchapishwa.",
  "method.p5":
    "Alama: ni mfanyakazi tu ambaye ubalozi umeandika kuwa alifika kupitia wakala huyo anayeweza kumpima, mara moja kwa kila kazi (anaweza kubadilisha alama yake hadi ichapishwe). Alama zinachapishwa kama wastani tu, wafanyakazi angalau {min} wakishampima wakala, kuanzia mwezi baada ya ujao, alama zote za mwezi mmoja pamoja na tu miezi ambayo wafanyakazi angalau {perMonth} walimpima wakala, ili alama ya mfanyakazi mmoja isiweze kutambulika.",
  "scorecards.col.rating": "Alama ya wafanyakazi (kati ya 5)",
  "scorecards.ratingCell": "{average} ({n})",
  "phoneTerms.wage":
    "Mshahara wako kwa mwezi. Uliokubaliwa: {wage}.\n1. Kama ulivyokubaliwa au zaidi\n2. Pungufu",
  "phoneTerms.wageAmount": "Unalipwa kiasi gani kwa mwezi, kwa {currency}? Nambari tu:",
  "phoneTerms.hours":
    "Saa za kazi kwa siku. Zilizokubaliwa: {hours}.\n1. Kama zilivyokubaliwa au chache\n2. Zaidi",
  "phoneTerms.hoursAmount": "Unafanya kazi saa ngapi kwa siku? Nambari tu:",
  "phoneTerms.rest":
    "Siku za mapumziko kwa wiki. Zilizokubaliwa: {days}.\n1. Kama zilivyokubaliwa au zaidi\n2. Chache",
  "phoneTerms.restAmount": "Unapata siku ngapi za mapumziko kwa wiki? (0 kama hakuna)",
  "phoneTerms.passport":
    "Pasipoti yako iko kwa nani?\n1. Ninayo mimi\n2. Kwa mwajiri wangu\n3. Kwa wakala\n4. Kwa mtu mwingine",
  "phoneTerms.employer": "Je, unamfanyia kazi {employer}?\n1. Ndiyo\n2. Hapana",
  "phoneTerms.city": "Je, unafanya kazi {city}?\n1. Ndiyo\n2. Hapana",
  "phoneTerms.cityName": "Unafanya kazi mji gani?",
  "phoneTerms.start":
    "Kazi Salama: je, kazi yako ni kama ilivyokubaliwa? Jibu kila swali kwa nambari.",
  "phoneTerms.notUnderstood": "Jibu halikueleweka, tafadhali jibu tena.",
  "phoneTerms.asAgreed":
    "Asante: kazi yako ni kama ilivyokubaliwa. Ubalozi umepata majibu yako. Jibu linalofuata: {date}",
  "phoneTerms.different":
    "Ubalozi umepata majibu yako: kesi {reference}. Utawasiliana nawe. Uko hatarini? Piga ubalozi: {phone}",
  "phoneTerms.refused.NO_PIN":
    "Bado huna PIN: iweke kwenye Kazi Salama, sehemu ya Pata msaada. Uko hatarini? Piga ubalozi: {phone}",
  "phoneTerms.refused.WRONG_PIN":
    "PIN yako si sahihi. Ituma tena. Uko hatarini? Piga ubalozi: {phone}",
  "phoneTerms.refused.LOCKED":
    "PIN zisizo sahihi mara nyingi: weka PIN mpya kwenye Kazi Salama, Pata msaada. Uko hatarini? Piga ubalozi: {phone}",
  "phoneTerms.refused.SHARED_NUMBER":
    "Mfanyakazi mwingine pia ametoa nambari hii: tumia PIN yako, au piga ubalozi: {phone}",
  "phoneTerms.refused.CLOSED":
    "Ubalozi hautarajii tena ripoti za hali kutoka kwako, kwa hiyo hakuna cha kujibu. Msaada ng'ambo, saa 24: {phone}",
  "phoneTerms.expired": "Kazi Salama: majibu yako yamechelewa. Tuma KAZI na PIN yako kuanza upya.",
};
