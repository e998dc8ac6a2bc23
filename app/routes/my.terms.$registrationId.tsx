import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { reportTerms, termsToConfirm } from "~/domain/mission/terms-check.server";
import { TermsReportSchema } from "~/domain/mission/mission.schema";
import { useLocale, useT } from "~/i18n/use-t";
import { getLocale } from "~/i18n/i18n.server";
import { ErrorSummary, SubmissionKey } from "~/ui/form";
import { getFormProps, parseWithZod, useForm } from "~/ui/conform";
import { TermsFields, termsDefaults } from "~/ui/terms-form";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate } from "~/ui/format";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { requestContext } from "~/utils/request.server";

export const handle = titled("terms.title", NO_SCRIPTS);

// Workers abroad: "Is your job what was agreed?" — the first check-in (issue 19 §1). Her own
// registration only (another's is a 404); a difference opens a contract-substitution case.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  return {
    ...(await termsToConfirm(user, params.registrationId ?? "")),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const form = await readForm(request);
  form.set("registrationId", params.registrationId ?? "");
  const submission = parseWithZod(form, { schema: TermsReportSchema });
  if (submission.status !== "success") return rejected(submission);
  const { registrationId, ...reported } = submission.value;
  try {
    const r = await reportTerms(
      user,
      registrationId,
      reported,
      requestContext(request),
      submissionKeyOf(form),
    );
    return r.caseReference
      ? redirectWithFlash("/my/help", {
          key: "terms.different",
          vars: { reference: r.caseReference },
        })
      : redirectWithFlash("/my/departure", {
          key: "terms.asAgreed",
          vars: { date: formatDate(r.next, await getLocale(request)) },
        });
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function TermsCheck() {
  const t = useT();
  const locale = useLocale();
  const { approved, open, last, contractReference, submissionKey } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof TermsReportSchema>>({
    lastResult,
    defaultValue: termsDefaults(approved),
  });
  return (
    <section className="page">
      <h1>{t("terms.title")}</h1>
      {last ? <p>{t("terms.lastReport", { date: formatDate(last.at, locale) })}</p> : null}
      {!open ? (
        <p className="alert alert-info">{t("terms.closed")}</p>
      ) : (
        <>
          <p>{t("terms.intro", { reference: contractReference })}</p>
          <Form method="post" {...getFormProps(form)} noValidate>
            <ErrorSummary form={form} result={lastResult} />
            <SubmissionKey value={submissionKey} />
            <TermsFields fields={fields} approved={approved} />
            <button type="submit">{t("terms.submit")}</button>
          </Form>
        </>
      )}
      <p>
        <Link to="/my/departure">{t("departure.title")}</Link>
      </p>
    </section>
  );
}
