// Country modules: Saudi Arabia, the UAE and Qatar (kenya-rules.md §3 and §5; solid or likely values only).
import type { ModuleSeed } from "./catalogue.types";

export const COUNTRY_MODULES: ModuleSeed[] = [
  {
    slug: "country-sa",
    kind: "COUNTRY",
    countryCode: "SA",
    position: 101,
    title: { en: "Working in Saudi Arabia", sw: "Kufanya kazi Saudi Arabia" },
    summary: {
      en: "Your rights under Saudi rules for domestic workers, and the Kenyan missions there.",
      sw: "Haki zako chini ya kanuni za Saudi kwa wafanyakazi wa nyumbani, na balozi za Kenya huko.",
    },
    lessons: [
      {
        title: { en: "Your rights in Saudi Arabia", sw: "Haki zako Saudi Arabia" },
        body: {
          en: "Under the Saudi rules for domestic workers:\n\n- You work **at most 10 hours a day**, with daily rest, and have **a paid weekly rest day of 24 hours**.\n- The **employer pays** recruitment, residence permit and work permit costs.\n- **Nobody may keep your passport** or documents.\n- You may be on probation for at most 90 days.\n- After **2 years**, if your contract is renewed, you get **one month's paid leave** and a ticket home.\n- After **4 years** in a row you are owed **one month's wage** as end-of-service pay.\n- You have up to 30 days of sick leave a year.\n- You must be **at least 21** to work as a domestic worker.\n\nFrom February 2026 the minimum wage for Kenyan domestic workers in Saudi Arabia is **SAR 1,000 a month** (announced by the Kenyan embassy in Riyadh in November 2025). Your approved contract may pay more, never less, and you must be paid every month.",
          sw: "Chini ya kanuni za Saudi kwa wafanyakazi wa nyumbani:\n\n- Unafanya kazi **kwa saa zisizozidi 10 kwa siku**, pamoja na mapumziko ya kila siku, na una **siku ya mapumziko ya saa 24 yenye malipo kila wiki**.\n- **Mwajiri analipa** gharama za kuajiri, kibali cha ukaazi na kibali cha kazi.\n- **Hakuna anayeruhusiwa kushika pasipoti yako** au hati zako.\n- Muda wa majaribio hauzidi siku 90.\n- Baada ya **miaka 2**, mkataba ukiongezwa, unapata **likizo ya mwezi mmoja yenye malipo** na tiketi ya kwenda nyumbani.\n- Baada ya **miaka 4** mfululizo unastahili **mshahara wa mwezi mmoja** kama malipo ya kumaliza kazi.\n- Una hadi siku 30 za likizo ya ugonjwa kwa mwaka.\n- Lazima uwe na **angalau miaka 21** kufanya kazi ya nyumbani.\n\nKuanzia Februari 2026 kima cha chini cha mshahara kwa wafanyakazi wa nyumbani kutoka Kenya nchini Saudi Arabia ni **SAR 1,000 kwa mwezi** (kilitangazwa na ubalozi wa Kenya Riyadh Novemba 2025). Mkataba wako ulioidhinishwa unaweza kulipa zaidi, kamwe si chini, na lazima ulipwe kila mwezi.",
        },
      },
      {
        title: { en: "Kenyan missions in Saudi Arabia", sw: "Balozi za Kenya Saudi Arabia" },
        body: {
          en: "- **Embassy of Kenya, Riyadh** — has a labour attaché. Phone +966 11 488 1238, riyadh@mfa.go.ke.\n- **Consulate-General of Kenya, Jeddah** — **24-hour toll-free line inside Saudi Arabia: 8001000352**.\n\nNumbers change: check them on Kazi Salama before you travel.",
          sw: "- **Ubalozi wa Kenya, Riyadh** — una mwambata wa kazi. Simu +966 11 488 1238, riyadh@mfa.go.ke.\n- **Ubalozi Mdogo wa Kenya, Jeddah** — **nambari ya bure ya saa 24 ndani ya Saudi Arabia: 8001000352**.\n\nNambari hubadilika: zihakiki kwenye Kazi Salama kabla ya kusafiri.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "What is the minimum age for domestic work in Saudi Arabia?",
          sw: "Umri wa chini wa kazi ya nyumbani Saudi Arabia ni upi?",
        },
        options: [
          { en: "18", sw: "18" },
          { en: "21", sw: "21" },
          { en: "25", sw: "25" },
        ],
        correct: 1,
        explanation: {
          en: "Saudi rules require domestic workers to be at least 21.",
          sw: "Kanuni za Saudi zinataka wafanyakazi wa nyumbani wawe na angalau miaka 21.",
        },
      },
      {
        prompt: {
          en: "Who pays your residence and work permit costs in Saudi Arabia?",
          sw: "Nani analipa gharama za kibali cha ukaazi na cha kazi Saudi Arabia?",
        },
        options: [
          { en: "The employer", sw: "Mwajiri" },
          { en: "You", sw: "Wewe" },
          { en: "You and the employer share them", sw: "Wewe na mwajiri mnagawana" },
        ],
        correct: 0,
        explanation: {
          en: "These costs are the employer's by law.",
          sw: "Gharama hizi ni za mwajiri kisheria.",
        },
      },
      {
        prompt: {
          en: "You are in danger in Saudi Arabia right now. Which number do you call?",
          sw: "Uko hatarini Saudi Arabia sasa hivi. Unapiga nambari gani?",
        },
        options: [
          { en: "911 (or 999): emergency and police", sw: "911 (au 999): dharura na polisi" },
          { en: "0800 222 223 (NEA, in Kenya)", sw: "0800 222 223 (NEA, nchini Kenya)" },
          { en: "16008", sw: "16008" },
        ],
        correct: 0,
        explanation: {
          en: "911 is Saudi Arabia's emergency number and 999 reaches the police; both are free, day and night. When you are safe, tell the Kenyan mission: the consulate in Jeddah answers free, 24 hours, on 8001000352.",
          sw: "911 ni nambari ya dharura ya Saudi Arabia na 999 ni ya polisi; zote ni bure, mchana na usiku. Ukiwa salama, ujulishe ubalozi wa Kenya: ubalozi mdogo wa Jeddah hujibu bure, saa 24, kwa 8001000352.",
        },
      },
      {
        prompt: {
          en: "Which number reaches Kenya's consulate in Jeddah free, 24 hours, inside Saudi Arabia?",
          sw: "Nambari ipi inakufikisha kwa ubalozi mdogo wa Kenya Jeddah bure, saa 24, ndani ya Saudi Arabia?",
        },
        options: [
          { en: "8001000352", sw: "8001000352" },
          { en: "0800 222 223", sw: "0800 222 223" },
          { en: "16008", sw: "16008" },
        ],
        correct: 0,
        explanation: {
          en: "The Jeddah consulate's toll-free line answers day and night. 0800 222 223 is NEA's line in Kenya; 16008 is Qatar's labour ministry.",
          sw: "Nambari ya bure ya ubalozi mdogo wa Jeddah hujibu mchana na usiku. 0800 222 223 ni nambari ya NEA nchini Kenya; 16008 ni ya wizara ya kazi ya Qatar.",
        },
      },
    ],
  },
  {
    slug: "country-ae",
    kind: "COUNTRY",
    countryCode: "AE",
    position: 102,
    title: {
      en: "Working in the United Arab Emirates",
      sw: "Kufanya kazi Umoja wa Falme za Kiarabu (UAE)",
    },
    summary: {
      en: "Your rights under the UAE's domestic-worker law, and the Kenyan missions there.",
      sw: "Haki zako chini ya sheria ya UAE ya wafanyakazi wa nyumbani, na balozi za Kenya huko.",
    },
    lessons: [
      {
        title: { en: "Your rights in the UAE", sw: "Haki zako UAE" },
        body: {
          en: "Under the UAE's Decree-Law No. 9 of 2022:\n\n- You have **12 hours of rest a day, including 8 hours in a row**, and **one paid rest day a week**.\n- You have **30 days of paid leave a year**.\n- **Recruitment offices may not take any fee** from you.\n- **You keep your passport** and ID card.\n- Your employer pays your **medical care** and a **ticket home every 2 years**.\n- Sick leave: up to 30 days a year (15 on full pay, 15 on half pay).\n- You must be **at least 18**.\n\nThe UAE has no minimum wage for domestic workers: your approved contract sets your wage.",
          sw: "Chini ya Sheria ya UAE Na. 9 ya 2022:\n\n- Una **saa 12 za mapumziko kwa siku, zikiwemo saa 8 mfululizo**, na **siku moja ya mapumziko yenye malipo kila wiki**.\n- Una **siku 30 za likizo yenye malipo kwa mwaka**.\n- **Ofisi za kuajiri haziruhusiwi kuchukua ada yoyote** kutoka kwako.\n- **Unashika pasipoti yako** na kitambulisho.\n- Mwajiri wako analipia **matibabu yako** na **tiketi ya kwenda nyumbani kila miaka 2**.\n- Likizo ya ugonjwa: hadi siku 30 kwa mwaka (15 kwa malipo kamili, 15 kwa nusu).\n- Lazima uwe na **angalau miaka 18**.\n\nUAE haina kima cha chini cha mshahara kwa wafanyakazi wa nyumbani: mkataba wako ulioidhinishwa ndio unaoweka mshahara wako.",
        },
      },
      {
        title: { en: "Kenyan missions in the UAE", sw: "Balozi za Kenya UAE" },
        body: {
          en: "- **Embassy of Kenya, Abu Dhabi** — has a labour attaché.\n- **Consulate-General of Kenya, Dubai** — also issues passports.\n\nFrom anywhere, the **Diaspora Response Centre** answers 24 hours: +254 207 876 000, WhatsApp +254 114 757 002.",
          sw: "- **Ubalozi wa Kenya, Abu Dhabi** — una mwambata wa kazi.\n- **Ubalozi Mdogo wa Kenya, Dubai** — pia hutoa pasipoti.\n\nUkiwa popote, **Kituo cha Kushughulikia Wakenya wa Ughaibuni** hujibu saa 24: +254 207 876 000, WhatsApp +254 114 757 002.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "How much paid leave a year do you have in the UAE?",
          sw: "Una likizo yenye malipo kiasi gani kwa mwaka UAE?",
        },
        options: [
          { en: "30 days", sw: "Siku 30" },
          { en: "7 days", sw: "Siku 7" },
          { en: "None", sw: "Hakuna" },
        ],
        correct: 0,
        explanation: {
          en: "The 2022 law gives 30 days of paid leave a year.",
          sw: "Sheria ya 2022 inatoa siku 30 za likizo yenye malipo kwa mwaka.",
        },
      },
      {
        prompt: {
          en: "How much daily rest does UAE law give you?",
          sw: "Sheria ya UAE inakupa mapumziko kiasi gani kwa siku?",
        },
        options: [
          { en: "6 hours", sw: "Saa 6" },
          { en: "12 hours, including 8 in a row", sw: "Saa 12, zikiwemo 8 mfululizo" },
          { en: "Whatever the family decides", sw: "Chochote familia inachoamua" },
        ],
        correct: 1,
        explanation: {
          en: "Twelve hours of rest a day, eight of them without a break.",
          sw: "Saa kumi na mbili za mapumziko kwa siku, nane kati yake bila kukatizwa.",
        },
      },
      {
        prompt: {
          en: "May a UAE recruitment office charge you a fee?",
          sw: "Je, ofisi ya kuajiri ya UAE inaweza kukutoza ada?",
        },
        options: [
          { en: "Yes, one month's wage", sw: "Ndiyo, mshahara wa mwezi mmoja" },
          { en: "Yes, if you agree", sw: "Ndiyo, ukikubali" },
          { en: "No", sw: "Hapana" },
        ],
        correct: 2,
        explanation: {
          en: "The law forbids recruitment offices from taking any fee or commission from workers.",
          sw: "Sheria inakataza ofisi za kuajiri kuchukua ada au kamisheni yoyote kutoka kwa wafanyakazi.",
        },
      },
    ],
  },
  {
    slug: "country-qa",
    kind: "COUNTRY",
    countryCode: "QA",
    position: 103,
    title: { en: "Working in Qatar", sw: "Kufanya kazi Qatar" },
    summary: {
      en: "Your rights under Qatar's domestic-worker and minimum-wage laws, and the Kenyan embassy there.",
      sw: "Haki zako chini ya sheria za Qatar za wafanyakazi wa nyumbani na kima cha chini cha mshahara, na ubalozi wa Kenya huko.",
    },
    lessons: [
      {
        title: { en: "Your rights in Qatar", sw: "Haki zako Qatar" },
        body: {
          en: "Under Qatar's Law No. 15 of 2017 and the minimum-wage law of 2020:\n\n- You work **at most 10 hours a day** and have **one paid rest day (24 hours) a week**.\n- You have **3 weeks of paid leave a year**.\n- Your **minimum wage is QAR 1,000 a month**. If your employer does not give you housing, add **QAR 500**; if not food, add **QAR 300**.\n- Your employer provides **housing, food and medical care free**, and a **ticket home every 2 years**.\n- After a year of work you are owed **at least 3 weeks' wage for every year** as end-of-service pay.\n- A licensed recruiter may **not take any fee** from you.\n- You must be **between 18 and 60**.",
          sw: "Chini ya Sheria ya Qatar Na. 15 ya 2017 na sheria ya kima cha chini cha mshahara ya 2020:\n\n- Unafanya kazi **kwa saa zisizozidi 10 kwa siku** na una **siku moja ya mapumziko yenye malipo (saa 24) kila wiki**.\n- Una **wiki 3 za likizo yenye malipo kwa mwaka**.\n- **Kima chako cha chini cha mshahara ni QAR 1,000 kwa mwezi**. Mwajiri asipokupa makazi, ongeza **QAR 500**; asipokupa chakula, ongeza **QAR 300**.\n- Mwajiri wako anatoa **makazi, chakula na matibabu bure**, na **tiketi ya kwenda nyumbani kila miaka 2**.\n- Baada ya mwaka wa kazi unastahili **angalau mshahara wa wiki 3 kwa kila mwaka** kama malipo ya kumaliza kazi.\n- Wakala mwenye leseni **haruhusiwi kuchukua ada yoyote** kutoka kwako.\n- Lazima uwe **kati ya miaka 18 na 60**.",
        },
      },
      {
        title: { en: "Help in Qatar", sw: "Msaada ukiwa Qatar" },
        body: {
          en: "- **Embassy of Kenya, Doha** — has a labour attaché. West Bay, Zone 66, Street 840, House 131. Phone +974 4493 1870.\n- **Qatar Ministry of Labour hotline: 16008**.\n- **Diaspora Response Centre** (Kenya, 24 hours): +254 207 876 000, WhatsApp +254 114 757 002.",
          sw: "- **Ubalozi wa Kenya, Doha** — una mwambata wa kazi. West Bay, Zone 66, Street 840, House 131. Simu +974 4493 1870.\n- **Nambari ya Wizara ya Kazi ya Qatar: 16008**.\n- **Kituo cha Kushughulikia Wakenya wa Ughaibuni** (Kenya, saa 24): +254 207 876 000, WhatsApp +254 114 757 002.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "Your employer in Qatar gives you food but not housing. What is your minimum monthly pay?",
          sw: "Mwajiri wako Qatar anakupa chakula lakini si makazi. Malipo yako ya chini kwa mwezi ni kiasi gani?",
        },
        options: [
          { en: "QAR 1,000", sw: "QAR 1,000" },
          { en: "QAR 1,500", sw: "QAR 1,500" },
          { en: "QAR 1,800", sw: "QAR 1,800" },
        ],
        correct: 1,
        explanation: {
          en: "QAR 1,000 basic plus QAR 500 for housing not provided. Food is provided, so no food allowance.",
          sw: "QAR 1,000 za msingi pamoja na QAR 500 kwa makazi yasiyotolewa. Chakula kinatolewa, kwa hivyo hakuna posho ya chakula.",
        },
      },
      {
        prompt: {
          en: "How many hours a day may you be made to work in Qatar?",
          sw: "Unaweza kufanyishwa kazi saa ngapi kwa siku Qatar?",
        },
        options: [
          { en: "At most 10", sw: "Zisizozidi 10" },
          { en: "At most 14", sw: "Zisizozidi 14" },
          { en: "No limit", sw: "Hakuna kikomo" },
        ],
        correct: 0,
        explanation: {
          en: "Qatar's law caps domestic work at 10 hours a day.",
          sw: "Sheria ya Qatar inaweka kikomo cha saa 10 kwa siku kwa kazi ya nyumbani.",
        },
      },
      {
        prompt: {
          en: "What is the Qatar Ministry of Labour hotline?",
          sw: "Nambari ya Wizara ya Kazi ya Qatar ni ipi?",
        },
        options: [
          { en: "0800 222 223", sw: "0800 222 223" },
          { en: "16008", sw: "16008" },
          { en: "8001000352", sw: "8001000352" },
        ],
        correct: 1,
        explanation: {
          en: "16008 is the Ministry's line for labour complaints. In danger, call 999, Qatar's emergency number. 0800 222 223 is NEA's line in Kenya.",
          sw: "16008 ni nambari ya Wizara kwa malalamiko ya kazi. Ukiwa hatarini, piga 999, nambari ya dharura ya Qatar. 0800 222 223 ni ya NEA nchini Kenya.",
        },
      },
    ],
  },
];
