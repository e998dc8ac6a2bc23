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

// mm/dd/yyyy (handed over in issue 17): a date typed from an ID or a passport is written day first,
// as they print it; the browser's date box showed month first on an English (US) phone.
describe("dates typed day first", () => {
  it("27/03/1996 and its variants are 1996-03-27; ISO passes unchanged", async () => {
    const { dayFirstToIso, isoToDayFirst } = await import("~/utils/validation");
    for (const v of ["27/03/1996", "27-03-1996", "27.3.1996", " 27 / 3 / 1996 "])
      expect(dayFirstToIso(v)).toBe("1996-03-27");
    expect(dayFirstToIso("1996-03-27")).toBe("1996-03-27");
    expect(isoToDayFirst("1996-03-27")).toBe("27/03/1996");
  });

  it("a profile takes them day first, and refuses a month that does not exist", () => {
    const ok = ProfileSchema.safeParse({
      firstName: "Amina",
      lastName: "Otieno",
      dateOfBirth: "05/06/1996",
      passportNo: "AK0123456",
      passportExpiry: "31/12/2030",
    });
    expect(ok.success && ok.data).toMatchObject({
      dateOfBirth: "1996-06-05",
      passportExpiry: "2030-12-31",
    });
    const bad = ProfileSchema.safeParse({
      firstName: "Amina",
      lastName: "Otieno",
      dateOfBirth: "12/27/1996",
    });
    expect(bad.success).toBe(false);
  });
});
