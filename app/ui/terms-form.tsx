import type { z } from "zod";
import { PASSPORT_HOLDERS, type ApprovedTerms } from "~/domain/mission/terms-check.rules";
import type { TermsReportSchema } from "~/domain/mission/mission.schema";
import { useT } from "~/i18n/use-t";
import { Field, SelectField } from "~/ui/form";
import { getInputProps, getSelectProps, type useForm } from "~/ui/conform";

type Fields = ReturnType<typeof useForm<z.input<typeof TermsReportSchema>>>[1];

/** The form's first values: the approved terms, her passport with her, the same employer. */
export const termsDefaults = (approved: ApprovedTerms) => ({
  monthlyWage: String(approved.monthlyWage),
  dailyHours: String(approved.dailyHours),
  weeklyRestDays: String(approved.weeklyRestDays),
  passportHeldBy: "WORKER" as const,
  sameEmployer: "yes" as const,
  city: approved.city,
});

/**
 * "Is your job what was agreed?": the questions, each with what was approved. One form for the
 * worker on the web and the attaché recording a visit or a call (issue 19 §1).
 */
export function TermsFields({ fields, approved }: { fields: Fields; approved: ApprovedTerms }) {
  const t = useT();
  const number = { inputMode: "decimal" as const, autoComplete: "off" };
  const was = (value: string | number) => t("terms.approvedValue", { value });
  return (
    <>
      <Field
        id={fields.monthlyWage.id}
        label={t("terms.monthlyWage", { currency: approved.currency })}
        hint={was(`${approved.monthlyWage} ${approved.currency}`)}
        required
        errors={fields.monthlyWage.errors}
        inputProps={{ ...getInputProps(fields.monthlyWage, { type: "text" }), ...number }}
      />
      <Field
        id={fields.dailyHours.id}
        label={t("terms.dailyHours")}
        hint={was(approved.dailyHours)}
        required
        errors={fields.dailyHours.errors}
        inputProps={{ ...getInputProps(fields.dailyHours, { type: "text" }), ...number }}
      />
      <Field
        id={fields.weeklyRestDays.id}
        label={t("terms.weeklyRestDays")}
        hint={was(approved.weeklyRestDays)}
        required
        errors={fields.weeklyRestDays.errors}
        inputProps={{
          ...getInputProps(fields.weeklyRestDays, { type: "text" }),
          inputMode: "numeric",
          autoComplete: "off",
        }}
      />
      <SelectField
        id={fields.passportHeldBy.id}
        label={t("terms.passportHeldBy")}
        required
        errors={fields.passportHeldBy.errors}
        options={PASSPORT_HOLDERS.map((p) => ({ value: p, label: t(`terms.passport.${p}`) }))}
        selectProps={getSelectProps(fields.passportHeldBy)}
      />
      <SelectField
        id={fields.sameEmployer.id}
        label={t("terms.sameEmployer", { employer: approved.employer })}
        required
        errors={fields.sameEmployer.errors}
        options={[
          { value: "yes", label: t("terms.yes") },
          { value: "no", label: t("terms.no") },
        ]}
        selectProps={getSelectProps(fields.sameEmployer)}
      />
      <Field
        id={fields.city.id}
        label={t("terms.city")}
        hint={was(approved.city)}
        errors={fields.city.errors}
        inputProps={getInputProps(fields.city, { type: "text" })}
      />
    </>
  );
}
