import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { reportTermsAtVisit, termsForVisit } from "~/domain/mission/terms-check.server";
import { TermsReportSchema } from "~/domain/mission/mission.schema";
import { useT } from "~/i18n/use-t";
import { ErrorSummary, SubmissionKey } from "~/ui/form";
import { getFormProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { titled } from "~/ui/page-title";
import { TermsFields, termsDefaults } from "~/ui/terms-form";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { requestContext } from "~/utils/request.server";

export const handle = titled("terms.visitTitle");

// The attaché, at a visit or on a call: what the worker says her job is really like (issue 19 §1).
// Her own mission's workers only (another mission's is not found); viewing is recorded.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mission:workers");
  return {
    ...(await termsForVisit(user, params.id ?? "", requestContext(request))),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mission:workers");
  const form = await readForm(request);
  const id = params.id ?? "";
  form.set("registrationId", id);
  const submission = parseWithZod(form, { schema: TermsReportSchema });
  if (submission.status !== "success") return rejected(submission);
  const { registrationId, ...reported } = submission.value;
  try {
    const r = await reportTermsAtVisit(
      user,
      registrationId,
      reported,
      requestContext(request),
      submissionKeyOf(form),
    );
    return redirectWithFlash(
      `/mission/workers/${id}`,
      r.caseReference
        ? { key: "terms.visitCase", vars: { reference: r.caseReference } }
        : { key: "terms.visitAsAgreed" },
    );
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function TermsAtVisit() {
  const t = useT();
  const { approved, open, worker, contractReference, registrationId, submissionKey } =
    useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof TermsReportSchema>>({
    lastResult,
    defaultValue: termsDefaults(approved),
  });
  return (
    <section className="page">
      <h1>{t("terms.visitTitle")}</h1>
      {!open ? (
        <p className="alert alert-info">{t("mission.error.noCheckIn")}</p>
      ) : (
        <>
          <p>{t("terms.visitIntro", { worker, reference: contractReference })}</p>
          <Form method="post" {...getFormProps(form)} noValidate>
            <ErrorSummary form={form} result={lastResult} />
            <SubmissionKey value={submissionKey} />
            <TermsFields fields={fields} approved={approved} />
            <button type="submit">{t("terms.visitSubmit")}</button>
          </Form>
        </>
      )}
      <p>
        <Link to={`/mission/workers/${registrationId}`}>{worker}</Link>
      </p>
    </section>
  );
}
