// Accredited training institutions record their trainees' in-person course. The system, never a
// person, later issues the certificate; an institution sees only the trainees it recorded.
import { checkNamedWorker } from "~/domain/workers/identity.server";
import { sameIdentity } from "~/domain/workers/identity.rules";
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { notifyWorker } from "~/notifications/notify.server";
import { maskTail } from "~/domain/workers/profile.schema";
import { once } from "~/utils/idempotency.server";
import { isUuid } from "~/utils/validation";
import type { InPersonInput } from "./providers.schema";
import { DomainError, rateLimited } from "~/domain/errors";
import { forbidden } from "~/utils/http.server";

const PAGE = 50;
const asDate = (v: string) => new Date(`${v}T00:00:00Z`);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

async function ownProvider(actor: User) {
  if (!can(actor, "training:record") || !actor.trainingProviderId) throw forbidden();
  const p = await db.trainingProvider.findUnique({
    where: { id: actor.trainingProviderId },
    select: { id: true, name: true, accreditationNo: true, active: true },
  });
  if (!p) throw forbidden();
  return p;
}

/** The institution and the trainees it recorded, newest first; `nationalId` narrows to one trainee. */
export async function providerView(
  actor: User,
  opts: { nationalId: string | null; after: string | null },
) {
  const provider = await ownProvider(actor);
  const rows = await db.inPersonCompletion.findMany({
    where: {
      providerId: provider.id,
      ...(opts.nationalId ? { worker: { nationalId: opts.nationalId } } : {}),
      ...(isUuid(opts.after) ? { id: { lt: opts.after } } : {}),
    },
    orderBy: { id: "desc" },
    take: PAGE + 1,
    select: {
      id: true,
      course: true,
      attendanceDays: true,
      score: true,
      completedAt: true,
      createdAt: true,
      worker: { select: { firstName: true, lastName: true, nationalId: true } },
    },
  });
  const page = rows.slice(0, PAGE);
  return {
    provider,
    completions: page.map((r) => ({
      id: r.id,
      course: r.course,
      attendanceDays: r.attendanceDays,
      score: r.score,
      completedAt: day(r.completedAt)!,
      recordedAt: r.createdAt.toISOString(),
      trainee: `${r.worker.firstName} ${r.worker.lastName}`,
      nationalId: maskTail(r.worker.nationalId),
    })),
    next: rows.length > PAGE ? page[page.length - 1]!.id : null,
  };
}

/**
 * Records a trainee's in-person course. The trainee is found by national ID; an existing record must
 * carry the same surname and date of birth (the same proof a worker gives to link an account), and
 * a trainee new to the system gets a record an agency or the worker can later find.
 */
export async function recordInPersonCompletion(
  actor: User,
  input: InPersonInput,
  ctx: RequestContext,
  submissionKey: string | null,
) {
  const provider = await ownProvider(actor);
  if (!provider.active) throw new DomainError("provider.error.inactive");
  const named = await checkNamedWorker(actor, input, {
    action: "training.identity_refused",
    summary: { providerId: provider.id },
    ctx,
  });
  if (named.outcome === "limited") throw rateLimited("nationalId");
  if (named.outcome === "mismatch")
    throw new DomainError("provider.error.mismatch", { field: "nationalId", kind: "conflict" });
  return transaction(async (tx) => {
    const r = await once(
      tx,
      { key: submissionKey, actorId: actor.id, action: "training.in_person_recorded" },
      async () => {
        // ON CONFLICT DO NOTHING: two institutions recording the same new trainee at once both find one record.
        await tx.worker.createMany({
          data: [
            {
              firstName: input.firstName,
              lastName: input.lastName,
              nationalId: input.nationalId,
              dateOfBirth: asDate(input.dateOfBirth),
            },
          ],
          skipDuplicates: true,
        });
        const worker = await tx.worker.findUniqueOrThrow({
          where: { nationalId: input.nationalId },
          select: { id: true, lastName: true, dateOfBirth: true, email: true, userId: true },
        });
        await tx.$executeRaw`SELECT 1 FROM "Worker" WHERE "id" = ${worker.id}::uuid FOR UPDATE`;
        // Checked above; again under the row lock, for a record created meanwhile.
        if (!sameIdentity(worker, input))
          throw new DomainError("provider.error.mismatch", {
            field: "nationalId",
            kind: "conflict",
          });
        const completedAt = asDate(input.completedAt);
        const duplicate = await tx.inPersonCompletion.findFirst({
          where: {
            providerId: provider.id,
            workerId: worker.id,
            completedAt,
            course: input.course,
          },
          select: { id: true },
        });
        if (duplicate) throw new DomainError("provider.error.duplicate", { field: "completedAt" });
        const c = await tx.inPersonCompletion.create({
          data: {
            providerId: provider.id,
            workerId: worker.id,
            course: input.course,
            attendanceDays: input.attendanceDays,
            score: input.score,
            completedAt,
            recordedById: actor.id,
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actor: { id: actor.id, role: actor.role },
          action: "training.in_person_recorded",
          entityType: "Worker",
          entityId: worker.id,
          summary: {
            completionId: c.id,
            providerId: provider.id,
            attendanceDays: input.attendanceDays,
            score: input.score,
            completedAt: input.completedAt,
          },
          ctx,
        });
        await notifyWorker(tx, worker.id, {
          key: `in-person:${c.id}:recorded`,
          template: "inPersonRecorded",
          data: {
            provider: provider.name,
            course: input.course,
            score: input.score,
            date: input.completedAt,
          },
        });
        return c.id;
      },
      (id) => id,
    );
    return r.repeated ? r.resultRef : r.result;
  });
}
