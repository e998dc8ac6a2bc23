// When a worker abroad is asked "are you OK?": 3, 30 and 90 days after arrival, then every 90
// days. One check-in is open at a time; a missed one stays open, and overdue, until it is answered.
// Pure: no database here.

export const FIRST_CHECK_IN_DAYS = [3, 30, 90] as const;
export const CHECK_IN_EVERY_DAYS = 90;
const DAY = 86_400_000;

/** The n-th scheduled check-in (0-based) for a worker who arrived on `arrivedAt`. */
export function checkInDue(arrivedAt: Date, n: number): Date {
  const last = FIRST_CHECK_IN_DAYS[FIRST_CHECK_IN_DAYS.length - 1]!;
  const days =
    n < FIRST_CHECK_IN_DAYS.length
      ? FIRST_CHECK_IN_DAYS[n]!
      : last + (n - FIRST_CHECK_IN_DAYS.length + 1) * CHECK_IN_EVERY_DAYS;
  return new Date(arrivedAt.getTime() + days * DAY);
}

/** The first scheduled check-in strictly after `after` (a late answer does not bring on a backlog). */
export function nextCheckInAfter(arrivedAt: Date, after: Date): Date {
  let n = 0;
  // The schedule is sparse (every 90 days), so this loop is short even after decades.
  while (checkInDue(arrivedAt, n) <= after) n++;
  return checkInDue(arrivedAt, n);
}

export function isOverdue(check: { dueAt: Date; answeredAt: Date | null }, now: Date) {
  return !check.answeredAt && check.dueAt < now;
}

export const REGISTRATION_STATUSES = [
  "PRE_REGISTERED",
  "ARRIVED",
  "ACTIVE",
  "RETURNED",
  "UNREACHABLE",
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** What an attaché may move a registration to from where it is (arrival has its own step). */
export const STATUS_MOVES: Record<RegistrationStatus, readonly RegistrationStatus[]> = {
  PRE_REGISTERED: ["RETURNED"],
  ARRIVED: ["ACTIVE", "UNREACHABLE", "RETURNED"],
  ACTIVE: ["UNREACHABLE", "RETURNED"],
  UNREACHABLE: ["ACTIVE", "RETURNED"],
  RETURNED: [],
};

/** The moves the status form makes; a return home has its own form, which records when and why. */
export function statusFormMoves(status: RegistrationStatus): readonly RegistrationStatus[] {
  return STATUS_MOVES[status].filter((m) => m !== "RETURNED");
}

/**
 * Whether her return may be recorded: where the table allows RETURNED, and on a registration the
 * mission closed as RETURNED before returns were recorded (so it gets its return, and a debrief).
 */
export function mayRecordReturn(status: RegistrationStatus) {
  return STATUS_MOVES[status].includes("RETURNED") || status === "RETURNED";
}

/** Check-ins are asked only of workers abroad and in touch (or being sought). */
export function expectsCheckIns(status: RegistrationStatus) {
  return status === "ARRIVED" || status === "ACTIVE" || status === "UNREACHABLE";
}
