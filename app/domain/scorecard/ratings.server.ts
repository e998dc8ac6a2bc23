// A deployed worker rates the agency that deployed her (issue 19 §3). Only her own registration,
// and only once the mission recorded her arrival (rating.rules.ts); the agency is the
// registration's, never chosen. One rating per deployment: a new answer replaces the old and
// restarts its wait before publication. Never read back by anyone but her; the scorecard reads
// the aggregate (scorecard.server.ts).
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { once } from "~/utils/idempotency.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { DomainError } from "~/domain/errors";
import { notFound } from "~/utils/http.server";
import { isUuid } from "~/utils/validation";
import { mayRate, ratingPublishedFrom, type RatingScore } from "./rating.rules";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

/** Her registration (another's, or none, is not found), with the agency it deployed her through. */
async function ownDeployment(actor: User, registrationId: string) {
  if (!can(actor, "worker:self") || !isUuid(registrationId)) throw notFound();
  const r = await db.missionRegistration.findUnique({
    where: { id: registrationId },
    select: {
      id: true,
      agencyId: true,
      arrivedAt: true,
      worker: { select: { userId: true } },
      agency: { select: { name: true } },
      contract: { select: { country: { select: { nameEn: true, nameSw: true } } } },
      rating: { select: { score: true, recommend: true, ratedAt: true } },
    },
  });
  if (!r || r.worker.userId !== actor.id) throw notFound();
  return r;
}

/** The rating form: her agency, whether she may rate yet, and her rating if she gave one. */
export async function myRating(actor: User, registrationId: string, now = new Date()) {
  const r = await ownDeployment(actor, registrationId);
  return {
    registrationId: r.id,
    agency: r.agency.name,
    country: r.contract.country,
    open: mayRate(r, now),
    rating: r.rating
      ? {
          ...r.rating,
          publishedFrom: ratingPublishedFrom(r.rating.ratedAt),
          final: ratingPublishedFrom(r.rating.ratedAt) <= now,
        }
      : null,
  };
}

/** Her rating of the agency that deployed her; returns when it joins the published average. */
export async function rateAgency(
  actor: User,
  registrationId: string,
  input: { score: RatingScore; recommend: boolean },
  ctx: RequestContext,
  submissionKey: string | null = null,
  now = new Date(),
): Promise<{ publishedFrom: Date }> {
  const r = await ownDeployment(actor, registrationId);
  if (!mayRate(r, now)) throw new DomainError("rating.error.notArrived", { kind: "conflict" });
  // Counted already: a change now would show her old rating leaving the published figures.
  if (r.rating && ratingPublishedFrom(r.rating.ratedAt) <= now)
    throw new DomainError("rating.error.final", { kind: "conflict" });
  return transaction(async (tx) => {
    const done = await once(
      tx,
      { key: submissionKey, actorId: actor.id, action: `agency.rate:${r.id}` },
      async () => {
        // One row per deployment, whoever writes first: a concurrent second answer updates it.
        await tx.$executeRaw`
          INSERT INTO "AgencyRating" ("id", "registrationId", "agencyId", "score", "recommend", "ratedAt")
          VALUES (gen_random_uuid(), ${r.id}::uuid, ${r.agencyId}::uuid, ${input.score},
                  ${input.recommend}, ${now})
          ON CONFLICT ("registrationId") DO UPDATE
            SET "score" = EXCLUDED."score", "recommend" = EXCLUDED."recommend",
                "ratedAt" = EXCLUDED."ratedAt"`;
        // The score is hers alone: the audit says that she rated, not what.
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "agency.rated",
          entityType: "MissionRegistration",
          entityId: r.id,
          ctx,
        });
        return ratingPublishedFrom(now);
      },
      (d) => d.toISOString(),
    );
    return { publishedFrom: done.repeated ? new Date(done.resultRef!) : done.result };
  });
}
