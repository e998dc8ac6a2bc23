import { describe, expect, it } from "vitest";
import { parseSmsCommand } from "~/domain/ussd/sms-commands";

describe("SMS commands", () => {
  it("reads a check-in in either language, or by digit, with the PIN after it", () => {
    expect(parseSmsCommand("SAWA 4821")).toEqual({
      kind: "checkIn",
      outcome: "OK",
      pin: "4821",
      locale: "sw",
    });
    expect(parseSmsCommand("  ok  4821 ")).toMatchObject({ outcome: "OK", locale: "en" });
    expect(parseSmsCommand("msaada*4821")).toMatchObject({ outcome: "CONCERN", locale: "sw" });
    expect(parseSmsCommand("Help 4821")).toMatchObject({ outcome: "CONCERN", locale: "en" });
    expect(parseSmsCommand("2 4821")).toMatchObject({ outcome: "CONCERN", locale: null });
    expect(parseSmsCommand("1")).toEqual({ kind: "checkIn", outcome: "OK", pin: "", locale: null });
  });

  it("JOB or KAZI with her PIN starts the terms questions, in the word's language", () => {
    expect(parseSmsCommand("kazi 4821")).toEqual({ kind: "terms", pin: "4821", locale: "sw" });
    expect(parseSmsCommand(" Job*4821 ")).toEqual({ kind: "terms", pin: "4821", locale: "en" });
    for (const text of ["JOB", "KAZI", "JOB 4821 now", "Kazi Salama", "kazi ngumu", "JOB 12345"])
      expect(parseSmsCommand(text), text).toEqual({ kind: "unknown" });
  });

  it("anything else is not a command", () => {
    for (const text of ["", "hello", "OK 4821 please", "3 4821", "SAWAA 1234", "4821"])
      expect(parseSmsCommand(text), text).toEqual({ kind: "unknown" });
  });
});
