import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireCaseOfficial } from "~/auth/require.server";
import { PRIORITIES, GENERAL_REFERRAL_KINDS, CASE_FLOW } from "~/domain/cases/case.rules";
import { CaseTrafficking, ReferralItem } from "~/ui/case-trafficking";
import { CaseActionSchema } from "~/domain/cases/cases.schema";
import { actOnCase, caseForOfficial } from "~/domain/cases/cases.server";
import { useLocale, useT } from "~/i18n/use-t";
import { ErrorSummary, Field, SelectField, SubmissionKey, TextAreaField } from "~/ui/form";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDateTime, formatPhone } from "~/ui/format";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { parseWithZod } from "~/ui/conform";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import type { MessageKey } from "~/i18n/messages";
import { titled } from "~/ui/page-title";
import { TermsReportTable } from "~/ui/terms-report";

export const handle = titled(
  (d, t) => d && `${d.reference}: ${t(`cases.category.${d.category}` as MessageKey)}`,
);

// The official handling a case: what was reported, notes, referrals, the outcome (out of scope: not found).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCaseOfficial(request);
  const c = await caseForOfficial(user, params.id ?? "", requestContext(request));
  return { ...c, submissionKey: newSubmissionKey() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCaseOfficial(request);
  const id = params.id ?? "";
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const submission = parseWithZod(form, { schema: CaseActionSchema });
  if (submission.status !== "success") return rejected(submission, { form: intent });
  try {
    await actOnCase(user, id, submission.value, requestContext(request), submissionKeyOf(form));
  } catch (e) {
    return replyError(request, e, submission, { form: intent });
  }
  return redirectWithFlash(`/cases/${id}`, { key: `cases.done.${submission.value.intent}` });
}

