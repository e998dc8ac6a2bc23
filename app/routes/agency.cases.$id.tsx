import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { answerAsAgency, caseForAgency } from "~/domain/cases/agency-answers.server";
import { AgencyAnswerSchema } from "~/domain/cases/cases.schema";
import { useLocale, useT } from "~/i18n/use-t";
import { useCountryName } from "~/ui/country";
import { ErrorSummary, SubmissionKey, TextAreaField } from "~/ui/form";
import { getFormProps, getTextareaProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { TermsReportTable } from "~/ui/terms-report";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { requestContext } from "~/utils/request.server";

export const handle = titled(
  (d, t) => d && t("agencyCases.detailTitle", { reference: d.reference }),
);

// Agency staff: one case their agency must answer — what was reported, by when, and the answer.
// Another agency's case, or a welfare case, is not found.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agency:read-own");
  return {
    ...(await caseForAgency(user, params.id ?? "")),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "agency:read-own");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: AgencyAnswerSchema });
  if (submission.status !== "success") return rejected(submission);
  const id = params.id ?? "";
  try {
    await answerAsAgency(
      user,
      id,
      submission.value.answer,
      requestContext(request),
      submissionKeyOf(form),
    );
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash(`/agency/cases/${id}`, { key: "agencyCases.sent" });
}

export default function AgencyCase() {
  const t = useT();
  const locale = useLocale();
  const countryName = useCountryName();
  const c = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof AgencyAnswerSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AgencyAnswerSchema }),
  });
  return (
    <section className="page">
      <h1>{t("agencyCases.detailTitle", { reference: c.reference })}</h1>
      <dl className="facts">
        <div>
          <dt>{t("agencyCases.contract")}</dt>
          <dd>{c.contract ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("agencyCases.worker")}</dt>
          <dd>{c.worker ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("agencyCases.country")}</dt>
          <dd>{c.country ? countryName(c.country) : "—"}</dd>
        </div>
        <div>
          <dt>{t("agencyCases.opened")}</dt>
          <dd>{formatDate(c.createdAt, locale)}</dd>
        </div>
        <div>
          <dt>{t("agencyCases.due")}</dt>
          <dd>{formatDate(c.due, locale)}</dd>
        </div>
      </dl>
      <TermsReportTable differences={c.differences} currency={c.currency} />
      <h2>{t("agencyCases.answer")}</h2>
      {c.answeredAt ? (
        <>
          <p>{t("agencyCases.answeredOn", { date: formatDate(c.answeredAt, locale) })}</p>
          <p className="prewrap">{c.answer}</p>
        </>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <ErrorSummary form={form} result={lastResult} />
          <SubmissionKey value={c.submissionKey} />
          <TextAreaField
            id={fields.answer.id}
            label={t("agencyCases.answer")}
            hint={t("agencyCases.answerHint")}
            required
            errors={fields.answer.errors}
            textareaProps={{ ...getTextareaProps(fields.answer), rows: 6, maxLength: 4000 }}
          />
          <button type="submit">{t("agencyCases.submit")}</button>
        </Form>
      )}
      <p>
        <Link to="/agency/cases">{t("agencyCases.back")}</Link>
      </p>
    </section>
  );
}
