// A generic message names its field, in the reader's language, so the error summary says which
// field each "this is required" is about.
import { describe, expect, it } from "vitest";
import { errorText, named, namedParts } from "~/i18n/field-message";
import { translate, type Locale, type MessageKey } from "~/i18n/messages";
import { ProfileSchema } from "~/domain/workers/profile.schema";
import { RegisterSchema } from "~/domain/accounts/accounts.schema";

const t = (locale: Locale) => (key: MessageKey, vars?: Record<string, string | number>) =>
  translate(locale, key, vars);

describe("named generic messages", () => {
  it("say which field, in English and Kiswahili", () => {
    const m = named("error.required", "profile.firstName");
    expect(errorText(m, t("en"))).toBe("First name: this is required.");
    expect(errorText(m, t("sw"))).toBe("Jina la kwanza: sehemu hii ni lazima ijazwe.");
    expect(errorText(named("error.tooLong", "departure.city"), t("sw"))).toBe(
      "Mji: hii ni ndefu mno.",
    );
  });

  it("leave other messages as they were: keys translated, ready text shown as it is", () => {
    expect(errorText("error.email", t("en"))).toBe(translate("en", "error.email"));
    expect(errorText("Already translated text.", t("sw"))).toBe("Already translated text.");
    // Only known generic keys and real labels are read as named; anything else is plain text.
    expect(namedParts("someone@example.com")).toBeNull();
    expect(namedParts("error.required@not.a.key")).toBeNull();
  });

  it("are what the worker's forms answer for an empty field", () => {
    const profile = ProfileSchema.safeParse({ firstName: " ", lastName: "Otieno", languages: [] });
    const first = profile.error!.issues.find((i) => i.path[0] === "firstName")!.message;
    expect(errorText(first, t("en"))).toBe("First name: this is required.");
    const reg = RegisterSchema.safeParse({ name: "Amina", email: "", password: "x".repeat(12) });
    const messages = reg.error!.issues.map((i) => errorText(i.message, t("en")));
    expect(messages).toContain("Email address: this is required.");
    expect(messages).toContain("Repeat the password: this is required.");
  });
});
