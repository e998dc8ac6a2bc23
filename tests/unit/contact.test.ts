// How a person names an account: an email or a Kenyan mobile number, in the forms people type.
import { describe, expect, it } from "vitest";
import { kenyanMobile, parseContact } from "~/domain/accounts/contact";

describe("contacts", () => {
  it("reads a Kenyan mobile number in every usual form", () => {
    for (const typed of [
      "0712345678",
      "0712 345 678",
      "+254712345678",
      "254712345678",
      "+254 712-345-678",
    ])
      expect(kenyanMobile(typed), typed).toBe("254712345678");
    expect(kenyanMobile("0112 345 678")).toBe("254112345678");
    expect(kenyanMobile("2541 1234 5678")).toBe("254112345678");
  });

  it("refuses what is not a Kenyan mobile", () => {
    for (const typed of [
      "",
      "0712",
      "+974 5555 1234",
      "0812 345 678",
      "0712abc678",
      "02012345678",
      "07123456789",
    ])
      expect(kenyanMobile(typed), typed).toBeNull();
  });

  it("tells an email from a number", () => {
    expect(parseContact(" Amina@Example.KE ")).toEqual({ email: "amina@example.ke" });
    expect(parseContact("0712 345 678")).toEqual({ phone: "254712345678" });
    expect(parseContact("not an address")).toBeNull();
    expect(parseContact("a@b")).toBeNull();
  });
});
