import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { DecisionError, propose } from "~/domain/decisions/decisions.server";
import { recordForLink, RecordLinkSchema } from "~/domain/workers/record-links.server";
import { WorkerError } from "~/domain/workers/worker-record.server";
import { useT } from "~/i18n/use-t";
import { redirectWithFlash } from "~/ui/flash.server";
import { Field, SubmissionKey, TextAreaField } from "~/ui/form";
import { readForm } from "~/utils/http.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { titled } from "~/ui/page-title";

export const handle = titled("recordLinks.title");

// NEA officers: after checking a worker's ID card in person, propose linking her account to a
// record no claim code can reach; a second official confirms it under Decisions waiting (ADR 0016).
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "worker:correct");
  return { submissionKey: newSubmissionKey() };
}

type Errors = Partial<Record<"account" | "nationalId" | "reason" | "form", string[]>>;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:correct");
  const form = await readForm(request);
  const parsed = RecordLinkSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const errors: Errors = {};
    for (const i of parsed.error.issues) (errors[i.path[0] as keyof Errors] ??= []).push(i.message);
    return data({ errors }, { status: 400 });
  }
  try {
    const record = await recordForLink(parsed.data.nationalId);
    if (!record) throw new WorkerError("recordLinks.error.noRecord", "nationalId");
    await propose(
      user,
      { kind: "RECORD_LINK", subjectId: record.id, input: parsed.data },
      { ctx: requestContext(request), submissionKey: submissionKeyOf(form) },
    );
  } catch (e) {
    if (e instanceof WorkerError)
      return data({ errors: { [e.field ?? "form"]: [e.key] } as Errors }, { status: 409 });
    if (e instanceof DecisionError)
      return data({ errors: { form: [e.key] } as Errors }, { status: e.status });
    throw e;
  }
  return redirectWithFlash("/nea/decisions", { key: "decisions.proposed" });
}

export default function RecordLinks() {
  const t = useT();
  const { submissionKey } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const errors = r?.errors ?? {};
  return (
    <section className="page">
      <h1>{t("recordLinks.title")}</h1>
      <p>{t("recordLinks.intro")}</p>
      {errors.form ? (
        <p className="alert alert-error" role="alert">
          {errors.form.map((k) => t(k as "recordLinks.error.linked")).join(" ")}
        </p>
      ) : null}
      <Form method="post">
        <SubmissionKey value={submissionKey} />
        <Field
          id="account"
          label={t("recordLinks.account")}
          required
          errors={errors.account}
          inputProps={{ name: "account", type: "text", required: true, autoComplete: "off" }}
        />
        <Field
          id="nationalId"
          label={t("recordLinks.nationalId")}
          required
          errors={errors.nationalId}
          inputProps={{ name: "nationalId", inputMode: "numeric", required: true }}
        />
        <TextAreaField
          id="reason"
          label={t("recordLinks.reason")}
          hint={t("recordLinks.reasonHint")}
          required
          errors={errors.reason}
          textareaProps={{ name: "reason", rows: 3, required: true, minLength: 10 }}
        />
        <button type="submit">{t("recordLinks.submit")}</button>
      </Form>
    </section>
  );
}
