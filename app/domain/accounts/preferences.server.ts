// How a person is reached (issue 16): a worker with both an email and a phone chooses the channels
// for her messages; an official may give a mobile for urgent case alerts. The alert number is never
// a way to sign in (officials sign in with a password and a second factor).
import type { User } from "lucia";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { requiresSecondFactor } from "~/auth/permissions";
import { actorOf } from "./accounts.server";
import type { PreferencesInput } from "./accounts.schema";
import { DomainError } from "~/domain/errors";

export async function preferencesOf(user: User) {
  const u = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      messagesBy: true,
      alertPhone: true,
      worker: { select: { email: true, phone: true } },
    },
  });
  // A choice of channels only means something to a worker who has both (a review: a phone-only
  // worker was offered "email only").
  return { ...u, canChoose: !!u.worker?.email && !!u.worker.phone };
}

/** Workers choose their channels; officials their alert mobile. Each keeps only what is theirs. */
export async function setPreferences(user: User, input: PreferencesInput, ctx: RequestContext) {
  const official = requiresSecondFactor(user.role);
  const data =
    user.role === "WORKER"
      ? { messagesBy: input.messagesBy ?? "EMAIL_AND_SMS" }
      : official
        ? { alertPhone: input.alertPhone || null }
        : null;
  if (!data) throw new DomainError("account.error.nothingToSet");
  await transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data });
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "user.preferences_changed",
      entityType: "User",
      entityId: user.id,
      summary: { messagesBy: data.messagesBy ?? null, alertPhone: "alertPhone" in data },
      ctx,
    });
  });
}
