import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import {
  actOnRecruiter,
  mergeRecruiter,
  recruiterFor,
} from "~/domain/recruiters/recruiter-review.server";
import { RecruiterMergeSchema, RecruiterStepSchema } from "~/domain/recruiters/recruiters.schema";
import { useLocale, useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";
import { ErrorSummary, Field, SubmissionKey, TextAreaField } from "~/ui/form";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, type FormReply } from "~/utils/form-reply";
import { parseWithZod } from "~/ui/conform";
import { requestContext } from "~/utils/request.server";

/** The page's heading and title: the recruiter (NEA's name for it, or its first number) and status. */
const headingOf = (
  r: { label: string | null; identifiers: { display: string }[] },
  status: string,
) => `${r.label ?? r.identifiers[0]?.display ?? ""} · ${status}`;

export const handle = titled(
  (d, t) => d && headingOf(d, t(`recruiters.status.${d.status}` as MessageKey)),
);

// NEA (issue 20 §1): one reported recruiter — its numbers and pages, where the reports came from —
// and the steps the workflow table allows this official (four eyes), or a merge.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "complaint:triage");
  const r = await recruiterFor(user, params.id ?? "");
  if (r.mergedInto !== null) throw redirect(`/nea/recruiters/${r.mergedInto}`);
  return { ...r, submissionKey: newSubmissionKey() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "complaint:triage");
  const form = await readForm(request);
  const id = params.id ?? "";
  const ctx = requestContext(request);
  if (form.get("intent") === "merge") {
    const submission = parseWithZod(form, { schema: RecruiterMergeSchema });
    if (submission.status !== "success") return rejected(submission, { form: "merge" });
    try {
      await mergeRecruiter(user, id, submission.value.other, ctx);
    } catch (e) {
      return replyError(request, e, submission, { form: "merge" });
    }
    return redirectWithFlash(`/nea/recruiters/${id}`, { key: "recruiters.merged" });
  }
  const submission = parseWithZod(form, { schema: RecruiterStepSchema });
  if (submission.status !== "success") return rejected(submission, { form: "step" });
  const v = submission.value;
  try {
    await actOnRecruiter(user, id, v.intent, v, ctx, submissionKeyOf(form));
  } catch (e) {
    return replyError(request, e, submission, { form: "step" });
  }
  return redirectWithFlash(`/nea/recruiters/${id}`, { key: "recruiters.done" });
}

export default function Recruiter() {
  const t = useT();
  const locale = useLocale();
  const r = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const reply = (name: string) => (result?.form === name ? (result as FormReply) : undefined);
  const step = reply("step");
  const merge = reply("merge");
  return (
    <section className="page">
      <h1>{headingOf(r, t(`recruiters.status.${r.status}`))}</h1>
      {r.label ? <p>{t("recruiters.detail.publicName", { label: r.label })}</p> : null}
      {r.proposalNote ? <p>{t("recruiters.detail.proposal", { note: r.proposalNote })}</p> : null}
      <h2>{t("recruiters.detail.identifiers")}</h2>
      <ul>
        {r.identifiers.map((i) => (
          <li key={i.id}>
            {t(`check.kind.${i.kind}`)}: {i.display} ({i.reports})
          </li>
        ))}
      </ul>
      <h2>{t("recruiters.detail.sources")}</h2>
      <ul>
        {r.sources.map((s) => (
          <li key={s.source}>
            {t(`recruiters.source.${s.source}`)}: {s.count}
            {s.last ? ` · ${formatDate(s.last, locale)}` : null}
          </li>
        ))}
      </ul>
      {r.heldByFourEyes ? <p className="alert alert-info">{t("recruiters.fourEyesHeld")}</p> : null}
      {r.actions.length ? (
        <Form method="post" noValidate>
          <ErrorSummary errors={allErrorsOf(step)} result={step} />
          <SubmissionKey value={r.submissionKey} />
          {r.actions.includes("proposeConfirm") ? (
            <Field
              id="label"
              label={t("recruiters.label")}
              hint={t("recruiters.label.hint")}
              errors={errorsOf(step, "label")}
              inputProps={{ name: "label", type: "text", maxLength: 120 }}
            />
          ) : null}
          {r.actions.some((a) => a.startsWith("propose")) ? (
            <TextAreaField
              id="note"
              label={t("recruiters.note")}
              errors={errorsOf(step, "note")}
              textareaProps={{ name: "note", maxLength: 1000 }}
            />
          ) : null}
          {r.actions.map((a) => (
            <button key={a} type="submit" name="intent" value={a}>
              {t(`recruiters.action.${a}`)}
            </button>
          ))}
        </Form>
      ) : null}
      {r.mayMerge ? (
        <Form method="post" noValidate>
          <h2>{t("recruiters.merge.title")}</h2>
          <ErrorSummary errors={allErrorsOf(merge)} result={merge} />
          <input type="hidden" name="intent" value="merge" />
          <Field
            id="other"
            label={t("recruiters.merge.other")}
            errors={errorsOf(merge, "other")}
            inputProps={{ name: "other", type: "text", maxLength: 200 }}
          />
          <button type="submit" className="secondary">
            {t("recruiters.merge.submit")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
