// The terms questions by SMS (issue 19 §1): JOB (or KAZI) and her check-in PIN start them; each
// message she sends then answers the next question (terms-questions.ts), until the last records her
// answers as the web form does. The conversation is bound to the registration whose PIN verified,
// lasts CONVERSATION_MINUTES from its last answer, and every step commits with its SMS reply.
import type { Tx } from "~/utils/db.server";
import { translate, type Locale } from "~/i18n/messages";
import type { PhoneTerms } from "~/domain/mission/terms-by-phone.server";
import { openRegistration, recordTermsByPhone } from "~/domain/mission/terms-by-phone.server";
import { approvedOf } from "~/domain/mission/terms-check.server";
import { walkTerms } from "~/domain/mission/terms-questions";
import { notCountedAnswer, termsAnswer } from "./ussd";

/** Short: the conversation answers to her number, not her PIN (whoever holds her phone). */
export const CONVERSATION_MINUTES = 15;
/** A conversation that ended unanswered this long ago is still told it expired (once). */
const EXPIRED_NOTICE_MS = 24 * 3600_000;
const MINUTE = 60_000;

type Reply = (text: string, locale: Locale) => Promise<void>;

/** JOB + PIN: her questions start (an earlier unfinished conversation of this number ends). */
export async function startTermsConversation(
  tx: Tx,
  digits: string,
  who: PhoneTerms,
  locale: Locale,
  reply: Reply,
  now = new Date(),
) {
  if (!who?.verified) return reply(notCountedAnswer(who, locale), locale);
  await tx.smsConversation.updateMany({
    where: { phone: digits, doneAt: null },
    data: { doneAt: now },
  });
  await tx.smsConversation.create({
    data: {
      phone: digits,
      registrationId: who.registrationId,
      locale,
      answers: [],
      expiresAt: new Date(now.getTime() + CONVERSATION_MINUTES * MINUTE),
    },
  });
  const first = walkTerms([], who.approved, locale);
  const question = first.kind === "ask" ? first.text : "";
  return reply(`${translate(locale, "phoneTerms.start")}\n${question}`, locale);
}

type Conversation = {
  id: string;
  registrationId: string;
  locale: string;
  answers: string[];
  expiresAt: Date;
};

/**
 * A message that is not a command, from a number with a conversation: her answer to its question.
 * False when this number has none (the caller answers as to any other message).
 */
export async function continueTermsConversation(
  tx: Tx,
  digits: string,
  text: string,
  reply: Reply,
  now = new Date(),
): Promise<boolean> {
  // Locked: two answers sent at once are taken one after the other.
  const [c] = await tx.$queryRaw<Conversation[]>`
    SELECT "id", "registrationId", "locale", "answers", "expiresAt" FROM "SmsConversation"
    WHERE "phone" = ${digits} AND "doneAt" IS NULL
      AND "expiresAt" > ${new Date(now.getTime() - EXPIRED_NOTICE_MS)}
    ORDER BY "createdAt" DESC LIMIT 1
    FOR UPDATE`;
  if (!c) return false;
  const locale: Locale = c.locale === "en" ? "en" : "sw";
  const close = () => tx.smsConversation.update({ where: { id: c.id }, data: { doneAt: now } });
  if (c.expiresAt <= now) {
    await close();
    await reply(translate(locale, "phoneTerms.expired"), locale);
    return true;
  }
  const r = await openRegistration(tx, c.registrationId);
  if (!r) {
    await close();
    await reply(
      notCountedAnswer({ verified: false, reason: "CLOSED", emergency: null }, locale),
      locale,
    );
    return true;
  }
  const answers = [...c.answers, text.trim().slice(0, 100)];
  const walk = walkTerms(answers, approvedOf(r), locale);
  if (walk.kind === "invalid") {
    await reply(`${translate(locale, "phoneTerms.notUnderstood")}\n${walk.text}`, locale);
    return true;
  }
  if (walk.kind === "ask") {
    await tx.smsConversation.update({
      where: { id: c.id },
      data: { answers, expiresAt: new Date(now.getTime() + CONVERSATION_MINUTES * MINUTE) },
    });
    await reply(walk.text, locale);
    return true;
  }
  const done = await recordTermsByPhone(tx, r, walk.reported, "SMS", c.id);
  await tx.smsConversation.update({ where: { id: c.id }, data: { answers, doneAt: now } });
  await reply(termsAnswer(done, r.mission.emergencyPhone ?? r.mission.phone, locale), locale);
  return true;
}
