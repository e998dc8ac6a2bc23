// Attacker's test (issue 15, low): dates of birth such as 9999-12-31 were accepted.
import { describe, expect, it } from "vitest";
import { isBirthDate, nairobiToday } from "~/utils/validation";
import { NewContractSchema } from "~/domain/contracts/contracts.schema";
import { ProfileSchema } from "~/domain/workers/profile.schema";

describe("dates of birth", () => {
  const now = new Date("2026-11-30T22:30:00Z"); // already 1 December in Nairobi (UTC+3)

  it("are real dates from 1900 to today in Nairobi", () => {
    expect(nairobiToday(now)).toBe("2026-12-01");
    for (const v of ["9999-12-31", "2026-12-02", "1899-12-31", "2026-02-30", "1990-1-1", ""])
      expect(isBirthDate(v, now)).toBe(false);
    for (const v of ["1990-05-01", "1900-01-01", "2026-12-01"])
      expect(isBirthDate(v, now)).toBe(true);
  });

  it("are refused where an agency or a worker types one", () => {
    const contract = {
      jobOrderId: "01900000-0000-7000-8000-000000000000",
      firstName: "Amina",
      lastName: "Otieno",
      nationalId: "30000001",
      phone: "0712 345 678",
    };
    expect(NewContractSchema.safeParse({ ...contract, dateOfBirth: "9999-12-31" }).success).toBe(
      false,
    );
    expect(NewContractSchema.safeParse({ ...contract, dateOfBirth: "1996-02-02" }).success).toBe(
      true,
    );
    expect(
      ProfileSchema.safeParse({ firstName: "A", lastName: "B", dateOfBirth: "9999-12-31" }).success,
    ).toBe(false);
  });
});
