// On a case (issue 20 §4): the trafficking-indicator checklist, the suggestion to refer to the NRM
// when the indicators meet the threshold, the NRM referral with the worker's consent, and what
// became of each referral. Forms post to the case page's action (one form contract, app/ui/form).
import { Form } from "@remix-run/react";
import {
  CONSENT_METHODS,
  INDICATORS,
  OPEN_REFERRAL,
  REFERRAL_OUTCOMES,
  SHARED_DATA,
  suggestsNrmReferral,
} from "~/domain/cases/trafficking.rules";
import { useLocale, useT } from "~/i18n/use-t";
import {
  CheckboxField,
  CheckboxGroup,
  ErrorSummary,
  Field,
  SelectField,
  SubmissionKey,
} from "~/ui/form";
import { formatDateTime } from "~/ui/format";
import { allErrorsOf, errorsOf, valueOf, type FormReply } from "~/utils/form-reply";

type Referral = {
  id: string;
  kind: string;
  note: string | null;
  createdAt: string | Date;
  status: string;
  outcome: string | null;
  outcomeAt: string | Date | null;
  consent: { method: string; shared: string[] } | null;
};

/** One checkbox group with its legend and its error, tied together for screen readers. */
const FIELD_IDS: Record<"indicators" | "nrm" | "referralOutcome", Record<string, string>> = {
  indicators: { indicators: "indicators" },
  nrm: { consent: "nrm-consent", method: "nrm-method", shared: "shared", note: "nrm-note" },
  referralOutcome: {
    referralId: "referralId",
    status: "referral-status",
    outcome: "referral-outcome",
  },
};

