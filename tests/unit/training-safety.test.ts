// What the training teaches must never tell a worker that a real emergency number is wrong.
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "~/domain/training/catalogue.data";
import { EMERGENCY_NUMBERS } from "~/domain/safety/emergency-numbers";
import { wrongEmergencyAnswers } from "~/domain/training/training.rules";
import { RULE_SETS } from "~/domain/compliance/rule-sets.data";

describe("quiz answers about emergency numbers", () => {
  it("no option naming a destination's emergency number is marked wrong, in either language", () => {
    const questions = CATALOGUE.flatMap((m) => m.questions.map((q) => ({ ...q, module: m.slug })));
    const bad = questions.flatMap((q) =>
      wrongEmergencyAnswers(q).map((o) => `${q.module}: "${q.prompt.en}" marks "${o}" wrong`),
    );
    expect(bad).toEqual([]);
  });

  it("finds the number as a whole token, not inside another number", () => {
    const q = (options: string[], correct: number) => ({
      options: options.map((o) => ({ en: o, sw: o })),
      correct,
    });
    expect(wrongEmergencyAnswers(q(["999", "16008"], 1))).toEqual(["999"]);
    expect(wrongEmergencyAnswers(q(["911 (or 999)", "16008"], 0))).toEqual([]);
    expect(wrongEmergencyAnswers(q(["8001000352", "19911"], 0))).toEqual([]); // 911 inside 19911 is not 911
  });

  it("the Saudi module teaches 911 and 999 as the numbers to call in danger", () => {
    const sa = CATALOGUE.find((m) => m.slug === "country-sa")!;
    const danger = sa.questions.find((q) => /danger/.test(q.prompt.en))!;
    expect(danger.options[danger.correct]!.en).toMatch(/\b911\b/);
    expect(danger.options[danger.correct]!.en).toMatch(/\b999\b/);
  });

  it("every destination with a rule set has its emergency numbers, each with a source", () => {
    const destinations = [...new Set(RULE_SETS.map((r) => r.country))].sort();
    expect(EMERGENCY_NUMBERS.map((e) => e.countryCode).sort()).toEqual(destinations);
    for (const e of EMERGENCY_NUMBERS) {
      expect(e.numbers[0]!.number).toMatch(/^\d{3,4}$/);
      expect(e.source.length).toBeGreaterThan(10);
      expect(e.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
