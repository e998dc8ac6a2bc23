import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { WORKER_CATEGORIES } from "~/domain/cases/case.rules";
import { GetHelpSchema } from "~/domain/cases/cases.schema";
import { ownCases, raiseCaseByWorker } from "~/domain/cases/cases.server";
import { openRegistrations } from "~/domain/mission/checkins.server";
import { mayRecordReturn } from "~/domain/mission/checkin.rules";
import { latestReturnOf } from "~/domain/returns/returns.server";
import { travelDestinations } from "~/domain/contracts/contract-lists.server";
import { getLocale } from "~/i18n/i18n.server";
import { useLocale, useT } from "~/i18n/use-t";
import { missionName } from "~/i18n/mission-name";
import { TelLink, Callable } from "~/ui/tel-link";
import { ErrorSummary, SelectField, SubmissionKey, TextAreaField, useErrorText } from "~/ui/form";
import {
  getFormProps,
  getSelectProps,
  getTextareaProps,
  parseWithZod,
  useForm,
} from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate, formatDateTime } from "~/ui/format";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { EmergencyNumbers } from "~/ui/emergency-numbers";
import { HelpLines } from "~/ui/help-lines";
import { JobTitle, jobName } from "~/ui/job-title";
import { useCountryName } from "~/ui/country";
import { translate } from "~/i18n/messages";
import { titled } from "~/ui/page-title";

export const handle = titled("cases.help.title", NO_SCRIPTS);

// Workers abroad: ask the mission for help, and follow what happens to each request. A worker no
// mission knows yet gets the numbers to call first: Kenya's, and those of where she is going.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const locale = await getLocale(request);
  const [open, cases, home] = await Promise.all([
    openRegistrations(user),
    ownCases(user),
    latestReturnOf(user),
  ]);
  const destinations = open.length
    ? []
    : (await travelDestinations(user)).map((d) => ({
        countryCode: d.countryCode,
        country: locale === "sw" ? d.country.nameSw : d.country.nameEn,
        abroad: d.abroad,
      }));
  const registrations = open.map((r) => ({
    id: r.id,
    label: `${jobName({ title: r.contract.jobOrder.title, category: r.contract.jobCategory }, (k, v) => translate(locale, k, v), locale)} — ${r.employer.name}, ${locale === "sw" ? r.contract.country.nameSw : r.contract.country.nameEn}`,
    mission: r.mission,
    countryCode: r.contract.countryCode,
    country: locale === "sw" ? r.contract.country.nameSw : r.contract.country.nameEn,
    // Back in Kenya: her return, then her debrief and help at home, start here too.
    mayReturn: mayRecordReturn(r.status),
  }));
  return {
    registrations,
    destinations,
    cases,
    // Back home, with no deployment open: her page at home, not the embassy's help.
    home: open.length ? null : home,
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: GetHelpSchema });
  if (submission.status !== "success") return rejected(submission);
  let reference: string;
  try {
    reference = await raiseCaseByWorker(
      user,
      submission.value,
      requestContext(request),
      submissionKeyOf(form),
    );
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash("/my/help", {
    key: "cases.help.confirm.next",
    confirmation: { title: "cases.help.confirm.title", reference },
  });
}

