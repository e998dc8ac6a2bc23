import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { actOnContract } from "~/domain/contracts/contracts.server";
import { contractPageFor } from "~/domain/contracts/contract-page.server";
import { useLocale, useT } from "~/i18n/use-t";
import { ErrorSummary, SubmissionKey, TextAreaField, useErrorText } from "~/ui/form";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { DomainError } from "~/domain/errors";
import { FindingsList } from "~/ui/findings";
import { formatDate, formatPay } from "~/ui/format";
import { JobTitle, jobName } from "~/ui/job-title";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { rejected, replyError } from "~/utils/form-reply.server";
import { askAboutContract, questionsAbout } from "~/domain/cases/cases.server";
import { ContractQuestionSchema } from "~/domain/cases/cases.schema";
import { parseWithZod } from "~/ui/conform";
import { Callable } from "~/ui/tel-link";

export const handle = titled(
  (d, t, locale) =>
    d && jobName({ title: d.contract.jobOrder.title, category: d.contract.jobCategory }, t, locale),
  NO_SCRIPTS,
);

// Workers: their contract in plain language (English or Kiswahili), and accepting it once NEA approved it.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const { contract, actions } = await contractPageFor(user, params.id ?? "");
  return {
    contract,
    actions,
    questions: await questionsAbout(user, contract.id),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const form = await readForm(request);
  if (form.get("intent") === "question") {
    // "I have a question": in writing to NEA, before she decides.
    const submission = parseWithZod(form, { schema: ContractQuestionSchema });
    if (submission.status !== "success") return rejected(submission, { form: "question" });
    try {
      const reference = await askAboutContract(user, params.id ?? "", submission.value, {
        ctx: requestContext(request),
        submissionKey: submissionKeyOf(form),
      });
      return redirectWithFlash("/my/help", {
        key: "my.question.sentNext",
        confirmation: { title: "my.question.sentTitle", reference },
      });
    } catch (e) {
      return replyError(request, e, submission, { form: "question" });
    }
  }
  if (form.get("intent") !== "sign") throw new Response("Unknown intent", { status: 400 });
  // Accepting binds her: she says, in her own words on the page, that she read it all.
  if (form.get("confirm") !== "yes")
    return replyError(request, new DomainError("my.error.confirmRead", { field: "confirm" }), form);
  try {
    await actOnContract(
      user,
      params.id ?? "",
      { intent: "sign" },
      { ctx: requestContext(request), appUrl: appUrl(), submissionKey: submissionKeyOf(form) },
    );
  } catch (e) {
    return replyError(request, e, form);
  }
  return redirectWithFlash(`/my/contracts/${params.id}`, { key: "contracts.done" });
}

