// The forms of a return home (issue 20 §3), shared by the worker's page, the mission's worker page
// and NEA's desk: one form each, plain HTML (no JavaScript needed), errors from the server's reply.
// The return, her debrief, and help asked for after it (her agreement to a suggested referral).
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import {
  CheckboxField,
  CheckboxGroup,
  ErrorSummary,
  Field,
  SelectField,
  SubmissionKey,
  TextAreaField,
} from "~/ui/form";
import { currencyName, formatDate } from "~/ui/format";
import { allErrorsOf, errorsOf, valueOf, valuesOf, type FormReply } from "~/utils/form-reply";
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
        hint={props.self ? undefined : t("returns.note.hint.other")}
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
  const locale = useLocale();
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
  const ticked = (name: string) => valuesOf(reply, name);
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
        options={props.currencies.map((c) => ({ value: c, label: currencyName(c, locale) }))}
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

/**
 * Help asked for after coming home (intent "help"). On her page: yes or no, thank you (intent
 * "decline") to each referral her answers suggested, and any other kind of help (asking is
 * agreeing). At NEA's desk: another kind of help, with the box that records she agreed.
 */
export function HelpForms(props: {
  reply: FormReply | undefined;
  self: boolean;
  suggested: readonly string[];
  kinds: readonly string[];
}) {
  const t = useT();
  const { reply, self } = props;
  const kindLabel = (k: string) => t(`returns.kind.${k as "HEALTH"}`);
  return (
    <>
      {self && props.suggested.length ? <h2>{t("returns.suggested.title")}</h2> : null}
      {self
        ? props.suggested.map((k) => (
            <Form key={`agree-${k}`} method="post" className="card">
              <input type="hidden" name="kind" value={k} />
              <p>
                <strong>{kindLabel(k)}</strong>
              </p>
              {/* Named with the help (the visible words first, WCAG 2.5.3). */}
              <button
                type="submit"
                name="intent"
                value="help"
                aria-label={`${t("returns.consent.agree")}: ${kindLabel(k)}`}
              >
                {t("returns.consent.agree")}
              </button>{" "}
              <button
                type="submit"
                name="intent"
                value="decline"
                className="secondary"
                aria-label={`${t("returns.consent.decline")}: ${kindLabel(k)}`}
              >
                {t("returns.consent.decline")}
              </button>
            </Form>
          ))
        : null}
      {props.kinds.length ? (
        <>
          <h2>{t(self ? "returns.more.title" : "reintegration.help.title")}</h2>
          {self ? <p>{t("returns.more.intro")}</p> : null}
          <Form method="post" noValidate>
            <ErrorSummary
              errors={allErrorsOf(reply)}
              result={reply}
              idOf={(name) => (name === "kind" ? "help-kind" : `help-${name}`)}
            />
            <SelectField
              id="help-kind"
              label={t(self ? "returns.more.kind" : "reintegration.col.kind")}
              required
              errors={errorsOf(reply, "kind")}
              emptyLabel="—"
              options={props.kinds.map((k) => ({ value: k, label: kindLabel(k) }))}
              selectProps={{ name: "kind", defaultValue: valueOf(reply, "kind") ?? "" }}
            />
            {self ? null : (
              <CheckboxField
                id="help-consent"
                name="consent"
                label={t("reintegration.help.consent")}
                errors={errorsOf(reply, "consent")}
              />
            )}
            <button type="submit" name="intent" value="help">
              {t(self ? "returns.more.submit" : "reintegration.help.submit")}
            </button>
          </Form>
        </>
      ) : null}
    </>
  );
}

/** The kinds of help she may ask for, and those her answers suggested, awaiting her answer. */
export function helpChoices(
  referrals: readonly { kind: string; status: string; consentAt: string | Date | null }[],
) {
  return {
    // Not yet referred, or turned down by her (she may change her mind).
    kinds: REINTEGRATION_KINDS.filter((k) =>
      referrals.every((r) => r.kind !== k || (r.status === "DECLINED" && !r.consentAt)),
    ),
    suggested: referrals.filter((r) => r.status === "REQUESTED" && !r.consentAt).map((r) => r.kind),
  };
}
