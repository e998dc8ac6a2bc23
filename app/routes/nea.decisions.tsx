import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/auth/require.server";
import { decide, listOpenProposals } from "~/domain/decisions/decisions.server";
import { processImport } from "~/domain/agencies/import.server";
import { useLocale, useT } from "~/i18n/use-t";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate, formatDateTime } from "~/ui/format";
import { NextPage } from "~/ui/pager";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { titled } from "~/ui/page-title";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf } from "~/utils/form-reply";
import { ErrorSummary, useErrorText } from "~/ui/form";
import { parseWithZod } from "~/ui/conform";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("decisions.title");

// NEA officials: decisions proposed by one official, waiting for a second to confirm or refuse
// (ADR 0016). The buttons each official sees come from the same table as the guard.
export async function loader({ request }: LoaderFunctionArgs) {
  // NEA officials and admins (officials' accounts); each sees the kinds their role proposes or decides.
  const user = await requireUser(request);
  const after = new URL(request.url).searchParams.get("after");
  return listOpenProposals(user, { cursor: after });
}

const DecideSchema = z
  .object({
    id: z.uuid(),
    intent: z.enum(["confirm", "refuse", "withdraw"]),
    note: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .transform((v) => v || null),
  })
  .refine((v) => v.intent !== "refuse" || (v.note?.length ?? 0) >= 5, {
    path: ["note"],
    message: "decisions.error.note",
  });

const FLASH = {
  confirm: "decisions.confirmed",
  refuse: "decisions.refused",
  withdraw: "decisions.withdrawn",
} as const;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request); // decide() checks the kind's permissions
  const form = await readForm(request);
  const which = { form: String(form.get("id") ?? "") };
  const submission = parseWithZod(form, { schema: DecideSchema });
  if (submission.status !== "success") return rejected(submission, which);
  const parsed = { data: submission.value };
  try {
    const done = await decide(
      user,
      parsed.data.id,
      parsed.data.intent,
      parsed.data.note,
      requestContext(request),
    );
    // A confirmed import starts now in this server; the scheduler resumes it if this server stops.
    if (done.kind === "AGENCY_IMPORT" && parsed.data.intent === "confirm" && !done.repeated)
      void processImport(done.subjectId!).catch((e) => console.error("[import]", e));
  } catch (e) {
    // Four eyes, already decided, or no longer applicable as proposed: nothing was applied.
    return replyError(request, e, submission, which);
  }
  return redirectWithFlash("/nea/decisions", { key: FLASH[parsed.data.intent] });
}