export default function MyContract() {
  const t = useT();
  const locale = useLocale();
  const { contract: c, actions, submissionKey, questions } = useLoaderData<typeof loader>();
  const waiting = questions.some((q) => q.status !== "RESOLVED" && q.status !== "CLOSED");
  const reply = useActionData<typeof action>();
  const errorText = useErrorText();
  // Two forms share the action's reply: the question's carries `form: "question"`.
  const asked = !!reply && "form" in reply && reply.form === "question";
  const signReply = asked ? undefined : reply;
  const questionReply = asked ? reply : undefined;
  const confirmError = errorText(errorsOf(signReply, "confirm")).join(" ");
  const terms = c.terms;
  const clean = terms.workerPaidRecruitmentFees === 0 && terms.costsPaidByWorker.length === 0;
  return (
    <section className="page">
      <p>
        <Link to="/my/contracts">{t("my.title")}</Link>
      </p>
      <h1>
        <JobTitle title={c.jobOrder.title} category={c.jobCategory} /> —{" "}
        {locale === "sw" ? c.country.nameSw : c.country.nameEn}
      </h1>
      <p>
        <strong>{t(`contracts.status.${c.status}`)}</strong>
      </p>
      <ul className="plain">
        <li>
          {t("my.plain.employer", {
            // Her own contract names the household she will live in (the public job list does not).
            employer:
              c.employer.kind === "HOUSEHOLD"
                ? t("my.plain.household", { name: c.employer.name })
                : c.employer.name,
            city: c.employer.city,
            agency: c.agency.name,
          })}
        </li>
        <li>
          {t("my.plain.wage", {
            wage: formatPay(terms.monthlyWage, terms.currency, locale),
          })}
        </li>
        <li>{t("my.plain.hours", { hours: terms.dailyHours, rest: terms.weeklyRestDays })}</li>
        <li>{t("my.plain.leave", { days: terms.annualLeaveDays })}</li>
        <li>
          {t("my.plain.duration", {
            months: terms.durationMonths,
            start: formatDate(`${terms.startDate}T00:00:00Z`, locale),
          })}
        </li>
        {terms.probationDays ? (
          <li>{t("my.plain.probation", { days: terms.probationDays })}</li>
        ) : null}
        {terms.endOfServiceDaysPerYear ? (
          <li>{t("my.plain.endOfService", { days: terms.endOfServiceDaysPerYear })}</li>
        ) : null}
        <li>
          {t("my.plain.housing", {
            // Kiswahili agrees with the noun: makazi yanatolewa, chakula kinatolewa.
            housing: t(
              terms.housingProvided ? "my.plain.housingProvided" : "my.plain.housingNotProvided",
            ),
            food: t(terms.foodProvided ? "my.plain.foodProvided" : "my.plain.foodNotProvided"),
          })}
        </li>
        <li>
          {terms.passportHeldBy === "WORKER" ? (
            t("my.plain.passport")
          ) : (
            <strong>{t("my.plain.passportBad")}</strong>
          )}
        </li>
        {clean ? <li>{t("my.plain.fees")}</li> : null}
        {terms.returnTicketPaidBy === "EMPLOYER" ? <li>{t("my.plain.ticket")}</li> : null}
      </ul>
      <h2>{t("contracts.findings")}</h2>
      <FindingsList findings={c.findings} />
      {c.termsHash ? (
        <details>
          <summary>{t("my.proof.summary")}</summary>
          <p>{t("my.proof.body")}</p>
          <p className="muted">
            {t("contracts.hash")}: <code className="secret">{c.termsHash}</code>
          </p>
        </details>
      ) : null}
      {c.verificationCode ? (
        <p>
          <a href={`/contracts/${c.id}.pdf`}>{t("contracts.pdf")}</a> · {t("contracts.code")}:{" "}
          <Link className="code" to={`/verify/${c.verificationCode}`}>
            {formatVerificationCode(c.verificationCode)}
          </Link>
        </p>
      ) : null}
      {c.signedAt ? (
        <p className="alert alert-success" role="status">
          {t("my.signed", { date: formatDate(c.signedAt, locale) })}
        </p>
      ) : null}
      {actions.includes("sign") ? (
        <>
          {waiting ? (
            <p className="alert alert-info" role="status">
              {t("cases.questionOpen")}
            </p>
          ) : null}
          <p className="alert alert-warn">
            <Callable text={t("my.signHint")} />
          </p>
          <Form method="post" className="review-form" noValidate>
            <ErrorSummary errors={allErrorsOf(signReply)} result={signReply} />
            <SubmissionKey value={submissionKey} />
            <div className="field">
              <label className="choice" htmlFor="confirm">
                <input
                  id="confirm"
                  type="checkbox"
                  name="confirm"
                  value="yes"
                  required
                  aria-invalid={confirmError ? true : undefined}
                  aria-describedby={confirmError ? "confirm-error" : undefined}
                />{" "}
                {t("my.confirmRead")}
              </label>
              {confirmError ? (
                <p id="confirm-error" className="field-error" role="alert">
                  {confirmError}
                </p>
              ) : null}
            </div>
            <button type="submit" name="intent" value="sign">
              {t("contracts.action.sign")}
            </button>
          </Form>
        </>
      ) : null}
      {questions.length ? (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">{t("cases.questionsTitle")}</h2>
          <ul className="cards">
            {questions.map((q) => (
              <li key={q.id} className="card">
                <p>
                  <strong>{q.reference}</strong> · {t(`cases.status.${q.status}`)} ·{" "}
                  {formatDate(q.createdAt, locale)}
                </p>
                <p>
                  <strong>{t("cases.youWrote")}</strong> <q>{q.description}</q>
                </p>
                {q.notes.map((n) => (
                  <p key={n.id}>
                    <strong>{t("cases.neaAnswer")}</strong> {n.body}
                  </p>
                ))}
                {q.outcome ? (
                  <p>
                    <strong>{t("cases.neaAnswer")}</strong> {q.outcome}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="question-title" className="card">
        <h2 id="question-title">{t("my.question.title")}</h2>
        <p>{t("my.question.body")}</p>
        <Form method="post" noValidate>
          <ErrorSummary errors={allErrorsOf(questionReply)} result={questionReply} />
          <SubmissionKey value={submissionKey} />
          <TextAreaField
            id="question"
            label={t("my.question.label")}
            hint={t("my.question.hint")}
            required
            errors={errorsOf(questionReply, "question")}
            textareaProps={{
              name: "question",
              rows: 4,
              maxLength: 2000,
              defaultValue: valueOf(questionReply, "question"),
            }}
          />
          <button type="submit" name="intent" value="question">
            {t("my.question.send")}
          </button>
        </Form>
        <p>
          {t("my.question.call")} <a href="tel:0800222223">0800 222 223</a>
        </p>
      </section>
    </section>
  );
}
