// Core modules 1–6, written for Kazi Salama in plain English and Kiswahili. Numbers and hotlines
// come from ../shared/research/kenya-rules.md; only values tagged solid or likely are used.
import type { ModuleSeed } from "./catalogue.types";

export const CORE_A: ModuleSeed[] = [
  {
    slug: "safe-migration",
    kind: "CORE",
    position: 1,
    title: { en: "Safe migration and the legal route", sw: "Uhamiaji salama na njia halali" },
    summary: {
      en: "How to go abroad for work the legal way, and how to recognise a fake agent.",
      sw: "Jinsi ya kwenda kufanya kazi ng'ambo kwa njia halali, na jinsi ya kumtambua wakala bandia.",
    },
    lessons: [
      {
        title: {
          en: "Only licensed agencies may recruit you",
          sw: "Ni mawakala wenye leseni tu wanaoweza kukuajiri",
        },
        body: {
          en: 'In Kenya, only a **private employment agency licensed by the National Employment Authority (NEA)** may recruit you for a job abroad.\n\n- Check the agency on Kazi Salama before you give anyone money or documents: search its name or licence number on the home page.\n- A licence can be suspended or revoked. Check again just before you travel.\n- Brokers and "sub-agents" who collect people for an agency are not allowed. Deal with the licensed agency directly, at its registered office.\n\nIf someone promises a job and you cannot find their agency, do not pay and do not hand over your passport. Report them on the *Report a problem* page.',
          sw: 'Nchini Kenya, ni **wakala binafsi wa ajira mwenye leseni ya Mamlaka ya Kitaifa ya Ajira (NEA)** pekee anayeweza kukuajiri kwa kazi ng\'ambo.\n\n- Hakiki wakala kwenye Kazi Salama kabla ya kumpa mtu yeyote pesa au hati: tafuta jina lake au nambari ya leseni kwenye ukurasa wa mwanzo.\n- Leseni inaweza kusimamishwa au kufutwa. Hakiki tena kabla tu ya kusafiri.\n- Madalali na "mawakala wadogo" wanaokusanya watu kwa ajili ya wakala hawaruhusiwi. Shughulika na wakala mwenye leseni moja kwa moja, katika ofisi yake iliyosajiliwa.\n\nMtu akikuahidi kazi na huwezi kumpata wakala wake, usilipe na usimpe pasipoti yako. Mripoti kwenye ukurasa wa *Ripoti tatizo*.',
        },
      },
      {
        title: { en: "The legal steps before you leave", sw: "Hatua halali kabla ya kuondoka" },
        body: {
          en: "A legal journey follows these steps, in order:\n\n1. A **job order** from a real employer, verified by NEA (you can check it at *Verified jobs*).\n2. A **medical check** at an approved clinic.\n3. A **contract approved by the Kenyan government** (NEA, and a Labour Officer who attests it) **before you travel**. Never travel on a contract that has not been approved: you can check yours on Kazi Salama.\n4. **Pre-departure training** and its certificate.\n5. A **work visa** for the job in your contract.\n6. **Departure clearance**, which also registers you with the Kenyan mission in your destination.\n\nA tourist or visit visa is **not** a work permit. People who travel on one to work have no protection and can be arrested or deported.",
          sw: "Safari halali hufuata hatua hizi, kwa mpangilio:\n\n1. **Agizo la kazi** kutoka kwa mwajiri halisi, lililothibitishwa na NEA (unaweza kulihakiki kwenye *Kazi zilizothibitishwa*).\n2. **Uchunguzi wa afya** katika kliniki iliyoidhinishwa.\n3. **Mkataba ulioidhinishwa na serikali ya Kenya** (NEA, na Afisa wa Kazi anayeuthibitisha) **kabla hujasafiri**. Usisafiri kamwe kwa mkataba ambao haujaidhinishwa: unaweza kuhakiki wako kwenye Kazi Salama.\n4. **Mafunzo ya kabla ya kuondoka** na cheti chake.\n5. **Viza ya kazi** kwa kazi iliyo kwenye mkataba wako.\n6. **Kibali cha kuondoka**, ambacho pia kinakusajili kwenye ubalozi wa Kenya katika nchi unakoenda.\n\nViza ya utalii au ya kutembelea **si** kibali cha kazi. Wanaosafiri nayo kufanya kazi hawana ulinzi na wanaweza kukamatwa au kurudishwa.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "Where can you check that an agency is licensed?",
          sw: "Unaweza kuhakiki wapi kwamba wakala ana leseni?",
        },
        options: [
          {
            en: "On NEA's register, for example on Kazi Salama",
            sw: "Kwenye sajili ya NEA, kwa mfano kwenye Kazi Salama",
          },
          {
            en: "By asking the agent to show an office photo",
            sw: "Kwa kumwomba wakala akuonyeshe picha ya ofisi",
          },
          {
            en: "On the agent's social media page",
            sw: "Kwenye ukurasa wa mitandao ya kijamii wa wakala",
          },
        ],
        correct: 0,
        explanation: {
          en: "Only NEA's register is proof. Photos and social media pages can be faked.",
          sw: "Sajili ya NEA pekee ndiyo uthibitisho. Picha na kurasa za mitandao zinaweza kughushiwa.",
        },
      },
      {
        prompt: {
          en: "Is it safe to travel for work on a visit visa?",
          sw: "Je, ni salama kusafiri kufanya kazi kwa viza ya kutembelea?",
        },
        options: [
          {
            en: "Yes, if the agent says the employer will change it later",
            sw: "Ndiyo, wakala akisema mwajiri ataibadilisha baadaye",
          },
          {
            en: "No. You need a work visa that matches your job",
            sw: "Hapana. Unahitaji viza ya kazi inayolingana na kazi yako",
          },
          {
            en: "Yes, if you travel with other workers",
            sw: "Ndiyo, ukisafiri pamoja na wafanyakazi wengine",
          },
        ],
        correct: 1,
        explanation: {
          en: "A visit visa does not allow work. Without a work visa you have no legal protection.",
          sw: "Viza ya kutembelea hairuhusu kazi. Bila viza ya kazi huna ulinzi wa kisheria.",
        },
      },
      {
        prompt: {
          en: "When must the government approve your contract?",
          sw: "Serikali lazima iidhinishe mkataba wako lini?",
        },
        options: [
          { en: "After you arrive abroad", sw: "Baada ya kufika ng'ambo" },
          { en: "Only if there is a problem", sw: "Ikiwa tu kuna tatizo" },
          {
            en: "Before you leave Kenya",
            sw: "Kabla hujaondoka Kenya",
          },
        ],
        correct: 2,
        explanation: {
          en: "Your contract must be approved (NEA and a Labour Officer attest it) before you travel. Never travel on a contract that has not been approved: you can check yours on Kazi Salama.",
          sw: "Mkataba wako lazima uidhinishwe (NEA na Afisa wa Kazi huuthibitisha) kabla hujasafiri. Usisafiri kamwe kwa mkataba ambao haujaidhinishwa: unaweza kuhakiki wako kwenye Kazi Salama.",
        },
      },
    ],
  },
  {
    slug: "your-contract",
    kind: "CORE",
    position: 2,
    title: { en: "Understanding your contract", sw: "Kuelewa mkataba wako" },
    summary: {
      en: "What your contract must say, and what to do if it changes.",
      sw: "Mkataba wako lazima useme nini, na ufanye nini ukibadilishwa.",
    },
    lessons: [
      {
        title: {
          en: "What every contract must state",
          sw: "Kile ambacho kila mkataba lazima useme",
        },
        body: {
          en: "Your contract is your protection. Before you sign, make sure it states:\n\n- the **job** you will do and where;\n- your **monthly wage** and how it is paid;\n- your **working hours** and your **weekly rest day**;\n- your **paid annual leave**;\n- who provides **housing and food**;\n- the **length** of the contract and any probation period;\n- who pays your **ticket home**.\n\nOn Kazi Salama you can read your contract in plain English or Kiswahili under *My contract*, with every rule explained. Never sign a blank page or anything you do not understand.",
          sw: "Mkataba wako ndio ulinzi wako. Kabla ya kutia sahihi, hakikisha unaeleza:\n\n- **kazi** utakayofanya na wapi;\n- **mshahara wako wa mwezi** na jinsi unavyolipwa;\n- **saa zako za kazi** na **siku yako ya mapumziko** kila wiki;\n- **likizo yako ya mwaka yenye malipo**;\n- nani anatoa **makazi na chakula**;\n- **urefu** wa mkataba na muda wowote wa majaribio;\n- nani analipa **tiketi yako ya kurudi nyumbani**.\n\nKwenye Kazi Salama unaweza kusoma mkataba wako kwa Kiingereza rahisi au Kiswahili chini ya *Mkataba wangu*, kila kanuni ikielezwa. Usitie sahihi kwenye karatasi tupu au kitu usichokielewa.",
        },
      },
      {
        title: { en: "Contract substitution", sw: "Kubadilishiwa mkataba" },
        body: {
          en: "Some workers are handed a **different contract on arrival**, with lower pay or a different job. This is called contract substitution, and it is not allowed.\n\n- Keep a copy of your approved contract, and a photo of it on your phone.\n- Your approved contract has a **verification code** and a **fingerprint** of its terms. Anyone can check it at *Verify a code* and see whether a paper matches what NEA approved.\n- If you are asked to sign a new contract, do not sign. Contact the Kenyan mission or the labour attaché.",
          sw: "Baadhi ya wafanyakazi hupewa **mkataba tofauti wanapofika**, wenye mshahara mdogo au kazi tofauti. Hii inaitwa kubadilishiwa mkataba, na hairuhusiwi.\n\n- Weka nakala ya mkataba wako ulioidhinishwa, na picha yake kwenye simu yako.\n- Mkataba wako ulioidhinishwa una **msimbo wa uhakiki** na **alama ya kidole** ya masharti yake. Mtu yeyote anaweza kuuhakiki kwenye *Hakiki msimbo* na kuona kama karatasi inalingana na kile NEA iliidhinisha.\n- Ukiombwa kutia sahihi mkataba mpya, usitie sahihi. Wasiliana na ubalozi wa Kenya au mwambata wa kazi.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "On arrival you are given a new contract with lower pay. What should you do?",
          sw: "Unapofika unapewa mkataba mpya wenye mshahara mdogo. Ufanye nini?",
        },
        options: [
          {
            en: "Sign it, because you are already abroad",
            sw: "Kuutia sahihi, kwa sababu tayari uko ng'ambo",
          },
          {
            en: "Refuse, keep your approved copy and contact the Kenyan mission",
            sw: "Kukataa, kuweka nakala yako iliyoidhinishwa na kuwasiliana na ubalozi wa Kenya",
          },
          {
            en: "Sign it and complain after a year",
            sw: "Kuutia sahihi na kulalamika baada ya mwaka",
          },
        ],
        correct: 1,
        explanation: {
          en: "Contract substitution is not allowed. Your approved contract is the one that counts.",
          sw: "Kubadilishiwa mkataba hakuruhusiwi. Mkataba wako ulioidhinishwa ndio unaohesabika.",
        },
      },
      {
        prompt: {
          en: "Which of these must your contract state?",
          sw: "Kipi kati ya hivi mkataba wako lazima useme?",
        },
        options: [
          {
            en: "Your wage, hours and weekly rest day",
            sw: "Mshahara wako, saa za kazi na siku ya mapumziko ya wiki",
          },
          { en: "Your employer's favourite food", sw: "Chakula anachopenda mwajiri wako" },
          { en: "The agent's personal phone number only", sw: "Nambari ya simu ya wakala pekee" },
        ],
        correct: 0,
        explanation: {
          en: "Wage, hours, rest, leave, housing, food, length and the ticket home must all be written down.",
          sw: "Mshahara, saa, mapumziko, likizo, makazi, chakula, urefu na tiketi ya kurudi lazima viandikwe.",
        },
      },
      {
        prompt: {
          en: "Should you keep a copy of your contract?",
          sw: "Je, unapaswa kuweka nakala ya mkataba wako?",
        },
        options: [
          { en: "No, the employer keeps it", sw: "Hapana, mwajiri ndiye anayeiweka" },
          { en: "Only until you arrive", sw: "Mpaka utakapofika tu" },
          {
            en: "Yes, always, with a photo on your phone",
            sw: "Ndiyo, daima, pamoja na picha kwenye simu yako",
          },
        ],
        correct: 2,
        explanation: {
          en: "Your copy is your proof if anything changes.",
          sw: "Nakala yako ndiyo ushahidi wako jambo lolote likibadilika.",
        },
      },
    ],
  },
  {
    slug: "fees-and-money",
    kind: "CORE",
    position: 3,
    title: { en: "Fees, money and sending money home", sw: "Ada, pesa na kutuma pesa nyumbani" },
    summary: {
      en: "Why you should pay no recruitment fee, and how to keep your wages safe.",
      sw: "Kwa nini hupaswi kulipa ada ya kuajiriwa, na jinsi ya kulinda mshahara wako.",
    },
    lessons: [
      {
        title: { en: "You should pay no recruitment fee", sw: "Hupaswi kulipa ada ya kuajiriwa" },
        body: {
          en: 'The **employer pays** the cost of recruiting you: the agency\'s fee, your visa and work permit, and your ticket. The laws of the UAE, Qatar, Kuwait and Saudi Arabia forbid recruiters from taking fees from workers.\n\n- If an agent asks you for money for "processing", a "visa" or a "job guarantee", **refuse and report it** to NEA on **0800 222 223** (free).\n- If you do pay anything, ask for an official receipt with the agency\'s name and licence number.\n- Your employer may not deduct visa or recruitment costs from your wage.\n\nDebts to agents trap workers: a worker who owes money cannot leave a bad job.',
          sw: '**Mwajiri ndiye analipa** gharama za kukuajiri: ada ya wakala, viza yako na kibali cha kazi, na tiketi yako. Sheria za UAE, Qatar, Kuwait na Saudi Arabia zinakataza mawakala kuchukua ada kutoka kwa wafanyakazi.\n\n- Wakala akikuomba pesa za "kushughulikia", "viza" au "kuhakikisha kazi", **kataa na uripoti** kwa NEA kupitia **0800 222 223** (bure).\n- Ukilipa chochote, omba risiti rasmi yenye jina la wakala na nambari ya leseni.\n- Mwajiri wako hawezi kukata gharama za viza au kuajiriwa kutoka kwa mshahara wako.\n\nMadeni kwa mawakala huwanasa wafanyakazi: mfanyakazi anayedaiwa hawezi kuacha kazi mbaya.',
        },
      },
      {
        title: { en: "Keeping your money safe", sw: "Kulinda pesa zako" },
        body: {
          en: "- Ask for your wage to be paid **into a bank account**. It is proof of what you were paid.\n- Keep your payslips or a note of every payment, with the date.\n- Send money home through **licensed** banks or money-transfer services, not through people you do not know.\n- Agree a budget and a savings goal with your family before you leave.",
          sw: "- Omba mshahara wako ulipwe **kwenye akaunti ya benki**. Ni ushahidi wa ulicholipwa.\n- Weka hati za mishahara au kumbukumbu ya kila malipo, pamoja na tarehe.\n- Tuma pesa nyumbani kupitia benki au huduma za kutuma pesa **zenye leseni**, si kupitia watu usiowajua.\n- Kubaliana na familia yako bajeti na lengo la akiba kabla ya kuondoka.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: 'An agent asks you for KES 200,000 for "processing". What should you do?',
          sw: 'Wakala anakuomba KES 200,000 za "kushughulikia". Ufanye nini?',
        },
        options: [
          { en: "Pay, because everyone pays", sw: "Kulipa, kwa sababu kila mtu analipa" },
          {
            en: "Refuse and report it to NEA on 0800 222 223",
            sw: "Kukataa na kuripoti kwa NEA kupitia 0800 222 223",
          },
          { en: "Borrow the money from a friend", sw: "Kukopa pesa kutoka kwa rafiki" },
        ],
        correct: 1,
        explanation: {
          en: "Recruitment costs are the employer's. Asking a worker for them is a reason to report the agent.",
          sw: "Gharama za kuajiri ni za mwajiri. Kumwomba mfanyakazi ni sababu ya kumripoti wakala.",
        },
      },
      {
        prompt: {
          en: "Why have your wage paid into a bank account?",
          sw: "Kwa nini mshahara wako ulipwe kwenye akaunti ya benki?",
        },
        options: [
          {
            en: "It proves what you were paid and keeps the money safe",
            sw: "Unathibitisha ulicholipwa na kulinda pesa",
          },
          { en: "It makes the employer pay less tax", sw: "Unamfanya mwajiri alipe kodi kidogo" },
          { en: "There is no reason", sw: "Hakuna sababu" },
        ],
        correct: 0,
        explanation: {
          en: "Bank records are proof if wages are late or missing.",
          sw: "Kumbukumbu za benki ni ushahidi mshahara ukichelewa au kukosekana.",
        },
      },
      {
        prompt: {
          en: "May your employer deduct your visa cost from your wage?",
          sw: "Je, mwajiri anaweza kukata gharama ya viza yako kutoka kwa mshahara?",
        },
        options: [
          { en: "Yes, a little every month", sw: "Ndiyo, kidogo kila mwezi" },
          { en: "Yes, if the agent agrees", sw: "Ndiyo, wakala akikubali" },
          { en: "No", sw: "Hapana" },
        ],
        correct: 2,
        explanation: {
          en: "The visa and work permit are the employer's costs.",
          sw: "Viza na kibali cha kazi ni gharama za mwajiri.",
        },
      },
    ],
  },
  {
    slug: "rights-at-work",
    kind: "CORE",
    position: 4,
    title: { en: "Your rights at work in the Gulf", sw: "Haki zako kazini katika nchi za Ghuba" },
    summary: {
      en: "Rest, leave, wages and your passport: what the law gives you.",
      sw: "Mapumziko, likizo, mshahara na pasipoti yako: sheria inakupa nini.",
    },
    lessons: [
      {
        title: { en: "Rest, leave and pay", sw: "Mapumziko, likizo na malipo" },
        body: {
          en: "The details depend on the country (see the country modules), but everywhere:\n\n- You have at least **one full day of rest every week**.\n- You have **daily rest**, including time to sleep. Qatar limits work to 10 hours a day; the UAE gives 12 hours of rest a day.\n- You have **paid annual leave**: for example 30 days a year in the UAE and Kuwait, and 3 weeks in Qatar.\n- Your wage must be paid **in full and on time**, every month.\n- Where there is a minimum wage, you must get at least that: Qatar **QAR 1,000** a month plus housing and food (or allowances for them); Kuwait **KWD 60**.\n- At the end of your contract you are owed **end-of-service pay** where the law provides it.",
          sw: "Maelezo yanategemea nchi (angalia moduli za nchi), lakini kila mahali:\n\n- Una angalau **siku moja kamili ya mapumziko kila wiki**.\n- Una **mapumziko ya kila siku**, pamoja na muda wa kulala. Qatar inapunguza kazi hadi saa 10 kwa siku; UAE inatoa saa 12 za mapumziko kwa siku.\n- Una **likizo ya mwaka yenye malipo**: kwa mfano siku 30 kwa mwaka UAE na Kuwait, na wiki 3 Qatar.\n- Mshahara wako lazima ulipwe **wote na kwa wakati**, kila mwezi.\n- Palipo na kima cha chini cha mshahara, lazima upate angalau hicho: Qatar **QAR 1,000** kwa mwezi pamoja na makazi na chakula (au posho zake); Kuwait **KWD 60**.\n- Mwisho wa mkataba unastahili **malipo ya kumaliza kazi** pale sheria inapoyatoa.",
        },
      },
      {
        title: { en: "Your passport and your health", sw: "Pasipoti yako na afya yako" },
        body: {
          en: "- **You keep your own passport** and residence card. In Saudi Arabia and the UAE an employer or agency may not keep them. In Qatar, Kuwait and Oman the law lets the employer keep your passport only if you ask for that in writing: **never sign such a request**. Wherever you are, you can demand your passport back at any time.\n- You have **sick leave** and **medical care**, paid by your employer in the UAE, Qatar and Kuwait.\n- You may not be made to do dangerous work without protection.\n\nIf your passport is taken, note the date and who took it, and tell the Kenyan mission. On Kazi Salama you can use *Get help* once you are registered with the mission.",
          sw: "- **Unashika pasipoti yako mwenyewe** na kadi ya ukaazi. Saudi Arabia na UAE mwajiri au wakala hawaruhusiwi kuzishika. Qatar, Kuwait na Oman sheria inamruhusu mwajiri kushika pasipoti yako tu ukiomba hivyo kwa maandishi: **usitie sahihi ombi kama hilo kamwe**. Popote ulipo, unaweza kudai pasipoti yako wakati wowote.\n- Una **likizo ya ugonjwa** na **huduma ya matibabu**, zinazolipwa na mwajiri UAE, Qatar na Kuwait.\n- Huwezi kulazimishwa kufanya kazi ya hatari bila kinga.\n\nPasipoti yako ikichukuliwa, andika tarehe na nani aliichukua, na uujulishe ubalozi wa Kenya. Kwenye Kazi Salama unaweza kutumia *Pata msaada* ukishasajiliwa na ubalozi.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "Who should keep your passport?",
          sw: "Nani anapaswa kushika pasipoti yako?",
        },
        options: [
          { en: "Your employer", sw: "Mwajiri wako" },
          { en: "You", sw: "Wewe" },
          { en: "The agency", sw: "Wakala" },
        ],
        correct: 1,
        explanation: {
          en: "Your passport is yours. Nobody else may hold it.",
          sw: "Pasipoti yako ni yako. Hakuna mwingine anayeruhusiwa kuishika.",
        },
      },
      {
        prompt: {
          en: "How many rest days a week are you entitled to at least?",
          sw: "Unastahili angalau siku ngapi za mapumziko kwa wiki?",
        },
        options: [
          { en: "None, if the family is busy", sw: "Hakuna, familia ikiwa na shughuli nyingi" },
          { en: "One full day every month", sw: "Siku moja kamili kila mwezi" },
          { en: "One full day (24 hours) every week", sw: "Siku moja kamili (saa 24) kila wiki" },
        ],
        correct: 2,
        explanation: {
          en: "At least one full day of rest every week is the rule in every destination.",
          sw: "Angalau siku moja kamili ya mapumziko kila wiki ndiyo kanuni katika kila nchi.",
        },
      },
      {
        prompt: {
          en: "What is Qatar's minimum basic wage?",
          sw: "Kima cha chini cha mshahara wa msingi Qatar ni kipi?",
        },
        options: [
          {
            en: "QAR 1,000, plus housing and food or allowances for them",
            sw: "QAR 1,000, pamoja na makazi na chakula au posho zake",
          },
          { en: "QAR 500 in total", sw: "QAR 500 kwa jumla" },
          { en: "Qatar has no minimum wage", sw: "Qatar haina kima cha chini cha mshahara" },
        ],
        correct: 0,
        explanation: {
          en: "Qatar's minimum is QAR 1,000; if housing and food are not given, QAR 500 and QAR 300 are added.",
          sw: "Kima cha chini Qatar ni QAR 1,000; makazi na chakula yasipotolewa, QAR 500 na QAR 300 zinaongezwa.",
        },
      },
    ],
  },
  {
    slug: "culture-daily-life",
    kind: "CORE",
    position: 5,
    title: { en: "Culture, religion and daily life", sw: "Utamaduni, dini na maisha ya kila siku" },
    summary: {
      en: "Living respectfully in a Gulf household, and coping with homesickness.",
      sw: "Kuishi kwa heshima katika nyumba ya Ghuba, na kukabiliana na kukumbuka nyumbani.",
    },
    lessons: [
      {
        title: { en: "Customs and the law", sw: "Desturi na sheria" },
        body: {
          en: "- Islam shapes daily life. During **Ramadan** people fast from dawn to sunset; working hours change, and you should not eat or drink in public during the day.\n- Dress modestly in public. In Saudi Arabia women usually wear an abaya outside.\n- Respect the family's privacy: **do not photograph** the family or their home, and do not post about them on social media.\n- Local laws are strict about alcohol and about what is said or shared online.",
          sw: "- Uislamu unaongoza maisha ya kila siku. Wakati wa **Ramadhani** watu hufunga kuanzia alfajiri hadi machweo; saa za kazi hubadilika, na hupaswi kula au kunywa hadharani mchana.\n- Vaa kwa heshima hadharani. Saudi Arabia wanawake kwa kawaida huvaa abaya nje.\n- Heshimu faragha ya familia: **usipige picha** familia au nyumba yao, na usiweke habari zao kwenye mitandao ya kijamii.\n- Sheria za huko ni kali kuhusu pombe na kuhusu kinachosemwa au kushirikiwa mtandaoni.",
        },
      },
      {
        title: {
          en: "Culture shock and homesickness",
          sw: "Mshtuko wa utamaduni na kukumbuka nyumbani",
        },
        body: {
          en: "Feeling lonely, confused or sad in the first months is common. It helps to:\n\n- keep a **routine** and agree times to call home;\n- stay in touch with other Kenyans and with your mission;\n- write down what worries you and talk about it on your rest day.\n\nIf the sadness does not go away, or you feel hopeless, ask for help: it is not a weakness.",
          sw: "Kujisikia mpweke, kuchanganyikiwa au huzuni katika miezi ya kwanza ni kawaida. Inasaidia:\n\n- kuwa na **ratiba** na kukubaliana nyakati za kupiga simu nyumbani;\n- kuwasiliana na Wakenya wengine na ubalozi wako;\n- kuandika kinachokusumbua na kukizungumzia siku yako ya mapumziko.\n\nHuzuni isipoisha, au ukijisikia huna matumaini, omba msaada: si udhaifu.",
        },
      },
    ],
    questions: [
      {
        prompt: { en: "What changes during Ramadan?", sw: "Nini hubadilika wakati wa Ramadhani?" },
        options: [
          { en: "Nothing changes", sw: "Hakuna kinachobadilika" },
          {
            en: "People fast by day and working hours change",
            sw: "Watu hufunga mchana na saa za kazi hubadilika",
          },
          { en: "Everyone stops working for a month", sw: "Kila mtu huacha kazi kwa mwezi mmoja" },
        ],
        correct: 1,
        explanation: {
          en: "Fasting from dawn to sunset changes the day's rhythm; avoid eating in public during the day.",
          sw: "Kufunga kuanzia alfajiri hadi machweo hubadilisha mpangilio wa siku; epuka kula hadharani mchana.",
        },
      },
      {
        prompt: {
          en: "Why should you not photograph the family you work for?",
          sw: "Kwa nini usipige picha familia unayoifanyia kazi?",
        },
        options: [
          { en: "Because of their privacy and the law", sw: "Kwa sababu ya faragha yao na sheria" },
          { en: "Because phones are not allowed", sw: "Kwa sababu simu haziruhusiwi" },
          { en: "There is no reason", sw: "Hakuna sababu" },
        ],
        correct: 0,
        explanation: {
          en: "Sharing pictures of a family without consent can break the law.",
          sw: "Kushiriki picha za familia bila idhini kunaweza kuvunja sheria.",
        },
      },
      {
        prompt: {
          en: "Which is a healthy way to cope with homesickness?",
          sw: "Ni njia ipi nzuri ya kukabiliana na kukumbuka nyumbani?",
        },
        options: [
          { en: "Stop talking to anyone", sw: "Kuacha kuongea na mtu yeyote" },
          {
            en: "Work without rest so you do not think",
            sw: "Kufanya kazi bila kupumzika ili usifikirie",
          },
          {
            en: "A routine, planned calls home and other Kenyans to talk to",
            sw: "Ratiba, simu zilizopangwa nyumbani na Wakenya wengine wa kuongea nao",
          },
        ],
        correct: 2,
        explanation: {
          en: "Routine and contact with people you trust protect your wellbeing.",
          sw: "Ratiba na mawasiliano na watu unaowaamini hulinda ustawi wako.",
        },
      },
    ],
  },
  {
    slug: "basic-arabic",
    kind: "CORE",
    position: 6,
    title: { en: "Basic Arabic and communication", sw: "Kiarabu cha msingi na mawasiliano" },
    summary: {
      en: "Everyday words, and how to handle a misunderstanding calmly.",
      sw: "Maneno ya kila siku, na jinsi ya kushughulikia kutoelewana kwa utulivu.",
    },
    lessons: [
      {
        title: { en: "Everyday words", sw: "Maneno ya kila siku" },
        body: {
          en: "- Hello: *Marhaba*\n- Peace be upon you (greeting): *As-salamu alaykum*\n- Thank you: *Shukran*\n- Yes / No: *Na'am* / *La*\n- Water: *Maya*\n- Hospital: *Mustashfa*\n- Police: *Shurta*\n\nYour trainer will help you say these well and teach the words used in the home where you will work.",
          sw: "- Habari / Hujambo: *Marhaba*\n- Amani iwe juu yako (salamu): *As-salamu alaykum*\n- Asante: *Shukran*\n- Ndiyo / Hapana: *Na'am* / *La*\n- Maji: *Maya*\n- Hospitali: *Mustashfa*\n- Polisi: *Shurta*\n\nMkufunzi wako atakusaidia kuyatamka vizuri na kukufundisha maneno yanayotumika katika nyumba utakayofanyia kazi.",
        },
      },
      {
        title: { en: "When you do not understand", sw: "Usipoelewa" },
        body: {
          en: "- If you do not understand an instruction, **politely ask for it to be repeated or shown**. Guessing causes more problems than asking.\n- Keep your voice calm in a disagreement, and talk about it later when everyone is calm.\n- Write important instructions down, or ask for them in a message.",
          sw: "- Usipoelewa maagizo, **omba kwa adabu yarudiwe au uonyeshwe**. Kubahatisha husababisha matatizo zaidi kuliko kuuliza.\n- Tuliza sauti yako wakati wa kutokubaliana, na mzungumze baadaye kila mtu akiwa mtulivu.\n- Andika maagizo muhimu, au omba utumiwe kwa ujumbe.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: 'How do you say "thank you" in Arabic?',
          sw: 'Unasemaje "asante" kwa Kiarabu?',
        },
        options: [
          { en: "Shukran", sw: "Shukran" },
          { en: "Marhaba", sw: "Marhaba" },
          { en: "La", sw: "La" },
        ],
        correct: 0,
        explanation: {
          en: "*Shukran* means thank you; *Marhaba* is hello and *La* is no.",
          sw: "*Shukran* ni asante; *Marhaba* ni habari na *La* ni hapana.",
        },
      },
      {
        prompt: {
          en: "You do not understand an instruction. What is best?",
          sw: "Huelewi maagizo. Kipi ni bora?",
        },
        options: [
          { en: "Guess and hope it is right", sw: "Kubahatisha na kutumaini ni sahihi" },
          {
            en: "Politely ask for it to be repeated or shown",
            sw: "Kuomba kwa adabu yarudiwe au uonyeshwe",
          },
          { en: "Ignore it", sw: "Kuyapuuza" },
        ],
        correct: 1,
        explanation: {
          en: "Asking avoids mistakes and shows care for your work.",
          sw: "Kuuliza huepusha makosa na kuonyesha unajali kazi yako.",
        },
      },
      {
        prompt: { en: "What does *Mustashfa* mean?", sw: "*Mustashfa* maana yake nini?" },
        options: [
          { en: "Police", sw: "Polisi" },
          { en: "Water", sw: "Maji" },
          { en: "Hospital", sw: "Hospitali" },
        ],
        correct: 2,
        explanation: {
          en: "*Mustashfa* is hospital; police is *Shurta*.",
          sw: "*Mustashfa* ni hospitali; polisi ni *Shurta*.",
        },
      },
    ],
  },
];
