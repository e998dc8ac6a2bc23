import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "~/utils/db.server";
import { countryNames } from "~/domain/reference/countries.server";

describe("country names for every page", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it("come from the reference data in both languages, and the last ones read stay while the database is unreachable", async () => {
    const names = await countryNames();
    expect(names.AE).toEqual({ en: "United Arab Emirates", sw: "Falme za Kiarabu" });
    vi.useFakeTimers({ now: Date.now() + 10 * 60_000, toFake: ["Date"] });
    const read = vi.spyOn(db.country, "findMany").mockRejectedValueOnce(new Error("db down"));
    expect(await countryNames()).toEqual(names);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
