// Safety lessons a fact-check found missing (issue 22 §2), added to the modules they belong to:
// absconding reports, leaving and changing jobs, wages paid into the worker's own account, the
// residence permit, where to complain and by when, sexual harassment, money safety and the Qatar
// Visa Centre. Sources: ../shared/research/kenya-rules.md §3 and §5 and the fact-check of issue 22;
// only what those sources support is taught. Databases made before these lessons get them from the
// migration named safety_lessons.
import type { LessonSeed, QuestionSeed } from "./catalogue.types";

export const SAFETY_ADDITIONS: Record<
  string,
  { lessons: LessonSeed[]; questions: QuestionSeed[] }
> = {
  "staying-safe": {
    lessons: [
      {
        title: {
          en: "Sexual harassment and violence",
          sw: "Unyanyasaji wa kingono na ukatili",
        },
        body: {
          en: "Nobody may touch you, threaten you or ask you for sex. It is a crime in every Gulf country, and you never have to accept it to keep your job.\n\n1. **Get to a safe place**: a room you can lock, a neighbour, a police station, the Kenyan mission.\n2. **In danger, call the local emergency number** (see your country module).\n3. **See a doctor as soon as you can**, even if you are not sure you want to complain: the medical report is evidence.\n4. **Keep evidence**: messages, photos of injuries, dates, places and names. Send copies to someone you trust.\n5. **Tell the Kenyan mission**: they can help you complain, find a shelter and go home if you want to.\n\nSome employers answer a complaint with a false accusation of theft or of running away. Going to the mission or the police **first** protects you.",
          sw: "Hakuna anayeruhusiwa kukugusa, kukutishia au kukuomba ngono. Ni kosa la jinai katika kila nchi ya Ghuba, na hulazimiki kamwe kukubali ili ubaki na kazi yako.\n\n1. **Nenda mahali salama**: chumba unachoweza kufunga, jirani, kituo cha polisi, ubalozi wa Kenya.\n2. **Ukiwa hatarini, piga nambari ya dharura ya nchi hiyo** (angalia moduli ya nchi yako).\n3. **Mwone daktari haraka iwezekanavyo**, hata kama huna uhakika kuwa unataka kulalamika: ripoti ya daktari ni ushahidi.\n4. **Hifadhi ushahidi**: jumbe, picha za majeraha, tarehe, mahali na majina. Tuma nakala kwa mtu unayemwamini.\n5. **Ujulishe ubalozi wa Kenya**: wanaweza kukusaidia kulalamika, kupata makazi salama na kurudi nyumbani ukitaka.\n\nWaajiri wengine hujibu malalamiko kwa kumsingizia mfanyakazi wizi au kutoroka. Kwenda ubalozini au kwa polisi **kwanza** kunakulinda.",
        },
      },
      {
        title: { en: "Keeping your money safe", sw: "Kulinda pesa zako" },
        body: {
          en: '- **Never share your M-Pesa PIN** or your bank card PIN, not with your agent, your employer or a friend.\n- Send money home through registered services (M-Pesa, a bank, a licensed money transfer) in **your own name**.\n- Keep your bank card or wage card yourself. Nobody may keep it "for safety".\n- **"Visa conversion" offers are a common fraud**: someone asks you to pay to change your visa or to move you to a better job. No real employer or licensed agency asks a worker to pay for a visa.\n- An agent who asks for money by M-Pesa before NEA has approved your contract is breaking the law: do not pay, and report the number to NEA.',
          sw: '- **Usimpe mtu yeyote PIN yako ya M-Pesa** au ya kadi ya benki, wala wakala, wala mwajiri, wala rafiki.\n- Tuma pesa nyumbani kupitia huduma zilizosajiliwa (M-Pesa, benki, kampuni ya kutuma pesa yenye leseni) kwa **jina lako mwenyewe**.\n- Shika kadi yako ya benki au ya mshahara mwenyewe. Hakuna anayeruhusiwa kuishika "kwa usalama".\n- **Ahadi za "kubadilisha viza" ni utapeli wa kawaida**: mtu anakuomba ulipe ili abadilishe viza yako au akuhamishie kazi bora. Hakuna mwajiri halisi wala wakala mwenye leseni anayemwomba mfanyakazi alipie viza.\n- Wakala anayekuomba pesa kwa M-Pesa kabla NEA haijaidhinisha mkataba wako anavunja sheria: usilipe, na uripoti nambari yake kwa NEA.',
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "A man in the house touches you against your will. What do you do first?",
          sw: "Mwanamume nyumbani anakugusa bila ridhaa yako. Unafanya nini kwanza?",
        },
        options: [
          {
            en: "Get to a safe place and call for help; tell the mission",
            sw: "Nenda mahali salama na uombe msaada; ujulishe ubalozi",
          },
          {
            en: "Say nothing so that you keep your job",
            sw: "Nyamaza ili ubaki na kazi yako",
          },
          {
            en: "Wait until the end of your contract to tell anyone",
            sw: "Subiri hadi mwisho wa mkataba ndipo umwambie mtu",
          },
        ],
        correct: 0,
        explanation: {
          en: "It is a crime. Your safety comes first; the mission can help you complain and leave. Reporting first also protects you against a false accusation.",
          sw: "Ni kosa la jinai. Usalama wako unatangulia; ubalozi unaweza kukusaidia kulalamika na kuondoka. Kuripoti kwanza pia kunakulinda dhidi ya kusingiziwa.",
        },
      },
      {
        prompt: {
          en: 'Someone offers to "convert your visa" to a better job if you pay by M-Pesa. What is it?',
          sw: 'Mtu anakuahidi "kubadilisha viza yako" kwa kazi bora ukilipa kwa M-Pesa. Ni nini?',
        },
        options: [
          { en: "A fraud: do not pay", sw: "Utapeli: usilipe" },
          { en: "A normal fee", sw: "Ada ya kawaida" },
          { en: "A government service", sw: "Huduma ya serikali" },
        ],
        correct: 0,
        explanation: {
          en: "No real employer or licensed agency asks a worker to pay for a visa. Report the number to NEA.",
          sw: "Hakuna mwajiri halisi wala wakala mwenye leseni anayemwomba mfanyakazi alipie viza. Ripoti nambari hiyo kwa NEA.",
        },
      },
    ],
  },
  "country-sa": {
    lessons: [
      {
        title: {
          en: 'If you are reported as "absconded" (huroob)',
          sw: 'Ukiripotiwa kuwa "umetoroka" (huroob)',
        },
        body: {
          en: "An employer in Saudi Arabia can report a worker to the authorities as having left work without permission (*huroob*). A worker reported this way can lose her legal status and be fined, detained or deported, and employers sometimes file such a report to avoid paying wages or to answer a complaint.\n\n- If you must leave because you are abused or not paid, **go first to the Kenyan mission** (the Riyadh embassy, or the Jeddah consulate's free 24-hour line **8001000352**) or to the police (**911**), so that your side is on record first.\n- **File your own complaint** about unpaid wages or abuse with the Ministry of Human Resources (MHRSD, through Musaned or a labour office). A claim must be filed **within 12 months of the end of the contract**.\n- Keep photos of your passport, residence card (*iqama*), contract and proof of your wages on your phone.\n- The Kenyan embassy in Riyadh has helped Kenyans reported as *huroob* to get emergency travel documents and go home.",
          sw: "Mwajiri nchini Saudi Arabia anaweza kumripoti mfanyakazi kwa mamlaka kuwa ameacha kazi bila ruhusa (*huroob*). Mfanyakazi aliyeripotiwa hivyo anaweza kupoteza uhalali wa kukaa nchini na kutozwa faini, kuzuiliwa au kufukuzwa nchini, na waajiri wengine huripoti hivyo ili wasilipe mishahara au kujibu malalamiko.\n\n- Ukilazimika kuondoka kwa sababu unanyanyaswa au hulipwi, **nenda kwanza kwa ubalozi wa Kenya** (ubalozi wa Riyadh, au nambari ya bure ya saa 24 ya ubalozi mdogo wa Jeddah **8001000352**) au kwa polisi (**911**), ili upande wako urekodiwe kwanza.\n- **Wasilisha malalamiko yako mwenyewe** kuhusu mshahara usiolipwa au unyanyasaji kwa Wizara ya Rasilimali Watu (MHRSD, kupitia Musaned au ofisi ya kazi). Dai lazima liwasilishwe **ndani ya miezi 12 baada ya mkataba kuisha**.\n- Hifadhi kwenye simu yako picha za pasipoti, kadi ya ukaazi (*iqama*), mkataba na ushahidi wa mshahara wako.\n- Ubalozi wa Kenya Riyadh umewasaidia Wakenya walioripotiwa kama *huroob* kupata hati za dharura za kusafiria na kurudi nyumbani.",
        },
      },
      {
        title: {
          en: "Your wages and your residence card",
          sw: "Mshahara wako na kadi yako ya ukaazi",
        },
        body: {
          en: "- Domestic workers' wages in Saudi Arabia are to be paid **electronically, through Musaned**, from January 2026: ask for your wage to go every month into an account or wallet **in your name**, and keep the card and the PIN yourself.\n- Your **residence card (*iqama*)** must be issued after you arrive and renewed before it expires. Without it you can be arrested. The employer pays for it. If it is not issued or renewed, tell the mission.\n- Your contract is on Musaned. If the job, the wage or the hours are not what NEA approved, tell the mission at once.",
          sw: "- Mishahara ya wafanyakazi wa nyumbani nchini Saudi Arabia inapaswa kulipwa **kielektroniki, kupitia Musaned**, kuanzia Januari 2026: omba mshahara wako uingie kila mwezi kwenye akaunti au pochi ya kidijitali **kwa jina lako**, na ushike kadi na PIN mwenyewe.\n- **Kadi yako ya ukaazi (*iqama*)** lazima itolewe baada ya kuwasili na ifanywe upya kabla haijaisha muda. Bila hiyo unaweza kukamatwa. Mwajiri ndiye anailipia. Isipotolewa au kufanywa upya, ujulishe ubalozi.\n- Mkataba wako uko kwenye Musaned. Kazi, mshahara au saa zikiwa tofauti na zile NEA iliidhinisha, ujulishe ubalozi mara moja.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: 'You had to leave your employer in Saudi Arabia because you were not paid. What protects you from a false "huroob" report?',
          sw: 'Ulilazimika kumwacha mwajiri wako Saudi Arabia kwa sababu hukulipwa. Nini kinakulinda dhidi ya ripoti ya uongo ya "huroob"?',
        },
        options: [
          {
            en: "Going first to the Kenyan mission or the police, and filing your own complaint",
            sw: "Kwenda kwanza kwa ubalozi wa Kenya au polisi, na kuwasilisha malalamiko yako mwenyewe",
          },
          { en: "Hiding until your visa ends", sw: "Kujificha hadi viza yako iishe" },
          {
            en: "Paying someone to remove the report",
            sw: "Kumlipa mtu aondoe ripoti",
          },
        ],
        correct: 0,
        explanation: {
          en: "Your side must be on record first. A claim for unpaid wages must be filed within 12 months of the end of the contract.",
          sw: "Upande wako lazima urekodiwe kwanza. Dai la mshahara usiolipwa lazima liwasilishwe ndani ya miezi 12 baada ya mkataba kuisha.",
        },
      },
    ],
  },
  "country-ae": {
    lessons: [
      {
        title: {
          en: "Absconding reports, complaints and your wages",
          sw: "Ripoti za kutoroka, malalamiko na mshahara wako",
        },
        body: {
          en: "- In the UAE an employer may file an **absconding report** with the Ministry of Human Resources and Emiratisation (**MoHRE**) when a domestic worker has been away from work without a valid reason for **5 days**. Such a report can cost you your residence and bring a ban.\n- If you leave because you are abused or not paid, **go first to the Kenyan mission or the police (999)**, and file your own complaint with **MoHRE**: complaints about domestic work start at MoHRE, which tries to settle them before any court.\n- Ask for your wage to be paid through the **Wage Protection System**, into an account or card **in your name**, and keep the card yourself.\n- Your residence visa must be issued after you arrive and renewed before it expires; the employer pays for it.",
          sw: "- Nchini UAE mwajiri anaweza kuwasilisha **ripoti ya kutoroka** kwa Wizara ya Rasilimali Watu (**MoHRE**) mfanyakazi wa nyumbani akikaa mbali na kazi bila sababu halali kwa **siku 5**. Ripoti kama hiyo inaweza kukupotezea ukaazi na kukuletea marufuku.\n- Ukiondoka kwa sababu unanyanyaswa au hulipwi, **nenda kwanza kwa ubalozi wa Kenya au polisi (999)**, na uwasilishe malalamiko yako mwenyewe kwa **MoHRE**: malalamiko ya kazi za nyumbani huanzia MoHRE, ambayo hujaribu kuyamaliza kabla ya mahakama.\n- Omba mshahara wako ulipwe kupitia **Mfumo wa Kulinda Mishahara (WPS)**, kwenye akaunti au kadi **kwa jina lako**, na ushike kadi mwenyewe.\n- Viza yako ya ukaazi lazima itolewe baada ya kuwasili na ifanywe upya kabla haijaisha muda; mwajiri ndiye anailipia.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "In the UAE, where does a complaint about your domestic job start?",
          sw: "Nchini UAE, malalamiko kuhusu kazi yako ya nyumbani yanaanzia wapi?",
        },
        options: [
          {
            en: "The Ministry of Human Resources and Emiratisation (MoHRE)",
            sw: "Wizara ya Rasilimali Watu (MoHRE)",
          },
          { en: "Your recruitment agent in Kenya", sw: "Wakala wako wa ajira nchini Kenya" },
          { en: "Your employer's family", sw: "Familia ya mwajiri wako" },
        ],
        correct: 0,
        explanation: {
          en: "MoHRE handles domestic workers' complaints first. Go to the Kenyan mission or the police first if you are in danger.",
          sw: "MoHRE hushughulikia malalamiko ya wafanyakazi wa nyumbani kwanza. Ukiwa hatarini, nenda kwanza kwa ubalozi wa Kenya au polisi.",
        },
      },
    ],
  },
  "country-qa": {
    lessons: [
      {
        title: {
          en: "Leaving Qatar, changing jobs, false accusations",
          sw: "Kuondoka Qatar, kubadilisha kazi, kusingiziwa",
        },
        body: {
          en: "- **No exit permit**: since January 2020 you do not need your employer's permission to leave Qatar. A domestic worker tells the employer **72 hours** before travelling.\n- **Changing jobs**: you can move to another employer **without a no-objection certificate** from the current one, after giving the notice the law requires.\n- **False accusations**: some employers answer a complaint or a resignation with a report of theft or of running away. If that happens, or if you are threatened with it, go to the Kenyan mission first and file your own complaint with the **Ministry of Labour (16008)**.\n- In danger, call **999**.",
          sw: "- **Hakuna kibali cha kutoka**: tangu Januari 2020 huhitaji ruhusa ya mwajiri wako kuondoka Qatar. Mfanyakazi wa nyumbani humjulisha mwajiri **saa 72** kabla ya kusafiri.\n- **Kubadilisha kazi**: unaweza kuhamia kwa mwajiri mwingine **bila cheti cha kutokuwa na pingamizi** kutoka kwa mwajiri wa sasa, baada ya kutoa notisi inayotakiwa na sheria.\n- **Kusingiziwa**: waajiri wengine hujibu malalamiko au kujiuzulu kwa kuripoti wizi au kutoroka. Hilo likitokea, au ukitishiwa nalo, nenda kwanza kwa ubalozi wa Kenya na uwasilishe malalamiko yako mwenyewe kwa **Wizara ya Kazi (16008)**.\n- Ukiwa hatarini, piga **999**.",
        },
      },
      {
        title: {
          en: "The Qatar Visa Centre in Nairobi",
          sw: "Kituo cha Viza cha Qatar jijini Nairobi",
        },
        body: {
          en: "Recruitment for Qatar may go through the **Qatar Visa Centre in Nairobi**, where the medical check, fingerprints and the signing of the work contract happen before you travel.\n\n- **Read the contract before you sign it** there, in a language you understand.\n- **Compare it with the contract NEA approved** (you can check it on Kazi Salama with its code): the job, the wage, the hours and the rest day must be the same.\n- If anything is different, do not sign, and tell NEA.",
          sw: "Kuajiriwa kwa kazi ya Qatar kunaweza kupitia **Kituo cha Viza cha Qatar jijini Nairobi**, ambapo uchunguzi wa afya, alama za vidole na kutia sahihi mkataba wa kazi hufanyika kabla ya kusafiri.\n\n- **Soma mkataba kabla ya kuutia sahihi** hapo, kwa lugha unayoielewa.\n- **Ulinganishe na mkataba ulioidhinishwa na NEA** (unaweza kuuhakiki kwenye Kazi Salama kwa msimbo wake): kazi, mshahara, saa na siku ya mapumziko lazima viwe sawa.\n- Kitu chochote kikiwa tofauti, usitie sahihi, na uijulishe NEA.",
        },
      },
    ],
    questions: [
      {
        prompt: {
          en: "Do you need your employer's permission to leave Qatar?",
          sw: "Je, unahitaji ruhusa ya mwajiri wako kuondoka Qatar?",
        },
        options: [
          {
            en: "No: a domestic worker tells the employer 72 hours before travelling",
            sw: "Hapana: mfanyakazi wa nyumbani humjulisha mwajiri saa 72 kabla ya kusafiri",
          },
          { en: "Yes, an exit permit", sw: "Ndiyo, kibali cha kutoka" },
          {
            en: "Only with the agency's signature",
            sw: "Kwa sahihi ya wakala tu",
          },
        ],
        correct: 0,
        explanation: {
          en: "Qatar ended exit permits in January 2020. You give 72 hours' notice.",
          sw: "Qatar ilifuta vibali vya kutoka Januari 2020. Unatoa notisi ya saa 72.",
        },
      },
      {
        prompt: {
          en: "At the Qatar Visa Centre you are given a contract that pays less than the one NEA approved. What do you do?",
          sw: "Katika Kituo cha Viza cha Qatar unapewa mkataba unaolipa chini ya ule ulioidhinishwa na NEA. Unafanya nini?",
        },
        options: [
          {
            en: "Do not sign, and tell NEA",
            sw: "Usitie sahihi, na uijulishe NEA",
          },
          {
            en: "Sign: it will be fixed in Qatar",
            sw: "Tia sahihi: itarekebishwa ukifika Qatar",
          },
          { en: "Sign and keep quiet", sw: "Tia sahihi na unyamaze" },
        ],
        correct: 0,
        explanation: {
          en: "A different contract is contract substitution. The approved terms are the ones that protect you.",
          sw: "Mkataba tofauti ni kubadilishwa mkataba. Masharti yaliyoidhinishwa ndiyo yanayokulinda.",
        },
      },
    ],
  },
};
