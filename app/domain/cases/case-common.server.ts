// What raising and handling cases share: the error type, the case reference, the mission's alert
// and the worker's contact. Split from cases.server.ts.
import { formatDateTime } from "~/ui/format";
import type { User } from "lucia";
import type { CaseCategory, CasePriority } from "~/generated/prisma/enums";
import type { Tx } from "~/utils/db.server";
import { notifyContacts } from "~/notifications/notify.server";
import { nextCounter } from "~/utils/counter.server";
import { formatCaseReference } from "./case.rules";
import { nairobiYear } from "~/utils/validation";

export const actorOf = (u: User) => ({ id: u.id, role: u.role });

export async function newReference(tx: Tx) {
  const year = nairobiYear();
  return formatCaseReference(year, await nextCounter(tx, `case:${year}`));
}

/** Tells every active attaché of the mission (in their language) that a case needs them. */
export async function alertMission(
  tx: Tx,
  missionId: string | null,
  c: { id: string; reference: string; category: CaseCategory; priority: CasePriority; dueAt: Date },
  why: "new" | "escalated",
) {
  if (!missionId) return;
  const attaches = await tx.user.findMany({
    where: { missionId, role: "LABOUR_ATTACHE", active: true },
    select: { id: true, email: true, alertPhone: true, locale: true },
  });
  // Urgent ones also by SMS to the attachés who gave a mobile for alerts: a critical case at once,
  // a critical or high one nobody answered by its deadline (issue 16 §5).
  const urgent = c.priority === "CRITICAL" || (why === "escalated" && c.priority === "HIGH");
  for (const a of attaches) {
    await notifyContacts(
      tx,
      {
        email: a.email,
        phone: urgent ? a.alertPhone : null,
        locale: a.locale === "sw" ? "sw" : "en",
      },
      {
        key: `case:${c.id}:${why}:${a.id}`,
        template: "caseAlert",
        data: {
          reference: c.reference,
          category: c.category,
          priority: c.priority,
          // In Nairobi time, in the attaché's language (the message says so).
          due: formatDateTime(c.dueAt, a.locale === "sw" ? "sw" : "en"),
          escalated: why === "escalated",
        },
      },
    );
  }
}
