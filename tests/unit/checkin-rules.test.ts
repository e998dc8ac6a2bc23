// The check-in schedule: day 3, 30, 90 after arrival, then every 90 days; a late answer moves on
// to the next date in the schedule without a backlog; overdue means due and unanswered.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  checkInDue,
  isOverdue,
  nextCheckInAfter,
  STATUS_MOVES,
  expectsCheckIns,
} from "~/domain/mission/checkin.rules";

const arrived = new Date("2027-01-10T00:00:00Z");
const days = (d: Date) => Math.round((d.getTime() - arrived.getTime()) / 86_400_000);

describe("schedule", () => {
  it("is day 3, 30, 90, then every 90 days", () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => days(checkInDue(arrived, n)))).toEqual([
      3, 30, 90, 180, 270, 360,
    ]);
  });

  it("after an answer, the next is the first scheduled date after it", () => {
    expect(days(nextCheckInAfter(arrived, checkInDue(arrived, 0)))).toBe(30);
    expect(days(nextCheckInAfter(arrived, new Date(arrived.getTime() + 100 * 86_400_000)))).toBe(
      180,
    ); // day-90 answered on day 100
    expect(days(nextCheckInAfter(arrived, arrived))).toBe(3);
  });

  it("the next date is always in the future of the answer and at most 90 days away", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 365 }), (d) => {
        const at = new Date(arrived.getTime() + d * 86_400_000);
        const next = nextCheckInAfter(arrived, at);
        return next > at && next.getTime() - at.getTime() <= 90 * 86_400_000;
      }),
    );
  });

  it("overdue means due in the past and not answered", () => {
    const now = new Date("2027-02-01T00:00:00Z");
    expect(isOverdue({ dueAt: new Date("2027-01-13T00:00:00Z"), answeredAt: null }, now)).toBe(
      true,
    );
    expect(isOverdue({ dueAt: new Date("2027-01-13T00:00:00Z"), answeredAt: now }, now)).toBe(
      false,
    );
    expect(isOverdue({ dueAt: new Date("2027-02-09T00:00:00Z"), answeredAt: null }, now)).toBe(
      false,
    );
  });

  it("returned workers are not asked; returned is final", () => {
    expect(STATUS_MOVES.RETURNED).toEqual([]);
    expect(expectsCheckIns("RETURNED")).toBe(false);
    expect(expectsCheckIns("PRE_REGISTERED")).toBe(false);
    expect(expectsCheckIns("UNREACHABLE")).toBe(true);
  });
});
