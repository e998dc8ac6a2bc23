// The editable numbers of a rule set, as form fields. Publishing a new version copies the rest.
import { z } from "zod";
import { isoDate } from "~/utils/validation";
import type { RuleSetData, Sourced, Tag } from "./rule-set";

export const TAGS: readonly Tag[] = ["solid", "likely", "unsure", "placeholder"];

/** Each editable value: where it lives in the rule set and how to read it back. */
export const EDITABLE = [
  { name: "minWage", label: "rules.field.minWage" },
  { name: "blaWageFloor", label: "rules.field.blaWageFloor" },
  { name: "maxDailyHours", label: "rules.field.maxDailyHours" },
  { name: "minWeeklyRestDays", label: "rules.field.minWeeklyRestDays" },
  { name: "annualLeaveDaysPerYear", label: "rules.field.annualLeave" },
  { name: "endOfServiceDaysPerYear", label: "rules.field.endOfService" },
  { name: "probationMaxDays", label: "rules.field.probationMaxDays" },
  { name: "minWorkerAge", label: "rules.field.minWorkerAge" },
  { name: "maxWorkerAge", label: "rules.field.maxWorkerAge" },
] as const;
export type EditableName = (typeof EDITABLE)[number]["name"];

/** Current value (or null), source and tag of each editable field. */
export function editableValues(
  r: RuleSetData,
): Record<EditableName, { value: number | null; src: string; tag: Tag }> {
  const pick = <T>(s: Sourced<T>, value: number | null) => ({ value, src: s.src, tag: s.tag });
  return {
    minWage: pick(r.minWage, r.minWage.value?.amount ?? null),
    blaWageFloor: pick(r.blaWageFloor, r.blaWageFloor.value),
    maxDailyHours: pick(r.maxDailyHours, r.maxDailyHours.value),
    minWeeklyRestDays: pick(r.minWeeklyRestDays, r.minWeeklyRestDays.value),
    annualLeaveDaysPerYear: pick(
      r.annualLeave,
      r.annualLeave.value
        ? Math.ceil((r.annualLeave.value.days * 12) / r.annualLeave.value.perMonths)
        : null,
    ),
    endOfServiceDaysPerYear: pick(r.endOfService, r.endOfService.value?.daysPerYear ?? null),
    probationMaxDays: pick(r.probationMaxDays, r.probationMaxDays.value),
    minWorkerAge: pick(r.minWorkerAge, r.minWorkerAge.value),
    maxWorkerAge: pick(r.maxWorkerAge, r.maxWorkerAge.value),
  };
}

const num = z.preprocess(
  (v) => (v === "" || v === undefined ? null : Number(v)),
  z.number().min(0).max(1_000_000).nullable(),
);
const field = z.object({
  value: num,
  src: z.string().trim().min(2, "rules.error.source").max(300),
  tag: z.enum(["solid", "likely", "unsure", "placeholder"]),
});

export const PublishSchema = z.object({
  effectiveFrom: isoDate(),
  note: z.string().trim().min(5, "rules.error.note").max(1000),
  fields: z.object(
    Object.fromEntries(EDITABLE.map((e) => [e.name, field])) as Record<EditableName, typeof field>,
  ),
});
export type PublishInput = z.infer<typeof PublishSchema>;

export function publishInputFromForm(form: { get(n: string): FormDataEntryValue | null }) {
  const s = (n: string) => String(form.get(n) ?? "");
  return {
    effectiveFrom: s("effectiveFrom"),
    note: s("note"),
    fields: Object.fromEntries(
      EDITABLE.map((e) => [
        e.name,
        { value: s(`${e.name}.value`), src: s(`${e.name}.src`), tag: s(`${e.name}.tag`) },
      ]),
    ),
  };
}

/** The new version's data: the base with the edited values. */
export function applyEdits(base: RuleSetData, f: PublishInput["fields"]): RuleSetData {
  const src = <K extends EditableName>(k: K) => ({ src: f[k].src, tag: f[k].tag });
  const v = (k: EditableName) => f[k].value;
  return {
    ...base,
    minWage: {
      ...src("minWage"),
      value:
        v("minWage") === null ? null : { ...(base.minWage.value ?? {}), amount: v("minWage")! },
    },
    blaWageFloor: { ...src("blaWageFloor"), value: v("blaWageFloor") },
    maxDailyHours: { ...src("maxDailyHours"), value: v("maxDailyHours") },
    minWeeklyRestDays: { ...src("minWeeklyRestDays"), value: v("minWeeklyRestDays") ?? 1 },
    annualLeave: {
      ...src("annualLeaveDaysPerYear"),
      value:
        v("annualLeaveDaysPerYear") === null
          ? null
          : { days: v("annualLeaveDaysPerYear")!, perMonths: 12 },
    },
    endOfService: {
      ...src("endOfServiceDaysPerYear"),
      value:
        v("endOfServiceDaysPerYear") === null
          ? null
          : {
              daysPerYear: v("endOfServiceDaysPerYear")!,
              rule: `${v("endOfServiceDaysPerYear")} days' wage per year of service`,
            },
    },
    probationMaxDays: { ...src("probationMaxDays"), value: v("probationMaxDays") },
    minWorkerAge: { ...src("minWorkerAge"), value: Math.max(18, v("minWorkerAge") ?? 18) },
    maxWorkerAge: { ...src("maxWorkerAge"), value: v("maxWorkerAge") },
  };
}

/** What a proposed version changes, value by value: shown to the official who confirms it. */
export function proposedChanges(base: RuleSetData, fields: PublishInput["fields"]) {
  const before = editableValues(base);
  return EDITABLE.flatMap((e) => {
    const was = before[e.name];
    const now = fields[e.name];
    if (!now || (was.value === now.value && was.src === now.src && was.tag === now.tag)) return [];
    return [{ name: e.name, label: e.label, was, now }];
  });
}
