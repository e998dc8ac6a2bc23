// Reads the licence application form (plain HTML fields, so it works without JavaScript) into the
// draft shape.
import type { z } from "zod";
import { DraftDetailsSchema, type DraftDetails } from "./licensing.schema";

export const MAX_DIRECTORS = 6;

type FormLike = {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
};

function str(form: FormLike, name: string) {
  const v = form.get(name);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

export function draftFromForm(form: FormLike): unknown {
  const directors = Array.from({ length: MAX_DIRECTORS }, (_, i) => ({
    name: str(form, `directors.${i}.name`),
    nationalId: str(form, `directors.${i}.nationalId`),
    phone: str(form, `directors.${i}.phone`),
  })).filter((d) => d.name || d.nationalId || d.phone);
  return {
    name: str(form, "name"),
    companyRegNo: str(form, "companyRegNo"),
    kraPin: str(form, "kraPin"),
    countyCode: str(form, "countyCode"),
    town: str(form, "town"),
    address: str(form, "address"),
    phone: str(form, "phone"),
    email: str(form, "email"),
    website: str(form, "website"),
    countries: form.getAll("countries").filter((v): v is string => typeof v === "string"),
    directors,
    bondReference: str(form, "bondReference"),
    bondAmountKes: str(form, "bondAmountKes")?.replace(/[,\s]/g, ""),
    bondIssuer: str(form, "bondIssuer"),
    termMonths: str(form, "termMonths"),
  };
}

export function parseDraft(
  form: FormLike,
): { ok: true; value: DraftDetails } | { ok: false; issues: z.core.$ZodIssue[]; value: unknown } {
  const raw = draftFromForm(form);
  const parsed = DraftDetailsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: (parsed.error as z.ZodError).issues,
    value: raw,
  };
}
