import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import type { ContractTerms } from "~/domain/contracts/contracts.schema";
import { nairobiToday } from "~/utils/validation";
import { MissionActionSchema } from "~/domain/mission/mission.schema";
import {
  changeRegistrationStatus,
  confirmArrival,
  missionWorker,
} from "~/domain/mission/mission.server";
import { recordVisit } from "~/domain/mission/checkins.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { useLocale, useT } from "~/i18n/use-t";
import { ContractTermsTable } from "~/ui/contract-terms";
import { ErrorSummary, Field, SelectField, SubmissionKey, TextAreaField } from "~/ui/form";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate, formatDateTime, formatPhone } from "~/ui/format";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { parseWithZod } from "~/ui/conform";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";
import { startOfNairobiDay } from "~/utils/validation";
import { recordReturn, returnOf } from "~/domain/returns/returns.server";
import { ReturnSchema } from "~/domain/returns/returns.schema";
import { ReturnForm } from "~/ui/return-forms";
import { ReturnSummary } from "~/ui/return-summary";

export const handle = titled("mission.worker.pageTitle");

// Labour attachés: one worker registered with their mission (another mission's worker: not found).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mission:workers");
  const r = await missionWorker(user, params.id ?? "", requestContext(request));
  return {
    r,
    back: await returnOf(user, r.id),
    today: nairobiToday(),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mission:workers");
  const id = params.id ?? "";
  const ctx = requestContext(request);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  // Her return home (issue 20 §3): its own form and rule, shared with her page and NEA's desk.
  if (intent === "return") {
    const back = parseWithZod(form, { schema: ReturnSchema });
    if (back.status !== "success") return rejected(back, { form: intent });
    try {
      await recordReturn(user, id, back.value, ctx, submissionKeyOf(form));
    } catch (e) {
      return replyError(request, e, back, { form: intent });
    }
    return redirectWithFlash(`/mission/workers/${id}`, { key: "returns.recordedFor" });
  }
  const submission = parseWithZod(form, { schema: MissionActionSchema });
  if (submission.status !== "success") return rejected(submission, { form: intent });
  const a = submission.value;
  try {
    if (a.intent === "arrive") await confirmArrival(user, id, startOfNairobiDay(a.arrivedOn), ctx);
    if (a.intent === "status") await changeRegistrationStatus(user, id, a.to, a.note, ctx);
    if (a.intent === "visit")
      await recordVisit(user, id, { outcome: a.outcome, note: a.note }, ctx, submissionKeyOf(form));
  } catch (e) {
    return replyError(request, e, submission, { form: intent });
  }
  const key =
    a.intent === "arrive"
      ? "mission.arrivalConfirmed"
      : a.intent === "status"
        ? "mission.statusChanged"
        : "mission.visitRecorded";
  return redirectWithFlash(`/mission/workers/${id}`, { key });
}

