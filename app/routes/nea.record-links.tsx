import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { propose } from "~/domain/decisions/decisions.server";
import { recordForLink, RecordLinkSchema } from "~/domain/workers/record-links.server";
import { useT } from "~/i18n/use-t";
import { redirectWithFlash } from "~/ui/flash.server";
import { ErrorSummary, Field, SubmissionKey, TextAreaField } from "~/ui/form";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { parseWithZod } from "~/ui/conform";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { titled } from "~/ui/page-title";
import { DomainError } from "~/domain/errors";

export const handle = titled("recordLinks.title");

// NEA officers: after checking a worker's ID card in person, propose linking her account to a
// record no claim code can reach; a second official confirms it under Decisions waiting (ADR 0016).
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "worker:correct");
  return { submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:correct");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: RecordLinkSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    const record = await recordForLink(submission.value.nationalId);
    if (!record) throw new DomainError("recordLinks.error.noRecord", { field: "nationalId" });
    await propose(
      user,
      { kind: "RECORD_LINK", subjectId: record.id, input: submission.value },
      { ctx: requestContext(request), submissionKey: submissionKeyOf(form) },
    );
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash("/nea/decisions", { key: "decisions.proposed" });
}

export default function RecordLinks() {
  const t = useT();
  const { submissionKey } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  return (
    <section className="page">
      <h1>{t("recordLinks.title")}</h1>
      <p>{t("recordLinks.intro")}</p>
      <Form method="post">
        <ErrorSummary errors={allErrorsOf(r)} result={r} />
        <SubmissionKey value={submissionKey} />
        <Field
          id="account"
          label={t("recordLinks.account")}
          required
          errors={errorsOf(r, "account")}
          inputProps={{
            name: "account",
            type: "text",
            required: true,
            autoComplete: "off",
            defaultValue: valueOf(r, "account"),
          }}
        />
        <Field
          id="nationalId"
          label={t("recordLinks.nationalId")}
          required
          errors={errorsOf(r, "nationalId")}
          inputProps={{
            name: "nationalId",
            inputMode: "numeric",
            required: true,
            defaultValue: valueOf(r, "nationalId"),
          }}
        />
        <TextAreaField
          id="reason"
          label={t("recordLinks.reason")}
          hint={t("recordLinks.reasonHint")}
          required
          errors={errorsOf(r, "reason")}
          textareaProps={{
            name: "reason",
            rows: 3,
            required: true,
            minLength: 10,
            defaultValue: valueOf(r, "reason"),
          }}
        />
        <button type="submit">{t("recordLinks.submit")}</button>
      </Form>
    </section>
  );
}
