import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { can } from "~/auth/permissions";
import { requirePermission } from "~/auth/require.server";
import {
  EDITABLE,
  editableValues,
  PublishSchema,
  publishInputFromForm,
  TAGS,
} from "~/domain/compliance/rule-set-form";
import { getRuleSet } from "~/domain/compliance/rule-sets.server";
import { openProposalFor, propose } from "~/domain/decisions/decisions.server";
import { useLocale, useT } from "~/i18n/use-t";
import { type MessageKey } from "~/i18n/messages";
import { formatDate } from "~/ui/format";
import { redirectWithFlash } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejectedIssues, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf } from "~/utils/form-reply";
import { ErrorSummary, SubmissionKey, useErrorText } from "~/ui/form";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { nairobiToday } from "~/utils/validation";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled(
  (d, t, locale) =>
    d &&
    t("rules.detail", {
      country: locale === "sw" ? d.set.country.nameSw : d.set.country.nameEn,
      job: d.set.jobCategory ? t(`job.${d.set.jobCategory}` as MessageKey) : t("rules.allJobs"),
      version: d.set.version,
    }),
);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contract:review");
  const set = await getRuleSet(params.id ?? "");
  if (!set) throw new Response("Not found", { status: 404 });
  return {
    set,
    values: editableValues(set.rules),
    pending: !!(await openProposalFor(set.id)),
    canPublish: can(user, "rules:propose"),
    today: nairobiToday(),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "rules:propose");
  const form = await readForm(request);
  const parsed = PublishSchema.safeParse(publishInputFromForm(form));
  if (!parsed.success) return rejectedIssues(form, parsed.error.issues);
  try {
    await propose(
      user,
      { kind: "RULE_SET_PUBLICATION", subjectId: params.id ?? "", input: parsed.data },
      { ctx: requestContext(request), submissionKey: submissionKeyOf(form) },
    );
    return redirectWithFlash("/nea/decisions", { key: "decisions.proposed" });
  } catch (e) {
    return replyError(request, e, form);
  }
}

export default function RuleSetPage() {
  const t = useT();
  const locale = useLocale();
  const { set, values, canPublish, pending, today, submissionKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errorText = useErrorText();
  const err = (k: string) => errorText(errorsOf(result, k)).join(" ") || null;
  const unverified = (tag: string) => tag === "placeholder" || tag === "unsure";
  return (
    <section className="page">
      <p>
        <Link to="/nea/rules">{t("rules.title")}</Link>
      </p>
      <h1>
        {t("rules.detail", {
          country: locale === "sw" ? set.country.nameSw : set.country.nameEn,
          job: set.jobCategory ? t(`job.${set.jobCategory}`) : t("rules.allJobs"),
          version: set.version,
        })}
      </h1>
      <p>
        {t("rules.col.from")}: {formatDate(set.effectiveFrom, locale)}
        {set.note ? ` — ${set.note}` : ""}
      </p>
      <p className="hint">{t("rules.recordedOn", { date: formatDate(set.createdAt, locale) })}</p>
      <TableWrap>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("rules.col.set")}</th>
              <th scope="col">{t("rules.value")}</th>
              <th scope="col">{t("rules.source")}</th>
              <th scope="col">{t("rules.tag")}</th>
            </tr>
          </thead>
          <tbody>
            {EDITABLE.map((e) => {
              const v = values[e.name];
              return (
                <tr key={e.name}>
                  <td>{t(e.label)}</td>
                  <td>
                    {v.value ?? t("rules.none")}
                    {e.name === "minWage" && v.value !== null ? ` ${set.rules.currency}` : ""}
                  </td>
                  <td>{v.src}</td>
                  <td>
                    {unverified(v.tag) ? (
                      <span className="badge badge-warn">{t(`tag.${v.tag}`)}</span>
                    ) : (
                      t(`tag.${v.tag}`)
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      {pending ? (
        <p className="alert alert-info">
          {t("decisions.pending")} <Link to="/nea/decisions">{t("decisions.open")}</Link>
        </p>
      ) : null}
      {canPublish && !pending ? (
        <Form method="post">
          <h2>{t("rules.publish")}</h2>
          <p className="hint">{t("rules.publish.hint")}</p>
          <ErrorSummary
            errors={allErrorsOf(result)}
            result={result}
            idOf={(name) => name.replace(/^fields\./, "")}
          />
          <SubmissionKey value={submissionKey} />
          {EDITABLE.map((e) => {
            const v = values[e.name];
            return (
              <fieldset key={e.name}>
                <legend>{t(e.label)}</legend>
                <div className="field">
                  <label htmlFor={`${e.name}.value`}>{t("rules.value")}</label>
                  <input
                    id={`${e.name}.value`}
                    name={`${e.name}.value`}
                    inputMode="decimal"
                    defaultValue={v.value ?? ""}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${e.name}.src`}>{t("rules.source")}</label>
                  <input
                    id={`${e.name}.src`}
                    name={`${e.name}.src`}
                    defaultValue={v.src}
                    aria-invalid={err(`fields.${e.name}.src`) ? true : undefined}
                    aria-describedby={
                      err(`fields.${e.name}.src`) ? `${e.name}-src-error` : undefined
                    }
                  />
                  {err(`fields.${e.name}.src`) ? (
                    <p id={`${e.name}-src-error`} className="field-error" role="alert">
                      {err(`fields.${e.name}.src`)}
                    </p>
                  ) : null}
                </div>
                <div className="field">
                  <label htmlFor={`${e.name}.tag`}>{t("rules.tag")}</label>
                  <select id={`${e.name}.tag`} name={`${e.name}.tag`} defaultValue={v.tag}>
                    {TAGS.map((tag) => (
                      <option key={tag} value={tag}>
                        {t(`tag.${tag}`)}
                      </option>
                    ))}
                  </select>
                </div>
              </fieldset>
            );
          })}
          <div className="field">
            <label htmlFor="effectiveFrom">{t("rules.effectiveFrom")}</label>
            <input
              id="effectiveFrom"
              name="effectiveFrom"
              type="date"
              min={today}
              defaultValue={today}
              aria-invalid={err("effectiveFrom") ? true : undefined}
              aria-describedby={err("effectiveFrom") ? "effectiveFrom-error" : undefined}
            />
            {err("effectiveFrom") ? (
              <p id="effectiveFrom-error" className="field-error" role="alert">
                {err("effectiveFrom")}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="note">{t("rules.note")}</label>
            <textarea
              id="note"
              name="note"
              rows={3}
              aria-invalid={err("note") ? true : undefined}
              aria-describedby={err("note") ? "note-error" : undefined}
            />
            {err("note") ? (
              <p id="note-error" className="field-error" role="alert">
                {err("note")}
              </p>
            ) : null}
          </div>
          <button type="submit">{t("rules.publish.submit", { version: set.version + 1 })}</button>
        </Form>
      ) : null}
    </section>
  );
}
