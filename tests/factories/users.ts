import { randomUUID } from "node:crypto";
import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { hashPassword } from "~/auth/crypto.server";
import { lucia } from "~/auth/session.server";
import { requiresSecondFactor } from "~/auth/permissions";

export const TEST_PASSWORD = "correct horse battery";

export async function createUser(
  role: Role,
  over: { email?: string; emailVerified?: boolean } = {},
) {
  const agency = role.startsWith("AGENCY")
    ? await db.agency.create({ data: { name: `Agency ${randomUUID()}`, searchName: "agency" } })
    : null;
  const mission =
    role === "LABOUR_ATTACHE"
      ? await db.mission.findFirstOrThrow({ where: { slug: "riyadh" } })
      : null;
  const provider =
    role === "TRAINING_PROVIDER"
      ? await db.trainingProvider.create({
          data: { name: `Institute ${randomUUID()}`, accreditationNo: `NITA/TEST/${randomUUID()}` },
        })
      : null;
  const email = over.email ?? `${role.toLowerCase()}-${randomUUID()}@test.ke`;
  const user = await db.user.create({
    data: {
      email,
      name: `Test ${role}`,
      role,
      passwordHash: await hashPassword(TEST_PASSWORD),
      emailVerifiedAt: over.emailVerified === false ? null : new Date(),
      agencyId: agency?.id,
      missionId: mission?.id,
      trainingProviderId: provider?.id,
      totpSecret: requiresSecondFactor(role) ? "KAZISALAMADEMOTOTPKEY234567ABCDE" : null,
      totpEnabledAt: requiresSecondFactor(role) ? new Date() : null,
    },
  });
  return { ...user, email }; // made with an email, so its type says so
}

/** A cookie header for a fully signed-in session (second factor done where required). */
export async function sessionCookie(userId: string, opts: { secondFactor?: boolean } = {}) {
  const session = await lucia.createSession(userId, {
    secondFactorAt: opts.secondFactor === false ? null : new Date(),
  });
  return lucia.createSessionCookie(session.id).serialize().split(";")[0]!;
}
