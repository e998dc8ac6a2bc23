// Core modules 7–11 (see catalogue.core-a.ts for sources).
import type { ModuleSeed } from "./catalogue.types";

export const CORE_B: ModuleSeed[] = [
  {
    slug: "home-care-safety",
    kind: "CORE",
    position: 7,
    title: { en: "Home-care skills and safety", sw: "Ujuzi wa kazi za nyumbani na usalama" },
    summary: {
      en: "Cleaning, laundry and kitchen work done safely.",
      sw: "Usafi, kufua na kazi za jikoni kwa usalama.",
    },
    lessons: [
      {
        title: { en: "Chemicals and appliances", sw: "Kemikali na vifaa vya umeme" },
        body: {
          en: "- **Never mix cleaning products.** Bleach mixed with ammonia or with acids gives off poisonous gas.\n- Open windows when you clean with strong products, and wear gloves.\n- **Switch off and unplug** an appliance before you clean it. Keep water away from sockets.\n- Learn how the cooker and gas work before you use them, and close the gas after cooking.",
          sw: "- **Usichanganye kamwe dawa za kusafisha.** Bleach ikichanganywa na amonia au asidi hutoa gesi yenye sumu.\n- Fungua madirisha unaposafisha kwa dawa kali, na uvae glavu.\n- **Zima na uchomoe** kifaa kabla ya kukisafisha. Weka maji mbali na soketi.\n- Jifunze jinsi jiko na gesi vinavyofanya kazi kabla ya kuvitumia, na ufunge gesi baada ya kupika.",
        },
      },
      {
        title: {
          en: "Kitchen hygiene and working at height",
          sw: "Usafi wa jikoni na kufanya kazi mahali pa juu",
        },
        body: {
          en: "- Wash your hands before handling food. Keep raw meat apart from cooked food, and store food covered and cold.\n- Read laundry labels before washing and ironing.\n- Cleaning **outside windows or balconies high up without protection is dangerous work**. You may refuse it.",
          sw: "- Nawa mikono kabla ya kushika chakula. Tenganisha nyama mbichi na chakula kilichopikwa, na uhifadhi chakula kikiwa kimefunikwa na baridi.\n- Soma lebo za nguo kabla ya kufua na kupiga pasi.\n- Kusafisha **madirisha ya nje au roshani za juu bila kinga ni kazi ya hatari**. Unaweza kukataa.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "Why must you never mix bleach and ammonia?",
          sw: "Kwa nini usichanganye kamwe bleach na amonia?",
        },
        options: [
          { en: "It gives off poisonous gas", sw: "Hutoa gesi yenye sumu" },
          { en: "It wastes product", sw: "Hupoteza dawa bure" },
          { en: "It stains clothes", sw: "Huchafua nguo" },
        ],
        correct: 0,
        explanation: {
          en: "The gas can seriously harm your lungs. Use one product at a time.",
          sw: "Gesi hiyo inaweza kudhuru sana mapafu yako. Tumia dawa moja kwa wakati.",
        },
      },
      {
        prompt: {
          en: "What must you do before cleaning an appliance?",
          sw: "Lazima ufanye nini kabla ya kusafisha kifaa cha umeme?",
        },
        options: [
          { en: "Wet it first", sw: "Kukilowesha kwanza" },
          { en: "Switch it off and unplug it", sw: "Kukizima na kukichomoa" },
          { en: "Nothing", sw: "Hakuna" },
        ],
        correct: 1,
        explanation: {
          en: "Unplugging prevents electric shocks.",
          sw: "Kuchomoa huzuia kushtuka kwa umeme.",
        },
      },
      {
        prompt: {
          en: "You are told to clean outside windows on a high floor without protection. Must you?",
          sw: "Unaambiwa usafishe madirisha ya nje ghorofa ya juu bila kinga. Lazima ufanye?",
        },
        options: [
          { en: "Yes, always", sw: "Ndiyo, daima" },
          { en: "Yes, if you are careful", sw: "Ndiyo, ukiwa mwangalifu" },
          {
            en: "No. It is dangerous work you can refuse",
            sw: "Hapana. Ni kazi ya hatari unayoweza kukataa",
          },
        ],
        correct: 2,
        explanation: {
          en: "Falls from height kill domestic workers every year. Your safety comes first.",
          sw: "Kuanguka kutoka juu huua wafanyakazi wa nyumbani kila mwaka. Usalama wako ni wa kwanza.",
        },
      },
    ],
  },
  {
    slug: "care-first-aid",
    kind: "CORE",
    position: 8,
    title: {
      en: "Childcare, elderly care and first aid",
      sw: "Malezi ya watoto, huduma kwa wazee na huduma ya kwanza",
    },
    summary: {
      en: "Keeping children and older people safe, and what to do in an emergency.",
      sw: "Kuwaweka watoto na wazee salama, na nini cha kufanya wakati wa dharura.",
    },
    lessons: [
      {
        title: { en: "Caring safely", sw: "Kutunza kwa usalama" },
        body: {
          en: "- **Never leave a small child alone** near water, a cooker, stairs or an open window.\n- Give medicine **only as the parents or a doctor tell you**.\n- Help older people to move slowly and safely; keep floors dry and clear.\n- Wash your hands before feeding a child and after changing a nappy.",
          sw: "- **Usimwache kamwe mtoto mdogo peke yake** karibu na maji, jiko, ngazi au dirisha lililo wazi.\n- Toa dawa **kama wazazi au daktari wanavyokuagiza tu**.\n- Wasaidie wazee kutembea polepole na kwa usalama; weka sakafu kavu na bila vitu.\n- Nawa mikono kabla ya kumlisha mtoto na baada ya kubadilisha nepi.",
        },
      },
      {
        title: { en: "First aid basics", sw: "Misingi ya huduma ya kwanza" },
        body: {
          en: "- **Minor burn:** cool it under running water for about 20 minutes. Do not put butter, oil or toothpaste on it.\n- **Bleeding:** press firmly on the wound with a clean cloth.\n- **Choking, cannot breathe:** call for help at once and use back blows and abdominal thrusts as your trainer showed you.\n- For anything serious, **call the emergency number** of the country and tell the family.\n\nYour in-person course includes practice: first aid is learned with your hands, not only by reading.",
          sw: "- **Kuungua kidogo:** poza kwa maji yanayotiririka kwa takriban dakika 20. Usipake siagi, mafuta au dawa ya meno.\n- **Kutokwa na damu:** bonyeza jeraha kwa nguvu kwa kitambaa safi.\n- **Kukabwa, hawezi kupumua:** ita msaada mara moja na utumie mapigo ya mgongoni na kusukuma tumbo kama mkufunzi wako alivyokuonyesha.\n- Kwa jambo lolote zito, **piga nambari ya dharura** ya nchi hiyo na uijulishe familia.\n\nKozi yako ya ana kwa ana inajumuisha mazoezi: huduma ya kwanza hujifunzwa kwa mikono, si kwa kusoma tu.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "What is the first aid for a minor burn?",
          sw: "Huduma ya kwanza kwa kuungua kidogo ni ipi?",
        },
        options: [
          { en: "Butter or oil", sw: "Siagi au mafuta" },
          {
            en: "Cool running water for about 20 minutes",
            sw: "Maji baridi yanayotiririka kwa takriban dakika 20",
          },
          { en: "Cover it tightly at once", sw: "Kufunika kwa nguvu mara moja" },
        ],
        correct: 1,
        explanation: {
          en: "Running water cools the burn; butter and oil keep the heat in.",
          sw: "Maji yanayotiririka hupoza; siagi na mafuta huhifadhi joto.",
        },
      },
      {
        prompt: {
          en: "May you give a child medicine without permission?",
          sw: "Je, unaweza kumpa mtoto dawa bila ruhusa?",
        },
        options: [
          {
            en: "No. Only as the parents or a doctor tell you",
            sw: "Hapana. Kama wazazi au daktari wanavyoagiza tu",
          },
          { en: "Yes, if the child has a fever", sw: "Ndiyo, mtoto akiwa na homa" },
          { en: "Yes, half the adult dose", sw: "Ndiyo, nusu ya kipimo cha mtu mzima" },
        ],
        correct: 0,
        explanation: {
          en: "Wrong medicine or doses can harm a child badly.",
          sw: "Dawa au vipimo visivyo sahihi vinaweza kumdhuru mtoto vibaya.",
        },
      },
      {
        prompt: {
          en: "Where should a small child never be left alone?",
          sw: "Mtoto mdogo hapaswi kuachwa peke yake wapi?",
        },
        options: [
          { en: "In a room with an adult", sw: "Katika chumba chenye mtu mzima" },
          { en: "In a playpen you can see", sw: "Katika kizimba cha kuchezea unachokiona" },
          {
            en: "Near water, a cooker or an open window",
            sw: "Karibu na maji, jiko au dirisha lililo wazi",
          },
        ],
        correct: 2,
        explanation: {
          en: "Drowning, burns and falls happen in seconds.",
          sw: "Kuzama, kuungua na kuanguka hutokea kwa sekunde.",
        },
      },
    ],
  },
  {
    slug: "health-wellbeing",
    kind: "CORE",
    position: 9,
    title: { en: "Health and wellbeing", sw: "Afya na ustawi" },
    summary: {
      en: "Looking after your body and mind, and your right to say no.",
      sw: "Kutunza mwili na akili yako, na haki yako ya kukataa.",
    },
    lessons: [
      {
        title: { en: "Your body, your rights", sw: "Mwili wako, haki zako" },
        body: {
          en: "- You are entitled to **enough food and sleep**, and to rest.\n- **Sexual harassment and abuse are crimes.** You never have to accept them. Report them to the police, the Kenyan mission or the labour authority.\n- Your employer pays for your medical care in the UAE, Qatar and Kuwait. Ask to see a doctor when you are ill.",
          sw: "- Unastahili **chakula na usingizi wa kutosha**, na mapumziko.\n- **Unyanyasaji wa kingono na dhuluma ni uhalifu.** Huna lazima ya kuvikubali kamwe. Viripoti kwa polisi, ubalozi wa Kenya au mamlaka ya kazi.\n- Mwajiri wako analipia matibabu yako UAE, Qatar na Kuwait. Omba kumwona daktari ukiwa mgonjwa.",
        },
      },
      {
        title: { en: "Your mind", sw: "Akili yako" },
        body: {
          en: "Warning signs of serious stress: you **cannot sleep** night after night, you feel **hopeless**, you stop talking to people, or you think of harming yourself.\n\nTalk to someone you trust, call home, or contact the Kenyan mission. Asking for help early protects you.",
          sw: "Dalili za msongo mkubwa wa mawazo: **hupati usingizi** usiku baada ya usiku, unajisikia **huna matumaini**, unaacha kuongea na watu, au unafikiria kujidhuru.\n\nZungumza na mtu unayemwamini, piga simu nyumbani, au wasiliana na ubalozi wa Kenya. Kuomba msaada mapema kunakulinda.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "Must you tolerate sexual harassment by a household member?",
          sw: "Je, lazima uvumilie unyanyasaji wa kingono kutoka kwa mtu wa nyumbani?",
        },
        options: [
          { en: "Yes, to keep the job", sw: "Ndiyo, ili kulinda kazi" },
          {
            en: "No. Report it to the police, the mission or the labour authority",
            sw: "Hapana. Iripoti kwa polisi, ubalozi au mamlaka ya kazi",
          },
          { en: "Only tell your friends", sw: "Waambie marafiki zako tu" },
        ],
        correct: 1,
        explanation: {
          en: "It is a crime. Reporting it protects you and others.",
          sw: "Ni uhalifu. Kuuripoti kunakulinda wewe na wengine.",
        },
      },
      {
        prompt: {
          en: "Which is a sign of serious stress?",
          sw: "Ipi ni dalili ya msongo mkubwa wa mawazo?",
        },
        options: [
          {
            en: "Not sleeping night after night and feeling hopeless",
            sw: "Kukosa usingizi usiku baada ya usiku na kujisikia huna matumaini",
          },
          { en: "Feeling tired after a long day", sw: "Kuchoka baada ya siku ndefu" },
          { en: "Missing your family sometimes", sw: "Kuikumbuka familia yako mara kwa mara" },
        ],
        correct: 0,
        explanation: {
          en: "Lasting sleeplessness and hopelessness need help; ordinary tiredness does not.",
          sw: "Kukosa usingizi kwa muda mrefu na kukosa matumaini kunahitaji msaada; uchovu wa kawaida hauhitaji.",
        },
      },
      {
        prompt: {
          en: "Who pays for your medical care in the UAE, Qatar or Kuwait?",
          sw: "Nani analipia matibabu yako UAE, Qatar au Kuwait?",
        },
        options: [
          { en: "You", sw: "Wewe" },
          { en: "The agency in Kenya", sw: "Wakala aliye Kenya" },
          { en: "Your employer", sw: "Mwajiri wako" },
        ],
        correct: 2,
        explanation: {
          en: "The law in these countries puts medical costs on the employer.",
          sw: "Sheria za nchi hizi zinaweka gharama za matibabu kwa mwajiri.",
        },
      },
    ],
  },
  {
    slug: "staying-safe",
    kind: "CORE",
    position: 10,
    title: { en: "Staying safe and whom to call", sw: "Kukaa salama na nani wa kupigia simu" },
    summary: {
      en: "Signs of trafficking and abuse, and the numbers to save before you leave.",
      sw: "Dalili za usafirishaji haramu wa binadamu na dhuluma, na nambari za kuhifadhi kabla ya kuondoka.",
    },
    lessons: [
      {
        title: { en: "Signs of trafficking", sw: "Dalili za usafirishaji haramu wa binadamu" },
        body: {
          en: "You may be a victim of trafficking if:\n\n- you were **lied to** about the job, the pay or the country;\n- your **passport or phone was taken**;\n- you are **locked in** or not allowed to leave;\n- you are **not paid**, or told you owe a debt you can never repay.\n\nThis is a crime. Kenya has a **National Referral Mechanism** that links victims to shelter, medical care, legal help and the way home.",
          sw: "Huenda wewe ni mwathiriwa wa usafirishaji haramu ikiwa:\n\n- **ulidanganywa** kuhusu kazi, malipo au nchi;\n- **pasipoti au simu yako ilichukuliwa**;\n- **umefungiwa ndani** au huruhusiwi kutoka;\n- **hulipwi**, au unaambiwa unadaiwa deni usiloweza kulipa kamwe.\n\nHuu ni uhalifu. Kenya ina **Utaratibu wa Kitaifa wa Rufaa** unaowaunganisha waathiriwa na makazi salama, matibabu, msaada wa kisheria na njia ya kurudi nyumbani.",
        },
      },
      {
        title: { en: "Numbers to save now", sw: "Nambari za kuhifadhi sasa" },
        body: {
          en: "Save these in your phone **and** write them on a card you keep on you:\n\n- **NEA distress line** (from Kenya, free): **0800 222 223**\n- **Diaspora Response Centre**, 24 hours: **+254 207 876 000**, WhatsApp **+254 114 757 002**\n- Your **Kenyan mission** (see your country module)\n\nRegister with the mission — Kazi Salama does this when your departure clearance is issued — so that they know you are there and can find you in an emergency.",
          sw: "Hifadhi hizi kwenye simu yako **na** uziandike kwenye kadi unayoibeba:\n\n- **Nambari ya dharura ya NEA** (kutoka Kenya, bure): **0800 222 223**\n- **Kituo cha Kushughulikia Wakenya wa Ughaibuni**, saa 24: **+254 207 876 000**, WhatsApp **+254 114 757 002**\n- **Ubalozi wa Kenya** ulio karibu nawe (angalia moduli ya nchi yako)\n\nJisajili na ubalozi — Kazi Salama hufanya hivyo kibali chako cha kuondoka kinapotolewa — ili wajue uko huko na waweze kukupata wakati wa dharura.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "Which of these is a sign of trafficking?",
          sw: "Ipi kati ya hizi ni dalili ya usafirishaji haramu?",
        },
        options: [
          {
            en: "Your passport is taken and you are not paid",
            sw: "Pasipoti yako imechukuliwa na hulipwi",
          },
          { en: "You have one rest day a week", sw: "Una siku moja ya mapumziko kwa wiki" },
          { en: "Your employer pays your ticket", sw: "Mwajiri wako analipia tiketi yako" },
        ],
        correct: 0,
        explanation: {
          en: "Taken documents and unpaid work are warning signs. The others are your rights.",
          sw: "Hati zilizochukuliwa na kazi isiyolipwa ni dalili za hatari. Nyingine ni haki zako.",
        },
      },
      {
        prompt: {
          en: "Which Kenyan line answers 24 hours for Kenyans abroad?",
          sw: "Ni nambari ipi ya Kenya inayojibu saa 24 kwa Wakenya walio ng'ambo?",
        },
        options: [
          { en: "The agency's office line", sw: "Nambari ya ofisi ya wakala" },
          {
            en: "The Diaspora Response Centre, +254 207 876 000",
            sw: "Kituo cha Kushughulikia Wakenya wa Ughaibuni, +254 207 876 000",
          },
          { en: "There is none", sw: "Hakuna" },
        ],
        correct: 1,
        explanation: {
          en: "The Diaspora Response Centre runs day and night, also on WhatsApp +254 114 757 002.",
          sw: "Kituo hicho hufanya kazi mchana na usiku, pia kwa WhatsApp +254 114 757 002.",
        },
      },
      {
        prompt: {
          en: "Why register with the Kenyan mission?",
          sw: "Kwa nini ujisajili na ubalozi wa Kenya?",
        },
        options: [
          { en: "It is needed to get paid", sw: "Inahitajika ili ulipwe" },
          { en: "It is only for tourists", sw: "Ni kwa watalii tu" },
          {
            en: "So they know you are there and can help in an emergency",
            sw: "Ili wajue uko huko na waweze kusaidia wakati wa dharura",
          },
        ],
        correct: 2,
        explanation: {
          en: "A mission cannot help someone it does not know about.",
          sw: "Ubalozi hauwezi kumsaidia mtu usiyemjua.",
        },
      },
    ],
  },
  {
    slug: "travel-and-return",
    kind: "CORE",
    position: 11,
    title: { en: "Travel, arrival and coming home", sw: "Safari, kufika na kurudi nyumbani" },
    summary: {
      en: "Documents for the journey, your first weeks, and leaving with everything you are owed.",
      sw: "Hati za safari, wiki zako za kwanza, na kuondoka ukiwa na kila unachostahili.",
    },
    lessons: [
      {
        title: { en: "The journey and arrival", sw: "Safari na kufika" },
        body: {
          en: "- Your passport must be valid for **at least 6 months** after your contract starts.\n- Carry **copies** of your passport, visa and approved contract, and keep photos of them on your phone and with your family.\n- Your employer arranges your **residence permit** after you arrive.\n- Confirm your arrival with the Kenyan mission on Kazi Salama, and add your address and phone number abroad.",
          sw: "- Pasipoti yako lazima iwe halali kwa **angalau miezi 6** baada ya mkataba wako kuanza.\n- Beba **nakala** za pasipoti, viza na mkataba ulioidhinishwa, na uweke picha zake kwenye simu yako na kwa familia yako.\n- Mwajiri wako ndiye anayeshughulikia **kibali chako cha ukaazi** baada ya kufika.\n- Thibitisha kufika kwako kwa ubalozi wa Kenya kwenye Kazi Salama, na uongeze anwani na nambari yako ya simu ya huko.",
        },
      },
      {
        title: { en: "Leaving and coming home", sw: "Kuondoka na kurudi nyumbani" },
        body: {
          en: "Before you leave at the end of your contract, you should receive:\n\n- **all wages** still owed;\n- **end-of-service pay**, where the law gives it;\n- pay for **unused leave**, where the law gives it;\n- your **ticket home**.\n\nPlan early what you will do with your savings when you return, and tell the mission when you are back.",
          sw: "Kabla ya kuondoka mwisho wa mkataba wako, unapaswa kupokea:\n\n- **mishahara yote** unayodai;\n- **malipo ya kumaliza kazi**, pale sheria inapoyatoa;\n- malipo ya **likizo usiyoitumia**, pale sheria inapoyatoa;\n- **tiketi yako ya kurudi nyumbani**.\n\nPanga mapema utakachofanya na akiba yako utakaporudi, na uujulishe ubalozi ukishafika nyumbani.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "How long must your passport be valid after your contract starts?",
          sw: "Pasipoti yako lazima iwe halali kwa muda gani baada ya mkataba kuanza?",
        },
        options: [
          { en: "At least 1 month", sw: "Angalau mwezi 1" },
          { en: "At least 6 months", sw: "Angalau miezi 6" },
          { en: "It does not matter", sw: "Haijalishi" },
        ],
        correct: 1,
        explanation: {
          en: "Six months is the rule for departure clearance on Kazi Salama.",
          sw: "Miezi sita ndiyo kanuni ya kibali cha kuondoka kwenye Kazi Salama.",
        },
      },
      {
        prompt: {
          en: "What should you receive before going home at the end of your contract?",
          sw: "Unapaswa kupokea nini kabla ya kurudi nyumbani mwisho wa mkataba?",
        },
        options: [
          {
            en: "All wages owed, end-of-service pay where due, and your ticket home",
            sw: "Mishahara yote unayodai, malipo ya kumaliza kazi yanapostahili, na tiketi yako ya kurudi",
          },
          { en: "Only your last month's wage", sw: "Mshahara wa mwezi wa mwisho tu" },
          { en: "Nothing, if you leave on time", sw: "Hakuna, ukiondoka kwa wakati" },
        ],
        correct: 0,
        explanation: {
          en: "Do not leave without your final settlement; the mission can help you claim it.",
          sw: "Usiondoke bila malipo yako ya mwisho; ubalozi unaweza kukusaidia kuyadai.",
        },
      },
      {
        prompt: {
          en: "Who arranges your residence permit after you arrive?",
          sw: "Nani anashughulikia kibali chako cha ukaazi baada ya kufika?",
        },
        options: [
          { en: "You, alone", sw: "Wewe, peke yako" },
          { en: "The Kenyan mission", sw: "Ubalozi wa Kenya" },
          { en: "Your employer", sw: "Mwajiri wako" },
        ],
        correct: 2,
        explanation: {
          en: "The residence permit is the employer's duty and cost.",
          sw: "Kibali cha ukaazi ni wajibu na gharama ya mwajiri.",
        },
      },
    ],
  },
];