export function CaseTrafficking(props: {
  indicators: readonly string[];
  indicatorsAt: string | Date | null;
  referrals: Referral[];
  /** Whether the case may still be worked on (not resolved or closed), and referred. */
  open: boolean;
  canRefer: boolean;
  /** A closed case takes nothing more, not even a referral's outcome. */
  closed: boolean;
  /** A new one after each success: every form remounts empty. */
  submissionKey: string;
  reply: (intent: string) => FormReply | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const { reply } = props;
  // Each form's error summary links to its own fields (their ids differ from their names).
  const formTop = (intent: keyof typeof FIELD_IDS) => (
    <>
      <ErrorSummary
        errors={allErrorsOf(reply(intent))}
        result={reply(intent)}
        idOf={(name) => FIELD_IDS[intent][name] ?? name}
      />
      <SubmissionKey value={props.submissionKey} />
    </>
  );
  const suggested = suggestsNrmReferral(props.indicators as (typeof INDICATORS)[number][]);
  const nrmOpen = props.referrals.some(
    (r) => r.kind === "NATIONAL_REFERRAL_MECHANISM" && OPEN_REFERRAL.includes(r.status as "SENT"),
  );
  const tracked = props.referrals.filter((r) => OPEN_REFERRAL.includes(r.status as "SENT"));
  return (
    <section aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t("cases.indicators.title")}</h2>
      {props.indicators.length ? (
        <ul>
          {INDICATORS.filter((i) => props.indicators.includes(i)).map((i) => (
            <li key={i}>{t(`indicator.${i}`)}</li>
          ))}
        </ul>
      ) : (
        <p>—</p>
      )}
      {props.indicatorsAt ? (
        <p className="muted">{formatDateTime(props.indicatorsAt, locale)}</p>
      ) : null}
      {suggested && !nrmOpen ? (
        <div className="alert alert-warn" role="status">
          <p>
            <strong>{t("cases.indicators.suggest")}</strong>
          </p>
          <p className="muted">
            {t("cases.indicators.basis", { source: t("cases.indicators.basisText") })}
          </p>
        </div>
      ) : null}
      {props.open ? (
        <div className="cards">
          <Form key={`${props.submissionKey}-indicators`} method="post" noValidate className="card">
            {formTop("indicators")}
            <CheckboxGroup
              name="indicators"
              legend={t("cases.indicators.tick")}
              hint={t("cases.indicators.hint")}
              options={INDICATORS.map((i) => ({ value: i, label: t(`indicator.${i}`) }))}
              checked={props.indicators}
              errors={errorsOf(reply("indicators"), "indicators")}
            />
            <button type="submit" name="intent" value="indicators" className="secondary">
              {t("cases.indicators.save")}
            </button>
          </Form>
          {props.canRefer && !nrmOpen ? (
            <Form key={`${props.submissionKey}-nrm`} method="post" noValidate className="card">
              <h3>{t("cases.nrm.title")}</h3>
              <p className="hint">{t("cases.nrm.intro")}</p>
              {formTop("nrm")}
              <CheckboxField
                id="nrm-consent"
                name="consent"
                label={t("cases.nrm.consent")}
                errors={errorsOf(reply("nrm"), "consent")}
              />
              <SelectField
                id="nrm-method"
                label={t("cases.nrm.method")}
                required
                errors={errorsOf(reply("nrm"), "method")}
                emptyLabel="—"
                options={CONSENT_METHODS.map((m) => ({
                  value: m,
                  label: t(`consent.method.${m}`),
                }))}
                selectProps={{ name: "method", defaultValue: valueOf(reply("nrm"), "method") }}
              />
              <CheckboxGroup
                name="shared"
                legend={t("cases.nrm.shared")}
                options={SHARED_DATA.map((s) => ({ value: s, label: t(`consent.shared.${s}`) }))}
                checked={[]}
                errors={errorsOf(reply("nrm"), "shared")}
              />
              <Field
                id="nrm-note"
                label={t("cases.nrm.note")}
                errors={errorsOf(reply("nrm"), "note")}
                inputProps={{ name: "note", maxLength: 2000 }}
              />
              <button type="submit" name="intent" value="nrm">
                {t("cases.nrm.submit")}
              </button>
            </Form>
          ) : null}
        </div>
      ) : null}
      {tracked.length && !props.closed ? (
        <Form
          key={`${props.submissionKey}-referralOutcome`}
          method="post"
          noValidate
          className="card"
        >
          <h3>{t("cases.referral.outcome")}</h3>
          {formTop("referralOutcome")}
          <SelectField
            id="referralId"
            label={t("cases.referral.which")}
            required
            errors={errorsOf(reply("referralOutcome"), "referralId")}
            options={tracked.map((r) => ({
              value: r.id,
              label: `${t(`cases.referral.${r.kind as "SHELTER"}`)} — ${formatDateTime(r.createdAt, locale)}`,
            }))}
            selectProps={{ name: "referralId" }}
          />
          <SelectField
            id="referral-status"
            label={t("cases.referral.outcomeStatus")}
            required
            errors={errorsOf(reply("referralOutcome"), "status")}
            options={REFERRAL_OUTCOMES.map((s) => ({ value: s, label: t(`referral.status.${s}`) }))}
            selectProps={{ name: "status" }}
          />
          <Field
            id="referral-outcome"
            label={t("cases.referral.outcomeNote")}
            required
            errors={errorsOf(reply("referralOutcome"), "outcome")}
            inputProps={{
              name: "outcome",
              maxLength: 2000,
              defaultValue: valueOf(reply("referralOutcome"), "outcome"),
            }}
          />
          <button type="submit" name="intent" value="referralOutcome" className="secondary">
            {t("cases.referral.outcomeSubmit")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

/** One referral in the case's list: its status and outcome; the NRM's record to download. */
export function ReferralItem({ caseId, r }: { caseId: string; r: Referral }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li>
      {formatDateTime(r.createdAt, locale)}: {t(`cases.referral.${r.kind as "SHELTER"}`)} ·{" "}
      <strong>{t(`referral.status.${r.status as "SENT"}`)}</strong>
      {r.note ? ` — ${r.note}` : ""}
      {r.outcome ? (
        <>
          {" "}
          — {r.outcome} ({formatDateTime(r.outcomeAt, locale)})
        </>
      ) : null}
      {r.consent ? (
        <>
          <br />
          <span className="muted">
            {t(`consent.method.${r.consent.method as "PHONE"}`)} ·{" "}
            {t("cases.nrm.shows", {
              shared:
                r.consent.shared.map((s) => t(`consent.shared.${s as "IDENTITY"}`)).join("; ") ||
                t("nrm.pdf.sharedNone"),
            })}
          </span>
          <br />
          <a href={`/cases/${caseId}/nrm/${r.id}.pdf`} download>
            {t("cases.nrm.pdf")}
          </a>{" "}
          ·{" "}
          <a href={`/cases/${caseId}/nrm/${r.id}.json`} download>
            {t("cases.nrm.json")}
          </a>
        </>
      ) : null}
    </li>
  );
}
