import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";
import { ComplaintSchema, COMPLAINT_SUBJECTS, UNSURE } from "~/domain/complaints/complaints.schema";
import {
  agencyRefProblem,
  getAgencyForReport,
  submitComplaint,
} from "~/domain/complaints/complaints.server";
import { getLocale } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";
import { ErrorSummary, Field, SubmissionKey, TextAreaField, useErrorText } from "~/ui/form";
import { getFormProps, getInputProps, getTextareaProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { Callable } from "~/ui/tel-link";

export const handle = titled("complaint.title", NO_SCRIPTS);

// Public: anyone may report, anonymously if they wish.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const agency = await getAgencyForReport(url.searchParams.get("agency"));
  // The name she searched for on the home page, as she typed it.
  const name = url.searchParams.get("name")?.trim().slice(0, 100) ?? "";
  return { agency, name, submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: ComplaintSchema });
  if (submission.status !== "success") {
    // Every message in one round: the agency's (pick one of these) with the form's own.
    const agency = await agencyRefProblem(form);
    return agency ? replyError(request, agency, submission) : rejected(submission);
  }
  try {
    const reference = await submitComplaint(submission.value, {
      ctx: requestContext(request),
      locale: await getLocale(request),
      submissionKey: submissionKeyOf(form),
    });
    return redirectWithFlash("/report", {
      key: "complaint.confirm.next",
      confirmation: { title: "complaint.confirm.title", reference: reference ?? undefined },
    });
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function Report() {
  const t = useT();
  const errorText = useErrorText();
  const { agency, name, submissionKey } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof ComplaintSchema>>({
    lastResult,
    // Nothing is chosen for her: a report about a fake recruiter left on "a licensed agency" would
    // go to the wrong desk. Coming from an agency's page or a search, it is about an agency.
    defaultValue: { subject: agency || name ? "AGENCY" : undefined, agencyRef: name },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ComplaintSchema }),
    shouldValidate: "onBlur",
    // Once shown, an error clears as the person types, so it never vanishes under a click on Submit.
    shouldRevalidate: "onInput",
  });
  const subject = fields.subject.initialValue;
  // Just filed: the confirmation above is the page; an empty form under it reads as "fill it in
  // again". A link offers another report instead.
  const filed = !!useRouteLoaderData<typeof rootLoader>("root")?.confirmation;
  if (filed)
    return (
      <section className="page">
        <p>
          <Link to="/report?another=1">{t("complaint.another")}</Link>
        </p>
      </section>
    );
  return (
    <section className="page">
      <h1>{t("complaint.title")}</h1>
      <p>{t("complaint.intro")}</p>
      <p>
        <Link to="/cannot-reach">{t("cases.kin.link")}</Link>
      </p>
      <p className="alert alert-warn">
        <Callable text={t("complaint.danger")} />
      </p>
      <Form method="post" className="report-form" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <SubmissionKey value={submissionKey} />
        <fieldset
          aria-describedby={
            fields.subject.errors?.length ? `${fields.subject.id}-error` : undefined
          }
        >
          <legend>
            {t("complaint.subject")} <span className="muted">{t("field.required")}</span>
          </legend>
          {COMPLAINT_SUBJECTS.map((s, i) => (
            <label key={s} className="choice">
              <input
                // The error summary's link lands on the first choice.
                id={i === 0 ? fields.subject.id : undefined}
                type="radio"
                name={fields.subject.name}
                value={s}
                defaultChecked={subject === s}
                aria-invalid={fields.subject.errors?.length ? true : undefined}
              />{" "}
              {t(`complaint.subject.${s}`)}
            </label>
          ))}
          {fields.subject.errors?.length ? (
            <p id={`${fields.subject.id}-error`} className="field-error" role="alert">
              {errorText(fields.subject.errors).join(" ")}
            </p>
          ) : null}
        </fieldset>
        <fieldset>
          <legend>{t("complaint.who")}</legend>
          <div className="for-agency">
            {agency ? (
              <p>
                {t("complaint.about", { name: agency.name })}
                <input type="hidden" name={fields.agencyId.name} value={agency.id} />
              </p>
            ) : (
              <Field
                id={fields.agencyRef.id}
                label={t("complaint.agencyRef")}
                hint={t("complaint.agencyRef.hint")}
                errors={fields.agencyRef.errors}
                inputProps={getInputProps(fields.agencyRef, { type: "text" })}
              />
            )}
            {!agency && lastResult?.choices?.length ? (
              // A question, not a mistake: the agencies her words may mean, to pick from.
              <fieldset className="alert alert-info">
                <legend>{t("complaint.pick")}</legend>
                {lastResult.choices.map((c) => (
                  <label key={c.value} className="choice">
                    <input type="radio" name={fields.agencyId.name} value={c.value} />{" "}
                    <span lang="en">{c.label}</span>
                    {c.hint ? <span className="muted"> — {t(c.hint as MessageKey)}</span> : null}
                  </label>
                ))}
                <label className="choice">
                  <input type="radio" name={fields.agencyId.name} value={UNSURE} />{" "}
                  {t("complaint.pickUnsure")}
                </label>
              </fieldset>
            ) : null}
          </div>
          <div className="for-recruiter">
            <p className="hint">{t("complaint.recruiterHint")}</p>
            <Field
              id={fields.recruiterName.id}
              label={t("complaint.recruiterName")}
              errors={fields.recruiterName.errors}
              inputProps={getInputProps(fields.recruiterName, { type: "text" })}
            />
            <Field
              id={fields.recruiterPhone.id}
              label={t("complaint.recruiterPhone")}
              errors={fields.recruiterPhone.errors}
              inputProps={{ ...getInputProps(fields.recruiterPhone, { type: "tel" }) }}
            />
            <Field
              id={fields.recruiterAccount.id}
              label={t("complaint.recruiterAccount")}
              hint={t("complaint.recruiterAccount.hint")}
              errors={fields.recruiterAccount.errors}
              inputProps={getInputProps(fields.recruiterAccount, { type: "text" })}
            />
            <Field
              id={fields.whereSeen.id}
              label={t("complaint.whereSeen")}
              errors={fields.whereSeen.errors}
              inputProps={getInputProps(fields.whereSeen, { type: "text" })}
            />
          </div>
        </fieldset>
        <TextAreaField
          id={fields.description.id}
          label={t("complaint.description")}
          hint={t("complaint.description.hint")}
          required
          errors={fields.description.errors}
          textareaProps={getTextareaProps(fields.description)}
        />
        <fieldset>
          <legend>{t("complaint.you")}</legend>
          <p className="hint">{t("complaint.you.hint")}</p>
          <Field
            id={fields.reporterName.id}
            label={t("field.name")}
            errors={fields.reporterName.errors}
            inputProps={{
              ...getInputProps(fields.reporterName, { type: "text" }),
              autoComplete: "name",
            }}
          />
          <Field
            id={fields.reporterEmail.id}
            label={t("field.email")}
            errors={fields.reporterEmail.errors}
            inputProps={{
              ...getInputProps(fields.reporterEmail, { type: "email" }),
              autoComplete: "email",
            }}
          />
          <Field
            id={fields.reporterPhone.id}
            label={t("field.phone")}
            errors={fields.reporterPhone.errors}
            inputProps={{
              ...getInputProps(fields.reporterPhone, { type: "tel" }),
              autoComplete: "tel",
            }}
          />
        </fieldset>
        <button type="submit">{t("complaint.submit")}</button>
      </Form>
    </section>
  );
}