export default function MissionWorker() {
  const t = useT();
  const locale = useLocale();
  const { r, back, today, submissionKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  // Each form shows only its own reply; after a success every form remounts empty (a new key).
  const mine = (intent: string) => (result?.form === intent ? result : undefined);
  const errs = (intent: string, field: string) => errorsOf(mine(intent), field);
  const summary = (intent: string) => (
    <>
      <ErrorSummary errors={allErrorsOf(mine(intent))} result={mine(intent)} />
      <SubmissionKey value={submissionKey} />
    </>
  );
  const kin = r.worker.nextOfKin[0];
  return (
    <section className="page">
      <p>
        <Link to="/mission">{t("mission.back")}</Link>
      </p>
      <h1>
        {r.worker.firstName} {r.worker.lastName}
      </h1>
      <p>
        <strong>{t(`mission.status.${r.status}`)}</strong>
      </p>
      {r.employer.watchListed ? (
        <p className="alert alert-error">
          {t("mission.watchListed", { reason: r.employer.watchReason ?? "" })}
        </p>
      ) : null}
      <h2>{t("mission.details")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("profile.passportNo")}</dt>
          <dd>
            {r.worker.passportNo ?? "—"}
            {r.worker.passportExpiry ? ` (${formatDate(r.worker.passportExpiry, locale)})` : ""}
          </dd>
        </div>
        <div>
          <dt>{t("profile.dateOfBirth")}</dt>
          <dd>{formatDate(r.worker.dateOfBirth, locale)}</dd>
        </div>
        <div>
          <dt>{t("mission.phoneAbroad")}</dt>
          <dd>{r.phoneAbroad ? <a href={`tel:${r.phoneAbroad}`}>{r.phoneAbroad}</a> : "—"}</dd>
        </div>
        <div>
          <dt>{t("mission.phoneKenya")}</dt>
          <dd>{formatPhone(r.worker.phone) || "—"}</dd>
        </div>
        <div>
          <dt>{t("mission.addressAbroad")}</dt>
          <dd>
            {r.addressAbroad ?? "—"}
            {r.city ? `, ${r.city}` : ""}
          </dd>
        </div>
        <div>
          <dt>{t("mission.employerContact")}</dt>
          <dd>{r.employerContact ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("mission.col.employer")}</dt>
          <dd>
            {r.employer.name ?? "—"}, {r.employer.city} ·{" "}
            <Link to={`/mission?employer=${r.employer.id}`}>{t("mission.sameEmployer")}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("mission.col.agency")}</dt>
          <dd>
            {r.agency.name} ({r.agency.licenceNo ?? "—"}, {t(`status.${r.agency.status}`)}) ·{" "}
            <Link to={`/mission?agency=${r.agency.id}`}>{t("mission.sameAgency")}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("mission.arrived")}</dt>
          <dd>{r.arrivedAt ? formatDate(r.arrivedAt, locale) : t("mission.notArrived")}</dd>
        </div>
        <div>
          <dt>{t("mission.kin")}</dt>
          <dd>
            {kin ? `${kin.name} (${kin.relation}), ${formatPhone(kin.phone)}` : t("mission.noKin")}
          </dd>
        </div>
      </dl>

      {r.status === "PRE_REGISTERED" ? (
        <Form key={`${submissionKey}-arrive`} method="post" noValidate>
          <h2>{t("mission.confirmArrival")}</h2>
          {summary("arrive")}
          <Field
            id="arrivedOn"
            label={t("mission.arrivedOn")}
            required
            errors={errs("arrive", "arrivedOn")}
            inputProps={{ name: "arrivedOn", type: "date", defaultValue: today, max: today }}
          />
          <button type="submit" name="intent" value="arrive">
            {t("mission.confirmArrival")}
          </button>
        </Form>
      ) : null}

      <h2>{t("mission.checkIns")}</h2>
      {r.checkIns.length === 0 ? (
        <p>{t("mission.noCheckIns")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("mission.due")}</th>
                <th scope="col">{t("mission.answered")}</th>
                <th scope="col">{t("mission.channel")}</th>
                <th scope="col">{t("mission.outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {r.checkIns.map((c) => (
                <tr key={c.id}>
                  <td>
                    {formatDate(c.dueAt, locale)}
                    {c.overdue ? (
                      <>
                        {" "}
                        <strong className="badge badge-err">{t("mission.overdue")}</strong>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {c.answeredAt ? formatDateTime(c.answeredAt, locale) : t("mission.unanswered")}
                  </td>
                  <td>{c.channel ? t(`mission.channel.${c.channel}`) : "—"}</td>
                  <td>
                    {c.outcome ? t(`mission.outcome.${c.outcome}`) : "—"}
                    {c.note ? ` — ${c.note}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}

      {r.unverifiedCheckIns.length > 0 ? (
        <>
          <h3>{t("mission.unverified.title")}</h3>
          <p className="hint">{t("mission.unverified.hint")}</p>
          <ul>
            {r.unverifiedCheckIns.map((u) => (
              <li key={u.id}>
                {formatDateTime(u.at, locale)} — {t(`mission.channel.${u.channel}`)},{" "}
                {t(`mission.outcome.${u.outcome}`)}:{" "}
                {t(`mission.unverified.${u.reason as "NO_PIN"}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.arrivedAt && r.status !== "RETURNED" ? (
        <p>
          <Link to={`/mission/workers/${r.id}/terms`}>{t("terms.visitLink")}</Link>
        </p>
      ) : null}
      {r.arrivedAt && r.status !== "RETURNED" ? (
        <Form key={`${submissionKey}-visit`} method="post" noValidate>
          <h3>{t("mission.recordVisit")}</h3>
          {summary("visit")}
          <SelectField
            id="outcome"
            label={t("mission.outcome")}
            required
            errors={errs("visit", "outcome")}
            options={[
              { value: "OK", label: t("mission.visit.OK") },
              { value: "CONCERN", label: t("mission.visit.CONCERN") },
            ]}
            selectProps={{ name: "outcome", defaultValue: "OK" }}
          />
          <TextAreaField
            id="visit-note"
            label={t("mission.visitNote")}
            required
            errors={errs("visit", "note")}
            textareaProps={{
              name: "note",
              rows: 3,
              maxLength: 2000,
              defaultValue: valueOf(mine("visit"), "note"),
            }}
          />
          <button type="submit" name="intent" value="visit">
            {t("mission.recordVisit")}
          </button>
        </Form>
      ) : null}
      {back.mayRecord || back.ret ? (
        <section aria-labelledby="return-title">
          <h2 id="return-title">
            {t(back.ret ? "returns.mission.done" : "returns.mission.title")}
          </h2>
          {back.mayRecord ? (
            <>
              <p className="hint">{t("returns.mission.intro")}</p>
              <ReturnForm
                reply={mine("return")}
                submissionKey={submissionKey}
                endDay={back.endDay}
                self={false}
              />
            </>
          ) : (
            <ReturnSummary data={back} self={false} />
          )}
        </section>
      ) : null}
      {r.moves.length ? (
        <Form key={`${submissionKey}-status`} method="post" noValidate>
          <h3>{t("mission.changeStatus")}</h3>
          {summary("status")}
          <SelectField
            id="to"
            label={t("mission.statusTo")}
            required
            errors={errs("status", "to")}
            options={r.moves.map((m) => ({ value: m, label: t(`mission.status.${m}`) }))}
            selectProps={{ name: "to" }}
          />
          <TextAreaField
            id="status-note"
            label={t("mission.statusNote")}
            required
            errors={errs("status", "note")}
            textareaProps={{
              name: "note",
              rows: 2,
              maxLength: 2000,
              defaultValue: valueOf(mine("status"), "note"),
            }}
          />
          <button type="submit" name="intent" value="status" className="secondary">
            {t("mission.changeStatus")}
          </button>
        </Form>
      ) : null}

      <h2>{t("cases.list.title")}</h2>
      {r.cases.length === 0 ? (
        <p>{t("cases.list.empty")}</p>
      ) : (
        <ul>
          {r.cases.map((c) => (
            <li key={c.id}>
              <Link to={`/cases/${c.id}`}>{c.reference}</Link>: {t(`cases.category.${c.category}`)}{" "}
              — {t(`cases.status.${c.status}`)} ({t(`cases.priority.${c.priority}`)}),{" "}
              {formatDate(c.createdAt, locale)}
            </li>
          ))}
        </ul>
      )}

      <h2>
        {t("mission.contract")}: {r.contract.reference}
      </h2>
      <p>
        {t("contracts.startDate")}: {formatDate(r.contract.startDate, locale)}
        {r.contract.clearance
          ? ` · ${t("departure.code")}: ${formatVerificationCode(r.contract.clearance.code)}`
          : ""}
      </p>
      <ContractTermsTable terms={r.contract.terms as unknown as ContractTerms} findings={[]} />
      {r.contract.termsHash ? (
        <p>
          {t("contracts.hash")}: <code className="secret">{r.contract.termsHash}</code>
        </p>
      ) : null}
      <p className="hint">{t("mission.termsHashHint")}</p>
    </section>
  );
}
