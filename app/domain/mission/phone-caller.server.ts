// Who is calling, by USSD or SMS, with which PIN: the registrations abroad that gave the caller's
// number, and the one whose worker's check-in PIN verifies. Shared by check-ins by phone and the
// terms questions by phone (issue 19 §1), so a PIN is tried, counted and locked one way.
import { hitRateLimit, isRateLimited } from "~/auth/rate-limit.server";
import { verifyPassword } from "~/auth/crypto.server";
import { db } from "~/utils/db.server";
import type { RegistrationStatus } from "./checkin.rules";
import { PIN_PATTERN } from "./mission.schema";

/**
 * Wrong PINs from one calling number against one worker before that number may no longer try her
 * PIN for PIN_LOCK_MS (a 4-digit PIN cannot be walked). Counted per number and worker:
 * - not per worker alone: whoever holds another number on her record (her Kenyan phone, typed by an
 *   agency) must not lock her check-ins from her own phone abroad (an independent review);
 * - not per number alone: numbers are typed freely, and a lock any worker could lift by typing the
 *   number and setting her own PIN let her PIN be guessed without end (another review).
 * Only her own new PIN lifts her locks. Only the numbers on her record can try her PIN at all.
 */
export const PIN_FAILURES_ALLOWED = 5;
const PIN_LOCK_MS = 24 * 3600_000;
export const pinKey = (digits: string, workerId: string) => `checkin-pin:${digits}:${workerId}`;

const ABROAD: RegistrationStatus[] = ["ARRIVED", "ACTIVE", "UNREACHABLE"];

/** At most this many registrations abroad are tried for one caller's number. */
const MAX_CANDIDATES = 5;

const candidateSelect = {
  id: true,
  mission: { select: { emergencyPhone: true, phone: true } },
  worker: {
    select: {
      id: true,
      checkInPinHash: true,
      checkInPinSetAt: true,
      user: { select: { locale: true } },
    },
  },
} as const;

export type Candidate = {
  id: string;
  mission: { emergencyPhone: string | null; phone: string | null };
  worker: {
    id: string;
    checkInPinHash: string | null;
    checkInPinSetAt: Date | null;
    user: { locale: string } | null;
  };
};

export type Refusal = "NO_PIN" | "WRONG_PIN" | "LOCKED";

export type Caller =
  /** Nobody abroad gave this number. */
  | null
  | { verified: Candidate; candidates: Candidate[] }
  | { verified: null; candidates: Candidate[]; reasons: Map<string, Refusal> };

/** The mission's number a worker abroad is told to call. */
export const emergencyOf = (c: Candidate) => c.mission.emergencyPhone ?? c.mission.phone;

/**
 * The registrations abroad that gave this number (her phone abroad, or her Kenyan phone); workers
 * type numbers freely, so there may be several. The one whose PIN verifies is the caller; otherwise
 * each is refused with its reason, and a wrong PIN is counted against that worker from this number.
 */
export async function identifyCaller(digits: string, pin: string): Promise<Caller> {
  const byPhoneAbroad = await db.missionRegistration.findMany({
    where: { phoneAbroad: `+${digits}`, status: { in: ABROAD } },
    orderBy: { createdAt: "desc" },
    take: MAX_CANDIDATES,
    select: candidateSelect,
  });
  const byKenyanPhone = await db.missionRegistration.findMany({
    where: { worker: { phone: digits }, status: { in: ABROAD } },
    orderBy: { createdAt: "desc" },
    take: MAX_CANDIDATES,
    select: candidateSelect,
  });
  const candidates = [...byPhoneAbroad, ...byKenyanPhone]
    .filter((r, i, all) => all.findIndex((x) => x.id === r.id) === i)
    .slice(0, MAX_CANDIDATES);
  if (!candidates.length) return null;

  const reasons = new Map<string, Refusal>();
  const countFailures = async () => {
    // A wrong PIN from this number against each worker it was tried on (atomic across servers).
    for (const reg of candidates)
      if (reasons.get(reg.id) === "WRONG_PIN")
        await hitRateLimit(pinKey(digits, reg.worker.id), PIN_FAILURES_ALLOWED, PIN_LOCK_MS);
  };
  for (const reg of candidates) {
    const { worker } = reg;
    if (!worker.checkInPinHash) reasons.set(reg.id, "NO_PIN");
    else if (await isRateLimited(pinKey(digits, worker.id), PIN_FAILURES_ALLOWED))
      reasons.set(reg.id, "LOCKED");
    else if (PIN_PATTERN.test(pin) && (await verifyPassword(worker.checkInPinHash, pin))) {
      // Another worker on the same number whose PIN was set just now: she may be setting her own
      // PIN to each guess at a neighbour's (an independent review), so the neighbours tried before
      // her count this as a wrong PIN. A PIN kept for a day costs them nothing.
      if (worker.checkInPinSetAt && Date.now() - worker.checkInPinSetAt.getTime() < PIN_LOCK_MS)
        await countFailures();
      return { verified: reg, candidates };
    } else reasons.set(reg.id, "WRONG_PIN");
  }
  await countFailures();
  return { verified: null, candidates, reasons };
}
