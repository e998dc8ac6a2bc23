// The forms of a return home (issue 20 §3), shared by the worker's page, the mission's worker page
// and NEA's desk: one form each, plain HTML (no JavaScript needed), errors from the server's reply.
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import {
  CheckboxGroup,
  ErrorSummary,
  Field,
  SelectField,
  SubmissionKey,
  TextAreaField,
} from "~/ui/form";
import { formatDate } from "~/ui/format";
import { allErrorsOf, errorsOf, valueOf, type FormReply } from "~/utils/form-reply";
import {
  GO_AGAIN,
  REINTEGRATION_KINDS,
  RETURN_REASONS,
  RETURN_SKILLS,
} from "~/domain/returns/return.rules";
import { useLocale } from "~/i18n/use-t";

const RETURN_IDS: Record<string, string> = {
  returnedOn: "returnedOn",
  reason: "return-reason",
  note: "return-note",
};

/** When she landed and, if before the contract's end, why. `self`: she is the one answering. */
export function ReturnForm(props: {
  reply: FormReply | undefined;
  submissionKey: string;
  endDay: string;
  self: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const { reply } = props;
  return (
    <Form key={`${props.submissionKey}-return`} method="post" noValidate>
      <ErrorSummary
        errors={allErrorsOf(reply)}
        result={reply}
        idOf={(name) => RETURN_IDS[name] ?? name}
      />
      <SubmissionKey value={props.submissionKey} />
      <Field
        id="returnedOn"
        label={t(props.self ? "returns.returnedOn" : "returns.returnedOn.other")}
        hint={t("returns.returnedOn.hint")}
        required
        errors={errorsOf(reply, "returnedOn")}
        inputProps={{
          name: "returnedOn",
          type: "text",
          inputMode: "numeric",
          autoComplete: "off",
          defaultValue: valueOf(reply, "returnedOn") ?? "",
        }}
      />
      <SelectField
        id="return-reason"
        label={t(props.self ? "returns.reason" : "returns.reason.other")}
        hint={t(props.self ? "returns.reason.hint" : "returns.reason.hint.other", {
          end: formatDate(`${props.endDay}T12:00:00+03:00`, locale),
        })}
        required
        errors={errorsOf(reply, "reason")}
        emptyLabel="—"
        options={RETURN_REASONS.map((r) => ({ value: r, label: t(`returns.reason.${r}`) }))}
        selectProps={{ name: "reason", defaultValue: valueOf(reply, "reason") ?? "" }}
      />
      <TextAreaField
        id="return-note"
        label={t("returns.note")}
        errors={errorsOf(reply, "note")}
        textareaProps={{
          name: "note",
          rows: 2,
          maxLength: 2000,
          defaultValue: valueOf(reply, "note"),
        }}
      />
      <button type="submit" name="intent" value="return">
        {t(props.self ? "returns.submit" : "returns.submit.other")}
      </button>
    </Form>
  );
}

const yesNo = (t: ReturnType<typeof useT>) => [
  { value: "yes", label: t("returns.yes") },
  { value: "no", label: t("returns.no") },
];

const DEBRIEF_IDS: Record<string, string> = {
  paidInFull: "paidInFull",
  owedAmount: "owedAmount",
  owedCurrency: "owedCurrency",
  passportKept: "passportKept",
  contractRespected: "contractRespected",
  abused: "abused",
  goAgain: "goAgain",
  sameAgency: "sameAgency",
  skills: "skills",
  help: "help",
};

/** Her debrief: seven questions, the skills she gained and the help she wants. */
export function DebriefForm(props: {
  reply: FormReply | undefined;
  submissionKey: string;
  currencies: readonly string[];
}) {
  const t = useT();
  const { reply } = props;
  const select = (name: string, label: string, options: { value: string; label: string }[]) => (
    <SelectField
      id={name}
      label={label}
      required
      errors={errorsOf(reply, name)}
      emptyLabel="—"
      options={options}
      selectProps={{ name, defaultValue: valueOf(reply, name) ?? "" }}
    />
  );
  const ticked = (name: string) => {
    const v = reply?.initialValue?.[name];
    return Array.isArray(v) ? (v as string[]) : typeof v === "string" ? [v] : [];
  };
  return (
    <Form key={`${props.submissionKey}-debrief`} method="post" noValidate>
      <ErrorSummary
        errors={allErrorsOf(reply)}
        result={reply}
        idOf={(name) => DEBRIEF_IDS[name] ?? name}
      />
      <SubmissionKey value={props.submissionKey} />
      {select("paidInFull", t("returns.paidInFull"), yesNo(t))}
      <Field
        id="owedAmount"
        label={t("returns.owedAmount")}
        errors={errorsOf(reply, "owedAmount")}
        inputProps={{
          name: "owedAmount",
          type: "text",
          inputMode: "decimal",
          autoComplete: "off",
          defaultValue: valueOf(reply, "owedAmount") ?? "",
        }}
      />
      <SelectField
        id="owedCurrency"
        label={t("returns.owedCurrency")}
        errors={errorsOf(reply, "owedCurrency")}
        options={props.currencies.map((c) => ({ value: c, label: c }))}
        selectProps={{ name: "owedCurrency", defaultValue: valueOf(reply, "owedCurrency") }}
      />
      {select("passportKept", t("returns.passportKept"), yesNo(t))}
      {select("contractRespected", t("returns.contractRespected"), yesNo(t))}
      {select("abused", t("returns.abused"), yesNo(t))}
      {select(
        "goAgain",
        t("returns.goAgain"),
        GO_AGAIN.map((g) => ({ value: g, label: t(`returns.goAgain.${g}`) })),
      )}
      <SelectField
        id="sameAgency"
        label={t("returns.sameAgency")}
        hint={t("returns.sameAgency.hint")}
        errors={errorsOf(reply, "sameAgency")}
        emptyLabel="—"
        options={yesNo(t)}
        selectProps={{ name: "sameAgency", defaultValue: valueOf(reply, "sameAgency") ?? "" }}
      />
      <CheckboxGroup
        name="skills"
        legend={t("returns.skills")}
        options={RETURN_SKILLS.map((s) => ({ value: s, label: t(`returns.skill.${s}`) }))}
        checked={ticked("skills")}
        errors={errorsOf(reply, "skills")}
      />
      <CheckboxGroup
        name="help"
        legend={t("returns.help")}
        options={REINTEGRATION_KINDS.map((k) => ({ value: k, label: t(`returns.kind.${k}`) }))}
        checked={ticked("help")}
        errors={errorsOf(reply, "help")}
      />
      <button type="submit" name="intent" value="debrief">
        {t("returns.debrief.submit")}
      </button>
    </Form>
  );
}