export default function CasePage() {
  const t = useT();
  const locale = useLocale();
  const c = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  // Each form shows only its own reply; every form remounts empty after a success (a new key).
  const mine = (intent: string) => (r?.form === intent ? r : undefined);
  const errs = (intent: string, field: string) => errorsOf(mine(intent), field);
  const possible = (step: "refer" | "resolve" | "reopen") =>
    !!(CASE_FLOW[c.status] as Record<string, unknown>)[step];
  const formError = (intent: string) => (
    <>
      <ErrorSummary errors={allErrorsOf(mine(intent))} result={mine(intent)} />
      <SubmissionKey value={c.submissionKey} />
    </>
  );
  return (
    <section className="page">
      <p>
        <Link to="/cases">← {t("cases.list.title")}</Link>
      </p>
      <h1>
        {c.reference}: {t(`cases.category.${c.category}`)}
      </h1>
      <p>
        <strong>{t(`cases.status.${c.status}`)}</strong> · {t(`cases.priority.${c.priority}`)} ·{" "}
        {t("cases.col.due")}: {formatDateTime(c.dueAt, locale)}
        {c.overdue ? (
          <>
            {" "}
            <strong className="badge badge-err">{t("cases.overdue")}</strong>
          </>
        ) : null}
        {c.escalatedAt ? (
          <>
            {" "}
            <strong className="badge badge-warn">{t("cases.escalated")}</strong>
          </>
        ) : null}
      </p>
      <p>
        {t("cases.detail.raisedBy", {
          who: t(`cases.raisedBy.${c.raisedBy}`),
          date: formatDateTime(c.createdAt, locale),
        })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t("cases.col.worker")}</dt>
          <dd>{c.worker ? `${c.worker.firstName} ${c.worker.lastName}` : "—"}</dd>
        </div>
        {c.registration ? (
          <div>
            <dt>{t("mission.phoneAbroad")}</dt>
            <dd>
              {c.registration.phoneAbroad ?? "—"}
              {c.registration.city ? `, ${c.registration.city}` : ""}
            </dd>
          </div>
        ) : null}
        {c.reporterName ? (
          <div>
            <dt>{t("cases.detail.reporter")}</dt>
            <dd>
              {c.reporterName}
              {c.reporterPhone ? `, ${formatPhone(c.reporterPhone)}` : ""}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("mission.col.employer")}</dt>
          <dd>{c.employer ? `${c.employer.name}, ${c.employer.city}` : "—"}</dd>
        </div>
        <div>
          <dt>{t("mission.col.agency")}</dt>
          <dd>{c.agency ? `${c.agency.name} (${c.agency.licenceNo ?? "—"})` : "—"}</dd>
        </div>
        {c.contract ? (
          <div>
            <dt>{t("cases.contract")}</dt>
            <dd>
              <Link to={`/nea/contracts/${c.contract.id}`}>
                {t("cases.contractVersion", {
                  reference: c.contract.reference,
                  version: c.contract.version,
                })}
              </Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("cases.detail.assignee")}</dt>
          <dd>{c.assignee ?? t("cases.detail.unassigned")}</dd>
        </div>
      </dl>
      {c.registration ? (
        <p>
          <Link to={`/mission/workers/${c.registration.id}`}>{t("cases.detail.workerPage")}</Link>
        </p>
      ) : null}
      <h2>{t("cases.detail.description")}</h2>
      {c.termsReport ? (
        <>
          <TermsReportTable
            differences={c.termsReport.differences}
            currency={c.termsReport.currency}
          />
          {c.agencyAnswerDueAt ? (
            <>
              <h3>{t("cases.detail.agencyAnswer")}</h3>
              {c.agencyAnsweredAt ? (
                <>
                  <p>
                    {t("cases.detail.agencyAnsweredOn", {
                      date: formatDateTime(c.agencyAnsweredAt, locale),
                    })}
                  </p>
                  <p className="prewrap">{c.agencyAnswer}</p>
                </>
              ) : (
                <p>
                  {t("cases.detail.agencyNoAnswer")}{" "}
                  {t("terms.agencyDue", { date: formatDateTime(c.agencyAnswerDueAt, locale) })}
                </p>
              )}
            </>
          ) : null}
        </>
      ) : (
        <p className="prewrap">{c.description}</p>
      )}
      {c.outcome ? (
        <p className="alert alert-success">
          <strong>{t("cases.outcome")}:</strong> {c.outcome}
        </p>
      ) : null}

      <h2>{t("cases.detail.referrals")}</h2>
      {c.referrals.length === 0 ? (
        <p>—</p>
      ) : (
        <ul>
          {c.referrals.map((x) => (
            <ReferralItem key={x.id} caseId={c.id} r={x} />
          ))}
        </ul>
      )}
      <CaseTrafficking
        indicators={c.indicators}
        indicatorsAt={c.indicatorsAt}
        referrals={c.referrals}
        open={c.status !== "RESOLVED" && c.status !== "CLOSED"}
        canRefer={possible("refer")}
        closed={c.status === "CLOSED"}
        submissionKey={c.submissionKey}
        reply={mine}
      />
      <h2>{t("cases.detail.recruiters")}</h2>
      {c.recruiters.length === 0 ? (
        <p>—</p>
      ) : (
        <ul>
          {c.recruiters.map((x) => (
            <li key={x.id}>
              {formatDateTime(x.createdAt, locale)}: {t(`check.kind.${x.identifier.kind}`)}{" "}
              <strong>{x.identifier.display}</strong> — {t(`recruiters.source.${x.source}`)} ·{" "}
              {t(`recruiters.status.${x.identifier.status}`)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("cases.detail.notes")}</h2>
      {c.notes.length === 0 ? (
        <p>—</p>
      ) : (
        <ul>
          {c.notes.map((n) => (
            <li key={n.id}>
              {formatDateTime(n.createdAt, locale)}
              {n.author ? `, ${n.author}` : ""} (
              {n.internal ? t("cases.detail.internal") : t("cases.detail.visible")}): {n.body}
            </li>
          ))}
        </ul>
      )}

      {c.status !== "RESOLVED" && c.status !== "CLOSED" ? (
        <div className="cards">
          <Form key={`${c.submissionKey}-assign`} method="post" noValidate className="card">
            <h3>{t("cases.action.assign")}</h3>
            {formError("assign")}
            <SelectField
              id="assigneeId"
              label={t("cases.action.assignee")}
              required
              errors={errs("assign", "assigneeId")}
              options={c.assignable.map((a) => ({ value: a.id, label: a.name }))}
              selectProps={{ name: "assigneeId", defaultValue: c.assigneeId ?? "" }}
            />
            <button type="submit" name="intent" value="assign">
              {t("cases.action.assign")}
            </button>
          </Form>
          <Form key={`${c.submissionKey}-note`} method="post" noValidate className="card">
            <h3>{t("cases.action.note")}</h3>
            {formError("note")}
            <TextAreaField
              id="body"
              label={t("cases.action.noteBody")}
              required
              errors={errs("note", "body")}
              textareaProps={{
                name: "body",
                rows: 3,
                maxLength: 4000,
                defaultValue: valueOf(mine("note"), "body"),
              }}
            />
            <div className="field">
              <label className="choice">
                <input type="checkbox" name="visible" /> {t("cases.action.visible")}
              </label>
            </div>
            <button type="submit" name="intent" value="note">
              {t("cases.action.note")}
            </button>
          </Form>
          {possible("refer") ? (
            <Form key={`${c.submissionKey}-refer`} method="post" noValidate className="card">
              <h3>{t("cases.action.refer")}</h3>
              {formError("refer")}
              <SelectField
                id="kind"
                label={t("cases.action.referKind")}
                required
                errors={errs("refer", "kind")}
                options={GENERAL_REFERRAL_KINDS.map((k) => ({
                  value: k,
                  label: t(`cases.referral.${k}`),
                }))}
                selectProps={{ name: "kind" }}
              />
              <Field
                id="refer-note"
                label={t("cases.action.referNote")}
                errors={errs("refer", "note")}
                inputProps={{
                  name: "note",
                  maxLength: 2000,
                  defaultValue: valueOf(mine("refer"), "note"),
                }}
              />
              <button type="submit" name="intent" value="refer">
                {t("cases.action.refer")}
              </button>
            </Form>
          ) : null}
          <Form key={`${c.submissionKey}-recruiter`} method="post" noValidate className="card">
            <h3>{t("cases.action.recruiter")}</h3>
            {formError("recruiter")}
            <Field
              id="recruiter-value"
              label={t("cases.action.recruiterValue")}
              hint={t("check.q.hint")}
              required
              errors={errs("recruiter", "value")}
              inputProps={{
                name: "value",
                maxLength: 200,
                autoComplete: "off",
                defaultValue: valueOf(mine("recruiter"), "value"),
              }}
            />
            <button type="submit" name="intent" value="recruiter" className="secondary">
              {t("cases.action.recruiter")}
            </button>
          </Form>
          <Form key={`${c.submissionKey}-priority`} method="post" noValidate className="card">
            <h3>{t("cases.action.priority")}</h3>
            {formError("priority")}
            <SelectField
              id="priority"
              label={t("cases.col.priority")}
              required
              errors={errs("priority", "priority")}
              options={PRIORITIES.map((p) => ({ value: p, label: t(`cases.priority.${p}`) }))}
              selectProps={{ name: "priority", defaultValue: c.priority }}
            />
            <button type="submit" name="intent" value="priority" className="secondary">
              {t("cases.action.priority")}
            </button>
          </Form>
          {possible("resolve") ? (
            <Form key={`${c.submissionKey}-resolve`} method="post" noValidate className="card">
              <h3>{t("cases.action.resolve")}</h3>
              {formError("resolve")}
              <TextAreaField
                id="outcome"
                label={t("cases.action.outcome")}
                required
                errors={errs("resolve", "outcome")}
                textareaProps={{
                  name: "outcome",
                  rows: 3,
                  maxLength: 4000,
                  defaultValue: valueOf(mine("resolve"), "outcome"),
                }}
              />
              <button type="submit" name="intent" value="resolve">
                {t("cases.action.resolve")}
              </button>
            </Form>
          ) : null}
        </div>
      ) : null}
      {possible("reopen") ? (
        <Form key={`${c.submissionKey}-reopen`} method="post" noValidate>
          <h3>{t("cases.action.reopen")}</h3>
          {formError("reopen")}
          <TextAreaField
            id="reopen-body"
            label={t("cases.action.reopenReason")}
            required
            errors={errs("reopen", "body")}
            textareaProps={{
              name: "body",
              rows: 2,
              maxLength: 4000,
              defaultValue: valueOf(mine("reopen"), "body"),
            }}
          />
          <button type="submit" name="intent" value="reopen" className="secondary">
            {t("cases.action.reopen")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
