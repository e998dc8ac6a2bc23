import { Lucia, TimeSpan, type Adapter, type DatabaseSession, type DatabaseUser } from "lucia";
import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { secureCookies } from "~/utils/env.server";
import { sha256 } from "./crypto.server";

// lucia 3 through a small Prisma adapter that stores only the SHA-256 of each session token:
// a leaked database (or backup) holds no usable session (docs/decisions/0003-sessions.md).
const adapter: Adapter = {
  async getSessionAndUser(sessionId): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const row = await db.session.findUnique({
      where: { id: sha256(sessionId) },
      select: {
        expiresAt: true,
        secondFactorAt: true,
        user: {
          select: {
            id: true,
            email: true,
            phone: true,
            name: true,
            role: true,
            locale: true,
            active: true,
            agencyId: true,
            missionId: true,
            trainingProviderId: true,
            totpEnabledAt: true,
          },
        },
      },
    });
    if (!row || !row.user.active) return [null, null];
    const { user } = row;
    return [
      {
        id: sessionId,
        userId: user.id,
        expiresAt: row.expiresAt,
        attributes: { secondFactorAt: row.secondFactorAt },
      },
      {
        id: user.id,
        attributes: {
          email: user.email,
          phone: user.phone,
          name: user.name,
          role: user.role,
          locale: user.locale,
          agencyId: user.agencyId,
          missionId: user.missionId,
          trainingProviderId: user.trainingProviderId,
          totpEnabled: !!user.totpEnabledAt,
        },
      },
    ];
  },
  async getUserSessions(userId) {
    const rows = await db.session.findMany({ where: { userId } });
    return rows.map((r) => ({
      id: r.id,
      userId: r.userId,
      expiresAt: r.expiresAt,
      attributes: { secondFactorAt: r.secondFactorAt },
    }));
  },
  async setSession(session) {
    await db.session.create({
      data: {
        id: sha256(session.id),
        userId: session.userId,
        expiresAt: session.expiresAt,
        secondFactorAt: session.attributes.secondFactorAt ?? null,
      },
    });
  },
  async updateSessionExpiration(sessionId, expiresAt) {
    await db.session.updateMany({ where: { id: sha256(sessionId) }, data: { expiresAt } });
  },
  async deleteSession(sessionId) {
    await db.session.deleteMany({ where: { id: sha256(sessionId) } });
  },
  async deleteUserSessions(userId) {
    await db.session.deleteMany({ where: { userId } });
  },
  async deleteExpiredSessions() {
    await db.session.deleteMany({ where: { expiresAt: { lte: new Date() } } });
  },
};

export const lucia = new Lucia(adapter, {
  sessionExpiresIn: new TimeSpan(12, "h"),
  sessionCookie: {
    name: "ks_session",
    expires: false,
    attributes: { secure: secureCookies(), sameSite: "lax" },
  },
  getUserAttributes: (a) => a,
  getSessionAttributes: (a) => a,
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: {
      email: string | null;
      phone: string | null;
      name: string;
      role: Role;
      locale: string;
      agencyId: string | null;
      missionId: string | null;
      trainingProviderId: string | null;
      totpEnabled: boolean;
    };
    DatabaseSessionAttributes: { secondFactorAt: Date | null };
  }
}

export async function markSecondFactor(sessionId: string) {
  await db.session.updateMany({
    where: { id: sha256(sessionId) },
    data: { secondFactorAt: new Date() },
  });
}
