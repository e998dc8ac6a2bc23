// Two-way SMS (issue 16): a worker abroad texts the service number. OK / SAWA / 1 with her PIN
// answers her open check-in; HELP / MSAADA / 2 with her PIN answers it as "I need help" and opens a
// case her mission's attachés are alerted to. JOB / KAZI with her PIN asks whether her job is what
// was agreed, one question a message (sms-terms.server.ts, issue 19 §1). Without her PIN nothing is cleared (ADR 0017): the
// attempt is kept as unverified for the mission. Anything else gets how to do it, in both
// languages. The reply goes back by SMS through the outbox, committed with what it reports, and a
// callback the gateway repeats (same message id) is answered once.
import { db, transaction, type Tx } from "~/utils/db.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { checkInByPhone, type PhoneCheckIn } from "~/domain/mission/checkins.server";
import { openWorkerCase } from "~/domain/cases/case-raising.server";
import type { Locale } from "~/i18n/messages";
import { parseSmsCommand } from "./sms-commands";
import { callerAllowed, callerNumber } from "./caller.server";
import { checkInAnswer, SMS_HELP } from "./ussd";
import { phoneTermsFor } from "~/domain/mission/terms-by-phone.server";
import { continueTermsConversation, startTermsConversation } from "./sms-terms.server";

export type InboundSms = { id: string; from: string; text: string };

export async function handleInboundSms(
  sms: InboundSms,
): Promise<"answered" | "repeated" | "limited"> {
  const digits = callerNumber(sms.from);
  if (!digits) return "limited"; // no number to answer
  if (!(await callerAllowed("SMS", digits))) return "limited";
  const command = parseSmsCommand(sms.text);

  /** Records the message and queues the reply, in the transaction of what it answers. */
  const answer = async (tx: Tx, name: string, text: string, locale: Locale) => {
    await tx.inboundSms.create({ data: { id: sms.id, fromNumber: digits, command: name } });
    await enqueueEmail(tx, {
      key: `sms-reply:${sms.id}`,
      channel: "SMS",
      to: digits,
      locale,
      template: "smsText",
      data: { text },
    });
  };

  try {
    if (await alreadyAnswered(sms.id)) return "repeated";
    if (command.kind === "terms") {
      const who = await phoneTermsFor(digits, command.pin);
      await transaction((tx) =>
        startTermsConversation(tx, digits, who, command.locale, (text, locale) =>
          answer(tx, "terms", text, locale),
        ),
      );
      return "answered";
    }
    // Anything but a word command (OK, SAWA, HELP, MSAADA): in a terms conversation, her answer.
    // "1,500" and "2 000" read like a digit and a PIN; in a conversation they are her pay.
    if (command.kind === "unknown" || command.locale === null) {
      const handled = await transaction(async (tx) => {
        const inConversation = await continueTermsConversation(tx, digits, sms.text, (text, l) =>
          answer(tx, "termsAnswer", text, l),
        );
        if (!inConversation && command.kind === "unknown")
          await answer(tx, "unknown", SMS_HELP, "sw");
        return inConversation || command.kind === "unknown";
      });
      if (handled) return "answered";
    }
    if (command.kind !== "checkIn") return "answered";
    const { outcome, pin } = command;
    await checkInByPhone(digits, outcome, pin, "SMS", new Date(), async (tx, r) => {
      const locale = replyLocale(command.locale, r);
      if (outcome === "CONCERN" && r?.verified)
        await openWorkerCase(tx, r.registrationId, {
          category: "OTHER",
          description: "Asked for help by SMS (HELP with her check-in PIN). Call her.",
          actor: null,
        });
      await answer(tx, outcome === "OK" ? "ok" : "help", checkInAnswer(r, outcome, locale), locale);
    });
    return "answered";
  } catch (e) {
    // The same callback twice at once: the second finds the first's record and changes nothing.
    if ((e as { code?: string }).code === "P2002") return "repeated";
    throw e;
  }
}

async function alreadyAnswered(id: string) {
  return (await db.inboundSms.count({ where: { id } })) > 0;
}

/** The word she used is her language; else her account's; else Kiswahili. */
function replyLocale(said: Locale | null, r: PhoneCheckIn | null): Locale {
  if (said) return said;
  if (r?.locale === "en" || r?.locale === "sw") return r.locale;
  return "sw";
}
