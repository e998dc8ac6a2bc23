import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { TriageSchema } from "~/domain/complaints/complaints.schema";
import { actOnComplaint, requireComplaintForActor } from "~/domain/complaints/complaints.server";
import { useLocale, useT } from "~/i18n/use-t";
import { ErrorSummary, SubmissionKey, TextAreaField } from "~/ui/form";
import { getFormProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDateTime, formatPhone } from "~/ui/format";
import { requestContext } from "~/utils/request.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { titled } from "~/ui/page-title";

export const handle = titled((d, t) => d && `${t("complaint.reference")} ${d.complaint.reference}`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "complaint:triage");
  return {
    complaint: await requireComplaintForActor(user, params.id ?? ""),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "complaint:triage");
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: TriageSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    await actOnComplaint(
      user,
      params.id ?? "",
      submission.value,
      requestContext(request),
      submissionKeyOf(formData),
    );
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash(`/nea/complaints/${params.id}`, { key: "complaints.updated" });
}

export default function ComplaintPage() {
  const t = useT();
  const locale = useLocale();
  const { complaint: c, submissionKey } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form] = useForm<z.input<typeof TriageSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: TriageSchema }),
  });
  const open = c.status === "RECEIVED" || c.status === "TRIAGED";
  return (
    <section className="page">
      <p>
        <Link to="/nea/complaints">{t("complaints.queue")}</Link>
      </p>
      <h1>
        {t("complaint.reference")} {c.reference}
      </h1>
      <dl className="facts">
        <div>
          <dt>{t("col.status")}</dt>
          <dd>{t(`complaint.status.${c.status}`)}</dd>
        </div>
        <div>
          <dt>{t("complaint.subject")}</dt>
          <dd>{t(`complaint.subject.${c.subject}`)}</dd>
        </div>
        <div>
          <dt>{t("col.date")}</dt>
          <dd>{formatDateTime(c.createdAt, locale)}</dd>
        </div>
        {c.agency ? (
          <div>
            <dt>{t("col.name")}</dt>
            <dd>
              <Link to={`/agencies/${c.agency.id}`}>{c.agency.name}</Link> ({c.agency.licenceNo})
            </dd>
          </div>
        ) : null}
        {c.recruiterName ? (
          <div>
            <dt>{t("complaint.recruiterName")}</dt>
            <dd>{c.recruiterName}</dd>
          </div>
        ) : null}
        {c.recruiterPhone ? (
          <div>
            <dt>{t("complaint.recruiterPhone")}</dt>
            <dd>{c.recruiterPhone}</dd>
          </div>
        ) : null}
        {c.recruiterAccount ? (
          <div>
            <dt>{t("complaint.recruiterAccount")}</dt>
            <dd>{c.recruiterAccount}</dd>
          </div>
        ) : null}
        {c.whereSeen ? (
          <div>
            <dt>{t("complaint.whereSeen")}</dt>
            <dd>{c.whereSeen}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("complaint.you")}</dt>
          <dd>
            {[
              c.reporterName,
              c.reporterEmail,
              c.reporterPhone ? formatPhone(c.reporterPhone) : null,
            ]
              .filter(Boolean)
              .join(", ") || t("complaint.anonymous")}
          </dd>
        </div>
      </dl>
      <h2>{t("complaint.description")}</h2>
      <p className="prewrap">{c.description}</p>
      {c.outcomeNote ? (
        <>
          <h2>{t("complaint.outcome")}</h2>
          <p className="prewrap">{c.outcomeNote}</p>
        </>
      ) : null}
      {open ? (
        <>
          {c.status === "RECEIVED" ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="triage" />
              <SubmissionKey value={submissionKey} />
              <button type="submit" className="secondary">
                {t("complaints.triage")}
              </button>
            </Form>
          ) : null}
          <h2>{t("complaints.decide")}</h2>
          <Form method="post" {...getFormProps(form)}>
            <ErrorSummary form={form} result={lastResult} />
            <input type="hidden" name="intent" value="decide" />
            <SubmissionKey value={submissionKey} />
            <fieldset>
              <legend>{t("complaint.outcome")}</legend>
              <label className="choice">
                <input type="radio" name="outcome" value="UPHELD" /> {t("complaint.status.UPHELD")}
              </label>
              <label className="choice">
                <input type="radio" name="outcome" value="NOT_UPHELD" />{" "}
                {t("complaint.status.NOT_UPHELD")}
              </label>
              {form.allErrors.outcome?.length ? (
                <p className="field-error" role="alert">
                  {t("complaint.error.outcome")}
                </p>
              ) : null}
            </fieldset>
            <TextAreaField
              id="note"
              label={t("complaints.note")}
              hint={t("complaints.note.hint")}
              required
              errors={form.allErrors.note}
              textareaProps={{ name: "note", minLength: 10, maxLength: 4000 }}
            />
            <button type="submit">{t("complaints.record")}</button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