export default function GetHelp() {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const country = useCountryName();
  const { registrations, destinations, cases, home, submissionKey } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useForm<z.input<typeof GetHelpSchema>>({
    id: "get-help",
    lastResult: result,
    defaultValue: { registrationId: params.get("registration") ?? registrations[0]?.id ?? "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: GetHelpSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const categoryErrors = errorText(fields.category.errors);
  return (
    <section className="page">
      <h1>{t("cases.help.title")}</h1>
      {/* The police numbers it points to are those of the countries she is registered in. */}
      {registrations.length ? (
        <p className="alert alert-error">
          <Callable text={t("cases.help.emergency")} />
        </p>
      ) : null}
      {[
        ...new Map(
          [...registrations, ...destinations.filter((d) => d.abroad)].map(
            (r) => [r.countryCode, r] as const,
          ),
        ).values(),
      ].map((r) => (
        <EmergencyNumbers key={r.countryCode} countryCode={r.countryCode} country={r.country} />
      ))}
      {registrations.length === 0 ? <HelpLines /> : null}
      {destinations
        .filter((d) => !d.abroad)
        .map((d) => (
          <EmergencyNumbers key={d.countryCode} countryCode={d.countryCode} country={d.country} />
        ))}
      {registrations.length === 0 && home ? (
        <p className="alert alert-info">
          {t("returns.helpHome")}{" "}
          <Link to={`/my/return/${home.registrationId}`}>{t("returns.linkDone")}</Link>
        </p>
      ) : registrations.length === 0 ? (
        <p className="alert alert-info">{t("cases.help.noRegistration")}</p>
      ) : (
        <>
          {registrations
            .filter((r) => r.mayReturn)
            .map((r) => (
              <p key={`back-${r.id}`} className="alert alert-info">
                {t("returns.helpPage")} <Link to={`/my/return/${r.id}`}>{t("returns.link")}</Link>
              </p>
            ))}
          <p>{t("cases.help.intro")}</p>
          {registrations.map((r) => (
            <p key={r.id} className="hint">
              {missionName(r.mission, locale)}
              {r.mission.phone ? (
                <>
                  : <TelLink number={r.mission.phone} />
                </>
              ) : null}
              {r.mission.emergencyPhone ? (
                <>
                  {" "}
                  · {t("departure.missionEmergency")}: <TelLink number={r.mission.emergencyPhone} />
                </>
              ) : null}
            </p>
          ))}
          <Form method="post" {...getFormProps(form)} noValidate>
            <SubmissionKey value={submissionKey} />
            <ErrorSummary form={form} result={result} />
            {registrations.length > 1 ? (
              <SelectField
                id={fields.registrationId.id}
                label={t("cases.help.registration")}
                required
                errors={fields.registrationId.errors}
                options={registrations.map((r) => ({ value: r.id, label: r.label }))}
                selectProps={getSelectProps(fields.registrationId)}
              />
            ) : (
              <input type="hidden" name={fields.registrationId.name} value={registrations[0]!.id} />
            )}
            <fieldset
              aria-describedby={categoryErrors.length ? `${fields.category.id}-error` : undefined}
            >
              <legend>
                {t("cases.help.category")} <span className="muted">{t("field.required")}</span>
              </legend>
              {WORKER_CATEGORIES.map((c, i) => (
                <div key={c} className="field">
                  <label className="choice">
                    <input
                      // The error summary's link lands on the first choice.
                      id={i === 0 ? fields.category.id : undefined}
                      type="radio"
                      name={fields.category.name}
                      value={c}
                      defaultChecked={fields.category.initialValue === c}
                      aria-invalid={categoryErrors.length ? true : undefined}
                    />{" "}
                    {t(`cases.category.${c}`)}
                  </label>
                </div>
              ))}
              {categoryErrors.length ? (
                <p id={`${fields.category.id}-error`} className="field-error" role="alert">
                  {categoryErrors.join(" ")}
                </p>
              ) : null}
            </fieldset>
            <TextAreaField
              id={fields.description.id}
              label={t("cases.help.description")}
              hint={t("cases.help.descriptionHint")}
              required
              errors={fields.description.errors}
              textareaProps={{ ...getTextareaProps(fields.description), rows: 5, maxLength: 4000 }}
            />
            <button type="submit">{t("cases.help.submit")}</button>
          </Form>
        </>
      )}
      <h2>{t("cases.mine")}</h2>
      {cases.length === 0 ? (
        <p>{t("cases.mineEmpty")}</p>
      ) : (
        <ul className="cards">
          {cases.map((c) => (
            <li key={c.id} className="card">
              <h3>
                {c.reference}: {t(`cases.category.${c.category}`)}
              </h3>
              <p>
                <strong>{t(`cases.status.${c.status}`)}</strong> · {formatDate(c.createdAt, locale)}
              </p>
              {c.contract ? (
                <p>
                  {t("cases.contract")}:{" "}
                  <Link to={`/my/contracts/${c.contract.id}`}>
                    <JobTitle title={c.contract.jobOrder.title} category={c.contract.jobCategory} />{" "}
                    ({country(c.contract.countryCode)})
                  </Link>
                </p>
              ) : null}
              {c.mine ? (
                <p>
                  <strong>{t("cases.youWrote")}</strong> <q>{c.mine}</q>
                </p>
              ) : null}
              {c.referrals.length ? (
                <p>
                  {t("cases.referredTo")}:{" "}
                  {c.referrals
                    .map((r) =>
                      // Her phone may not be hers alone: a trafficking referral is named plainly.
                      r.kind === "NATIONAL_REFERRAL_MECHANISM"
                        ? t("cases.referral.support")
                        : t(`cases.referral.${r.kind}`),
                    )
                    .join(", ")}
                </p>
              ) : null}
              {c.notes.length ? (
                <>
                  <h4>{t("cases.updates")}</h4>
                  <ul>
                    {c.notes.map((n) => (
                      <li key={n.id}>
                        {formatDateTime(n.createdAt, locale)}: {n.body}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {c.outcome ? (
                <p>
                  <strong>{t("cases.outcome")}:</strong> {c.outcome}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/my/pin">{t("pin.link")}</Link>
      </p>
    </section>
  );
}
