// Mission names: stored in English; a Kiswahili reader gets one built from kind and city.
import { describe, expect, it } from "vitest";
import { missionIn, missionName, missionNames } from "~/i18n/mission-name";

const riyadh = { name: "Embassy of Kenya, Riyadh", kind: "EMBASSY", city: "Riyadh" };
const jeddah = { name: "Consulate-General of Kenya, Jeddah", kind: "CONSULATE", city: "Jeddah" };

describe("mission names", () => {
  it("English shows the official name; Kiswahili is built from kind and city", () => {
    expect(missionName(riyadh, "en")).toBe("Embassy of Kenya, Riyadh");
    expect(missionName(riyadh, "sw")).toBe("Ubalozi wa Kenya, Riyadh");
    expect(missionName(jeddah, "sw")).toBe("Ubalozi Mdogo wa Kenya, Jeddah");
  });

  it("an unknown kind falls back to the stored name", () => {
    expect(missionName({ ...riyadh, kind: "TRADE_OFFICE" }, "sw")).toBe(riyadh.name);
  });

  it("a queued message carries both and renders the one for its language", () => {
    const d = missionNames(jeddah);
    expect(missionIn("sw", d)).toBe("Ubalozi Mdogo wa Kenya, Jeddah");
    expect(missionIn("en", d)).toBe(jeddah.name);
    // Messages queued before both names were carried still render.
    expect(missionIn("sw", { mission: jeddah.name })).toBe(jeddah.name);
  });
});
