// Dates typed by people in Kenya are checked against Kenya's calendar (EAT, UTC+3). CI ran at
// 00:15 in Nairobi (21:15 UTC the day before) and an attaché could not record that a worker arrived
// "today", nor an institution a course that ended today: both were "in the future" by UTC.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ArrivalSchema } from "~/domain/mission/mission.schema";
import { InPersonSchema } from "~/domain/training/providers.schema";
import { isRecentDay, nairobiDay, nairobiToday, nairobiYear } from "~/utils/validation";

const AFTER_MIDNIGHT = new Date("2026-12-01T21:30:00Z"); // 00:30 on 2 December in Nairobi

describe("Nairobi's calendar", () => {
  it("moves by days and months from today in Nairobi", () => {
    expect(nairobiToday(AFTER_MIDNIGHT)).toBe("2026-12-02");
    expect(nairobiDay({ days: 30 }, AFTER_MIDNIGHT)).toBe("2027-01-01");
    expect(nairobiDay({ days: -90 }, AFTER_MIDNIGHT)).toBe("2026-09-03");
    expect(nairobiDay({ months: -24 }, AFTER_MIDNIGHT)).toBe("2024-12-02");
    expect(nairobiYear(new Date("2026-12-31T21:30:00Z"))).toBe(2027);
  });

  it("takes today and the window's first day, and nothing outside them", () => {
    for (const v of ["2026-12-02", "2026-09-03"])
      expect(isRecentDay(v, { days: 90 }, AFTER_MIDNIGHT)).toBe(true);
    for (const v of ["2026-12-03", "2026-09-02", "2026-02-30", ""])
      expect(isRecentDay(v, { days: 90 }, AFTER_MIDNIGHT)).toBe(false);
  });
});

describe("forms checked after midnight in Nairobi", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(AFTER_MIDNIGHT);
  });
  afterEach(() => vi.useRealTimers());

  it("an arrival today is accepted, tomorrow is not", () => {
    expect(ArrivalSchema.safeParse({ intent: "arrive", arrivedOn: "2026-12-02" }).success).toBe(
      true,
    );
    expect(ArrivalSchema.safeParse({ intent: "arrive", arrivedOn: "2026-12-03" }).success).toBe(
      false,
    );
  });

  it("a course that ended today is accepted, tomorrow is not", () => {
    const course = {
      nationalId: "30000001",
      firstName: "Pendo",
      lastName: "Wanjiku",
      dateOfBirth: "1997-08-15",
      course: "Homecare",
      attendanceDays: "21",
      score: "76",
    };
    expect(InPersonSchema.safeParse({ ...course, completedAt: "2026-12-02" }).success).toBe(true);
    expect(InPersonSchema.safeParse({ ...course, completedAt: "2026-12-03" }).success).toBe(false);
  });
});
