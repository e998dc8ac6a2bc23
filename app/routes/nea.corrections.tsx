import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { CorrectionDecisionSchema } from "~/domain/workers/profile.schema";
import {
  decideCorrection,
  listCorrections,
  needsSecondOfficial,
} from "~/domain/workers/corrections.server";
import { propose } from "~/domain/decisions/decisions.server";
import { useLocale, useT } from "~/i18n/use-t";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDateTime } from "~/ui/format";
import { NextPage } from "~/ui/pager";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { titled } from "~/ui/page-title";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf } from "~/utils/form-reply";
import { ErrorSummary, SubmissionKey } from "~/ui/form";
import { parseWithZod } from "~/ui/conform";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";

export const handle = titled("corrections.title");

// NEA officers: workers' requests to correct their name, national ID or date of birth, oldest first.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:correct");
  const after = new URL(request.url).searchParams.get("after");
  const list = await listCorrections(user, after, requestContext(request));
  return { ...list, submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:correct");
  const form = await readForm(request);
  const which = { form: String(form.get("id") ?? "") };
  const submission = parseWithZod(form, { schema: CorrectionDecisionSchema });
  if (submission.status !== "success") return rejected(submission, which);
  const parsed = { data: submission.value };
  const ctx = requestContext(request);
  try {
    // A new national ID is confirmed by a second official (ADR 0016): applying it proposes it.
    if (parsed.data.intent === "apply" && (await needsSecondOfficial(parsed.data.id))) {
      await propose(
        user,
        {
          kind: "ID_CORRECTION",
          subjectId: parsed.data.id,
          input: parsed.data.note ? { note: parsed.data.note } : {},
        },
        { ctx, submissionKey: submissionKeyOf(form) },
      );
      return redirectWithFlash("/nea/decisions", { key: "decisions.proposed" });
    }
    await decideCorrection(user, parsed.data, ctx);
  } catch (e) {
    return replyError(request, e, submission, which);
  }
  return redirectWithFlash("/nea/corrections", {
    key: parsed.data.intent === "apply" ? "corrections.applied" : "corrections.rejected",
  });
}

export default function Corrections() {
  const t = useT();
  const locale = useLocale();
  const { requests, next, submissionKey } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  // A reply belongs to the request whose form sent it; one that names no listed request goes on top.
  const mine = (id: string) => (r?.form === id ? r : undefined);
  const listed = requests.some((c) => c.id === r?.form);
  return (
    <section className="page">
      <h1>{t("corrections.title")}</h1>
      <p>{t("corrections.intro")}</p>
      <p>
        <Link to="/nea/record-links">{t("recordLinks.open")}</Link>
      </p>
      {r && !listed ? <ErrorSummary errors={allErrorsOf(r)} result={r} /> : null}
      {requests.length === 0 ? (
        <p>{t("corrections.empty")}</p>
      ) : (
        <ul className="cards">
          {requests.map((c) => (
            <li key={c.id} className="card">
              <h2>
                {c.workerName} — {t(`profile.field.${c.field}`)}
              </h2>
              <dl>
                <dt>{t("corrections.current")}</dt>
                <dd>{c.current ?? "—"}</dd>
                <dt>{t("profile.correctionValue")}</dt>
                <dd>{c.requestedValue}</dd>
                <dt>{t("profile.correctionReason")}</dt>
                <dd>{c.reason}</dd>
                <dt>{t("col.date")}</dt>
                <dd>{formatDateTime(c.createdAt, locale)}</dd>
              </dl>
              <Form method="post">
                <ErrorSummary
                  errors={allErrorsOf(mine(c.id))}
                  result={mine(c.id)}
                  idOf={(name) => `${name}-${c.id}`}
                />
                <SubmissionKey value={submissionKey} />
                <input type="hidden" name="id" value={c.id} />
                <div className="field">
                  <label htmlFor={`note-${c.id}`}>
                    {t("corrections.note")} <span className="muted">{t("field.optional")}</span>
                  </label>
                  <input id={`note-${c.id}`} name="note" type="text" maxLength={2000} />
                </div>
                <button type="submit" name="intent" value="apply">
                  {t("corrections.apply")}
                </button>{" "}
                <button type="submit" name="intent" value="reject" className="secondary">
                  {t("corrections.reject")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <NextPage cursor={next} />
    </section>
  );
}