export default function Decisions() {
  const t = useT();
  const locale = useLocale();
  const { proposals, next } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const mine = (id: string) => (r?.form === id ? r : undefined);
  const errorText = useErrorText();
  return (
    <section className="page">
      <h1>{t("decisions.title")}</h1>
      <p>{t("decisions.intro")}</p>
      {proposals.length === 0 ? (
        <p>{t("decisions.empty")}</p>
      ) : (
        <ul className="cards">
          {proposals.map((p) => {
            const input = p.input as {
              intent?: string;
              action?: string;
              licenceNos?: string[];
              noticeDate?: string;
              hearingDate?: string;
              effectiveFrom?: string;
              role?: string;
              email?: string;
              account?: string;
            };
            const sanction = input.intent ?? input.action;
            return (
              <li key={p.id} className="card">
                <h2>{t(`decisions.kind.${p.kind}`)}</h2>
                <dl className="facts">
                  {p.subject ? (
                    <div>
                      <dt>{t("decisions.subject")}</dt>
                      <dd>
                        <Link to={p.subject.href}>{p.subject.label}</Link>
                      </dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t("decisions.what")}</dt>
                    <dd>
                      {sanction ? t(`sanction.${sanction as "suspend"}`) : null}
                      {input.role ? t(`role.${input.role as "NEA_OFFICER"}`) : null}
                      {input.licenceNos
                        ? ` — ${t("decisions.agencies", { count: input.licenceNos.length })}: ${input.licenceNos.slice(0, 20).join(", ")}${input.licenceNos.length > 20 ? "…" : ""}`
                        : null}
                      {p.subject?.counts ? t("import.summary.preview", p.subject.counts) : null}
                      {p.kind === "RECORD_LINK" && input.account
                        ? t("recordLinks.what", { account: input.account })
                        : null}
                      {input.effectiveFrom
                        ? t("decisions.effectiveFrom", {
                            date: formatDate(input.effectiveFrom, locale),
                          })
                        : null}
                    </dd>
                  </div>
                  <div>
                    <dt>{t("sanction.reason")}</dt>
                    <dd className="prewrap">{p.reason}</dd>
                  </div>
                  {input.noticeDate ? (
                    <div>
                      <dt>{t("sanction.noticeDate")}</dt>
                      <dd>{formatDate(input.noticeDate, locale)}</dd>
                    </div>
                  ) : null}
                  {input.hearingDate ? (
                    <div>
                      <dt>{t("sanction.hearingDate")}</dt>
                      <dd>{formatDate(input.hearingDate, locale)}</dd>
                    </div>
                  ) : null}
                </dl>
                {p.kind === "RULE_SET_PUBLICATION" ? (
                  p.changes.length ? (
                    <TableWrap>
                      <table>
                        <caption>{t("decisions.changes")}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t("rules.value")}</th>
                            <th scope="col">{t("decisions.was")}</th>
                            <th scope="col">{t("decisions.now")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {p.changes.map((c) => (
                            <tr key={c.name}>
                              <td>{t(c.label)}</td>
                              <td>
                                {c.was.value ?? t("rules.none")} — {c.was.src} (
                                {t(`tag.${c.was.tag}`)})
                              </td>
                              <td>
                                <strong>{c.now.value ?? t("rules.none")}</strong> — {c.now.src} (
                                {t(`tag.${c.now.tag}`)})
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableWrap>
                  ) : (
                    <p>{t("decisions.noChanges")}</p>
                  )
                ) : null}
                <p className="muted">
                  {t("decisions.proposedBy", {
                    name: p.proposedByName,
                    date: formatDateTime(p.createdAt, locale),
                  })}
                </p>
                {p.mine ? <p className="alert alert-info">{t("decisions.byYou")}</p> : null}
                {!p.actions.length && mine(p.id) ? (
                  <ErrorSummary
                    errors={allErrorsOf(mine(p.id))}
                    result={mine(p.id)}
                    idOf={(name) => `${name}-${p.id}`}
                  />
                ) : null}
                {p.actions.length ? (
                  <Form method="post">
                    <ErrorSummary
                      errors={allErrorsOf(mine(p.id))}
                      result={mine(p.id)}
                      idOf={(name) => `${name}-${p.id}`}
                    />
                    <input type="hidden" name="id" value={p.id} />
                    {p.actions.includes("refuse") ? (
                      <div className="field">
                        <label htmlFor={`note-${p.id}`}>{t("decisions.note")}</label>
                        <p id={`note-${p.id}-hint`} className="hint">
                          {t("decisions.noteHint")}
                        </p>
                        <textarea
                          id={`note-${p.id}`}
                          name="note"
                          rows={2}
                          maxLength={2000}
                          aria-invalid={errorsOf(mine(p.id), "note") ? true : undefined}
                          aria-describedby={`note-${p.id}-hint${errorsOf(mine(p.id), "note") ? ` note-${p.id}-error` : ""}`}
                        />
                        {errorsOf(mine(p.id), "note") ? (
                          <p id={`note-${p.id}-error`} className="field-error" role="alert">
                            {errorText(errorsOf(mine(p.id), "note")).join(" ")}
                          </p>
                        ) : null}
                      </div>
                    ) : null}
                    {p.actions.includes("confirm") ? (
                      <>
                        <p className="hint">{t("decisions.confirmAsk")}</p>
                        <button type="submit" name="intent" value="confirm" className="danger">
                          {t("decisions.confirm")}
                        </button>{" "}
                      </>
                    ) : null}
                    {p.actions.includes("refuse") ? (
                      <button type="submit" name="intent" value="refuse" className="secondary">
                        {t("decisions.refuse")}
                      </button>
                    ) : null}
                    {p.actions.includes("withdraw") ? (
                      <button type="submit" name="intent" value="withdraw" className="secondary">
                        {t("decisions.withdraw")}
                      </button>
                    ) : null}
                  </Form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <NextPage cursor={next} />
    </section>
  );
}
