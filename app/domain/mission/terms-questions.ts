// "Is your job what was agreed?" by phone (issue 19 §1): the same six questions as the web form,
// one short screen each, for USSD and for an SMS conversation. The worker answers with a digit;
// only when something is not as agreed is she asked for the number or the city. Pure: her answers
// so far in, the next question (or what she reported) out, in her language.
import { PASSPORT_HOLDERS, type ApprovedTerms, type ReportedTerms } from "./terms-check.rules";
import { translate, type Locale, type MessageKey } from "~/i18n/messages";

type Vars = Record<string, string | number>;
type Got = { set?: Partial<ReportedTerms>; then?: Step } | null;
type Step = { q: MessageKey; vars?: (a: ApprovedTerms) => Vars; read: (answer: string) => Got };

/** A number as typed on a keypad ("1,200", "1 200", "8.5"), within bounds; null otherwise. */
function amount(answer: string, min: number, max: number, decimals: boolean): number | null {
  const v = answer.replace(/[\s,]/g, "");
  if (!(decimals ? /^\d{1,8}(\.\d{1,2})?$/ : /^\d{1,2}$/).test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

const choice = (answer: string, n: number) => {
  const v = answer.trim();
  return /^\d$/.test(v) && Number(v) >= 1 && Number(v) <= n ? Number(v) : null;
};

/** Long names are cut so every screen fits USSD's 182 characters. */
const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 3)}...` : s);

const wageAmount: Step = {
  q: "phoneTerms.wageAmount",
  vars: (a) => ({ currency: a.currency }),
  read: (x) => {
    const n = amount(x, 1, 10_000_000, true);
    return n === null ? null : { set: { monthlyWage: n } };
  },
};
const hoursAmount: Step = {
  q: "phoneTerms.hoursAmount",
  read: (x) => {
    const n = amount(x, 1, 24, false);
    return n === null ? null : { set: { dailyHours: n } };
  },
};
const restAmount: Step = {
  q: "phoneTerms.restAmount",
  read: (x) => {
    const n = amount(x, 0, 7, false);
    return n === null ? null : { set: { weeklyRestDays: n } };
  },
};
const cityName: Step = {
  q: "phoneTerms.cityName",
  read: (x) => {
    const v = x.trim().replace(/\s+/g, " ");
    return /\p{L}/u.test(v) && v.length <= 80 ? { set: { city: v } } : null;
  },
};

/** "1. As agreed" or "2. Not", and then the number. */
const agreedOr = (q: MessageKey, vars: Step["vars"], then: Step): Step => ({
  q,
  vars,
  read: (x) => {
    const c = choice(x, 2);
    return c === 1 ? {} : c === 2 ? { then } : null;
  },
});

const STEPS: Step[] = [
  agreedOr("phoneTerms.wage", (a) => ({ wage: `${a.monthlyWage} ${a.currency}` }), wageAmount),
  agreedOr("phoneTerms.hours", (a) => ({ hours: a.dailyHours }), hoursAmount),
  agreedOr("phoneTerms.rest", (a) => ({ days: a.weeklyRestDays }), restAmount),
  {
    q: "phoneTerms.passport",
    read: (x) => {
      const c = choice(x, PASSPORT_HOLDERS.length);
      return c === null ? null : { set: { passportHeldBy: PASSPORT_HOLDERS[c - 1] } };
    },
  },
  {
    q: "phoneTerms.employer",
    vars: (a) => ({ employer: short(a.employer) }),
    read: (x) => {
      const c = choice(x, 2);
      return c === null ? null : { set: { sameEmployer: c === 1 } };
    },
  },
  {
    q: "phoneTerms.city",
    vars: (a) => ({ city: short(a.city, 40) }),
    read: (x) => {
      const c = choice(x, 2);
      return c === 1 ? {} : c === 2 ? { then: cityName } : null;
    },
  },
];

export type TermsWalk =
  /** The next question, for the answers given so far. */
  | { kind: "ask"; text: string }
  /** Her last answer (number `at`, from 0) does not answer its question, `text`: ask again. */
  | { kind: "invalid"; at: number; text: string }
  /** Every question answered, with `used` answers. */
  | { kind: "done"; reported: ReportedTerms; used: number };

/** Walks her answers through the questions; as agreed unless she says otherwise. */
export function walkTerms(answers: string[], approved: ApprovedTerms, locale: Locale): TermsWalk {
  const reported: ReportedTerms = {
    monthlyWage: approved.monthlyWage,
    dailyHours: approved.dailyHours,
    weeklyRestDays: approved.weeklyRestDays,
    passportHeldBy: "WORKER",
    sameEmployer: true,
    city: approved.city,
  };
  const queue = [...STEPS];
  let i = 0;
  for (let step = queue.shift(); step; step = queue.shift()) {
    const text = translate(locale, step.q, step.vars?.(approved));
    if (i >= answers.length) return { kind: "ask", text };
    const got = step.read(answers[i]!);
    if (!got) {
      // The last answer does not answer: say so and ask again. An earlier one (a USSD session
      // keeps every answer) was asked again already: skip it.
      if (i === answers.length - 1) return { kind: "invalid", at: i, text };
      queue.unshift(step);
      i++;
      continue;
    }
    Object.assign(reported, got.set);
    if (got.then) queue.unshift(got.then);
    i++;
  }
  return { kind: "done", reported, used: i };
}
