import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { AbroadSchema, ClearanceRequestSchema } from "~/domain/departure/departure.schema";
import { WorkerCheckInSchema } from "~/domain/mission/mission.schema";
import { EmergencyNumbers } from "~/ui/emergency-numbers";
import { workerCheckIn } from "~/domain/mission/checkins.server";
import { reportPayLate } from "~/domain/mission/terms-check.server";
import {
  departureView,
  issueClearance,
  updateAbroadDetails,
} from "~/domain/departure/departure.server";
import type { ClearanceCheck } from "~/domain/departure/clearance.rules";
import { formatVerificationCode } from "~/domain/verify/code";
import { useLocale, useT } from "~/i18n/use-t";
import { missionName } from "~/i18n/mission-name";
import { TelLink, Callable } from "~/ui/tel-link";
import type { MessageKey } from "~/i18n/messages";
import { Field, ErrorSummary, SubmissionKey } from "~/ui/form";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { getFormProps, getInputProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate } from "~/ui/format";
import { appUrl, readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { jobName } from "~/ui/job-title";
import { useCountryName } from "~/ui/country";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf } from "~/utils/form-reply";
import { getLocale } from "~/i18n/i18n.server";

export const handle = titled("departure.title", NO_SCRIPTS);

// Workers: the conditions for leaving, the clearance, and the registration with the mission.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  return { ...(await departureView(user)), submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const form = await readForm(request);
  const ctx = requestContext(request);
  const intent = form.get("intent");
  if (intent === "abroad") {
    const submission = parseWithZod(form, { schema: AbroadSchema });
    const registrationId = String(form.get("registrationId") ?? "");
    const which = { form: `abroad-${registrationId}` };
    if (submission.status !== "success") return rejected(submission, which);
    try {
      await updateAbroadDetails(user, registrationId, submission.value, ctx);
    } catch (e) {
      return replyError(request, e, submission, which);
    }
    return redirectWithFlash("/my/departure", { key: "departure.abroadSaved" });
  }
  if (intent === "checkin") {
    const which = { form: `checkin-${String(form.get("registrationId") ?? "")}` };
    const submission = parseWithZod(form, { schema: WorkerCheckInSchema });
    if (submission.status !== "success") return rejected(submission, which);
    const { registrationId, outcome } = submission.value;
    try {
      if (outcome === "PAY_LATE") {
        const reference = await reportPayLate(user, registrationId, ctx, submissionKeyOf(form));
        return redirectWithFlash("/my/help", { key: "checkin.payLateSent", vars: { reference } });
      }
      const r = await workerCheckIn(user, registrationId, outcome, ctx, submissionKeyOf(form));
      return outcome === "OK"
        ? redirectWithFlash("/my/departure", {
            key: "checkin.thanksOk",
            vars: { date: formatDate(r.next, await getLocale(request)) },
          })
        : redirectWithFlash(`/my/help?registration=${registrationId}`, {
            key: "checkin.thanksHelp",
          });
    } catch (e) {
      return replyError(request, e, submission, which);
    }
  }
  const which = { form: `clearance-${String(form.get("contractId") ?? "")}` };
  const submission = parseWithZod(form, { schema: ClearanceRequestSchema });
  if (submission.status !== "success") return rejected(submission, which);
  try {
    await issueClearance(user, submission.value.contractId, ctx, appUrl());
  } catch (e) {
    return replyError(request, e, submission, which);
  }
  return redirectWithFlash("/my/departure", { key: "departure.issued" });
}

const TODO_LINK: Partial<
  Record<ClearanceCheck, { to: (id: string, country: string) => string; label: MessageKey }>
> = {
  CONTRACT: { to: (id) => `/my/contracts/${id}`, label: "departure.goContract" },
  TRAINING: { to: (_id, country) => `/training?country=${country}`, label: "departure.goTraining" },
  AGE: { to: () => "/my/profile", label: "departure.goProfile" },
  PASSPORT: { to: () => "/my/profile", label: "departure.goProfile" },
  NEXT_OF_KIN: { to: () => "/my/profile", label: "departure.goProfile" },
};

type Registration = NonNullable<
  Awaited<ReturnType<typeof departureView>>["contracts"][number]["registration"]
>;

function AbroadForm({
  registration,
  result,
}: {
  registration: Registration;
  result: ReturnType<typeof useActionData<typeof action>>;
}) {
  const t = useT();
  const mine = result?.form === `abroad-${registration.id}` ? result : undefined;
  const [form, fields] = useForm<z.input<typeof AbroadSchema>>({
    id: `abroad-${registration.id}`,
    lastResult: mine,
    defaultValue: {
      city: registration.city ?? "",
      addressAbroad: registration.addressAbroad ?? "",
      phoneAbroad: registration.phoneAbroad ?? "",
      employerContact: registration.employerContact ?? "",
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AbroadSchema }),
    shouldValidate: "onBlur",
    // Once shown, an error clears as the person types, so it never vanishes under a click on Submit.
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <input type="hidden" name="intent" value="abroad" />
      <input type="hidden" name="registrationId" value={registration.id} />
      <ErrorSummary form={form} result={mine} />
      <Field
        id={fields.city.id}
        label={t("departure.city")}
        required
        errors={fields.city.errors}
        inputProps={getInputProps(fields.city, { type: "text" })}
      />
      <Field
        id={fields.addressAbroad.id}
        label={t("departure.address")}
        hint={t("departure.addressHint")}
        required
        errors={fields.addressAbroad.errors}
        inputProps={getInputProps(fields.addressAbroad, { type: "text" })}
      />
      <Field
        id={fields.phoneAbroad.id}
        label={t("departure.phoneAbroad")}
        hint={t("departure.phoneHint")}
        required
        errors={fields.phoneAbroad.errors}
        inputProps={{ ...getInputProps(fields.phoneAbroad, { type: "tel" }), autoComplete: "tel" }}
      />
      <Field
        id={fields.employerContact.id}
        label={t("departure.employerContact")}
        errors={fields.employerContact.errors}
        inputProps={getInputProps(fields.employerContact, { type: "text" })}
      />
      <button type="submit">{t("departure.saveAbroad")}</button>
    </Form>
  );
}

export default function MyDeparture() {
  const t = useT();
  const locale = useLocale();
  const { contracts, returns, submissionKey } = useLoaderData<typeof loader>();
  const countryName = useCountryName();
  const result = useActionData<typeof action>();
  const mine = (name: string) => (result?.form === name ? result : undefined);
  return (
    <section className="page">
      <h1>{t("departure.title")}</h1>
      <p>{t("departure.intro")}</p>
      {returns.map((r) => (
        <div key={r.registrationId} className="card">
          <h2>{t("returns.departure.done")}</h2>
          <p>
            {t("returns.back", {
              date: formatDate(`${r.returnedOn}T12:00:00+03:00`, locale),
              country: countryName(r.country),
            })}
          </p>
          <p>
            <Link to={`/my/return/${r.registrationId}`}>
              {t(r.debriefed ? "returns.linkDone" : "returns.linkDebrief")}
            </Link>
          </p>
        </div>
      ))}
      {contracts.length === 0 && returns.length === 0 ? (
        <p className="alert alert-info">{t("departure.empty")}</p>
      ) : null}
      {contracts.map((c) => {
        const ready = c.checks.every((x) => x.ok);
        const country = locale === "sw" ? c.countryName.sw : c.countryName.en;
        return (
          <article key={c.id} className="card">
            <h2>
              {t("departure.contract", {
                job: jobName({ title: c.jobTitle, category: c.jobCategory }, t, locale),
                country,
              })}
            </h2>
            <p className="hint">{t("departure.contractRef", { reference: c.reference })}</p>
            <p>
              {t("departure.startsOn", {
                date: formatDate(`${c.startDate}T00:00:00Z`, locale),
                employer: c.employer,
                agency: c.agency,
              })}
            </p>
            {c.clearance ? (
              <div
                className={`alert ${c.clearance.live.status === "VALID" ? "alert-success" : "alert-error"}`}
                role="status"
              >
                <h3>
                  {t("departure.clearance")}: {t(`departure.status.${c.clearance.live.status}`)}
                </h3>
                {c.clearance.live.reason ? (
                  <p>{t(`departure.invalid.${c.clearance.live.reason}`)}</p>
                ) : null}
                <p>
                  {t("departure.code")}:{" "}
                  <strong className="code">{formatVerificationCode(c.clearance.code)}</strong>
                </p>
                <p>
                  <a href={`/clearances/${c.clearance.id}.pdf`}>{t("departure.pdf")}</a>
                  {" · "}
                  <Link to={`/verify/${c.clearance.code}`}>{t("departure.verifyLink")}</Link>
                </p>
              </div>
            ) : null}
            <h3>{t("departure.checklist")}</h3>
            <ul className="checklist">
              {c.checks.map((x) => {
                const link = TODO_LINK[x.check];
                return (
                  <li key={x.check} className={x.ok ? "ok" : "todo"}>
                    <strong>
                      {x.ok ? "✓" : "✗"}{" "}
                      <span className="visually-hidden">
                        {x.ok ? t("departure.ok") : t("departure.notOk")}:{" "}
                      </span>
                      {t(`departure.check.${x.check}`)}
                    </strong>
                    {!x.ok ? (
                      <p>
                        <Callable text={t(`departure.todo.${x.check}`)} />
                        {link ? (
                          <>
                            {" "}
                            <Link to={link.to(c.id, c.country)}>{t(link.label)}</Link>
                          </>
                        ) : null}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {!c.clearance && ready ? (
              <Form method="post">
                <ErrorSummary
                  errors={allErrorsOf(mine(`clearance-${c.id}`))}
                  result={mine(`clearance-${c.id}`)}
                />
                <input type="hidden" name="contractId" value={c.id} />
                <button type="submit">{t("departure.issue")}</button>
              </Form>
            ) : null}
            {c.registration ? (
              <>
                <EmergencyNumbers countryCode={c.country} country={country} />
                <h3>{t("departure.mission")}</h3>
                <p>
                  {t("departure.missionIntro", {
                    mission: missionName(c.registration.mission, locale),
                  })}
                </p>
                <dl className="facts">
                  <div>
                    <dt>{t("departure.registrationStatus")}</dt>
                    <dd>{t(`departure.reg.${c.registration.status}`)}</dd>
                  </div>
                  {c.registration.mission.phone ? (
                    <div>
                      <dt>{t("departure.missionPhone")}</dt>
                      <dd>
                        <TelLink number={c.registration.mission.phone} />
                      </dd>
                    </div>
                  ) : null}
                  {c.registration.mission.emergencyPhone ? (
                    <div>
                      <dt>{t("departure.missionEmergency")}</dt>
                      <dd>
                        <TelLink number={c.registration.mission.emergencyPhone} />
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {c.registration.arrivedAt ? (
                  <p>
                    <Link to={`/my/rate/${c.registration.id}`}>{t("rating.link")}</Link>
                  </p>
                ) : null}
                {c.registration.arrivedAt || c.registration.status === "RETURNED" ? (
                  <p>
                    <Link to={`/my/return/${c.registration.id}`}>
                      {t(
                        c.registration.status === "RETURNED" ? "returns.linkDone" : "returns.link",
                      )}
                    </Link>
                  </p>
                ) : null}
                {c.registration.nextCheckInDue ? (
                  <Form
                    method="post"
                    className={`alert ${new Date(c.registration.nextCheckInDue) < new Date() ? "alert-error" : "alert-info"}`}
                  >
                    <h3>{t("checkin.title")}</h3>
                    <p>
                      {t(
                        new Date(c.registration.nextCheckInDue) < new Date()
                          ? "checkin.overdue"
                          : "checkin.due",
                        { date: formatDate(c.registration.nextCheckInDue, locale) },
                      )}
                    </p>
                    <ErrorSummary
                      errors={allErrorsOf(mine(`checkin-${c.registration.id}`))}
                      result={mine(`checkin-${c.registration.id}`)}
                    />
                    <SubmissionKey value={submissionKey} />
                    <input type="hidden" name="intent" value="checkin" />
                    <input type="hidden" name="registrationId" value={c.registration.id} />
                    {c.registration.arrivedAt && c.registration._count.termsReports === 0 ? (
                      // The first answer is about the job itself: pay, hours, passport, employer.
                      <>
                        <p>{t("checkin.firstTerms")}</p>
                        <Link className="button" to={`/my/terms/${c.registration.id}`}>
                          {t("checkin.answerTerms")}
                        </Link>
                      </>
                    ) : (
                      <button type="submit" name="outcome" value="OK">
                        {t("checkin.ok")}
                      </button>
                    )}{" "}
                    <button type="submit" name="outcome" value="CONCERN" className="secondary">
                      {t("checkin.help")}
                    </button>{" "}
                    {c.registration.arrivedAt ? (
                      <>
                        <button type="submit" name="outcome" value="PAY_LATE" className="secondary">
                          {t("checkin.payLate")}
                        </button>
                        {c.registration._count.termsReports > 0 ? (
                          <p>
                            <Link to={`/my/terms/${c.registration.id}`}>
                              {t("checkin.termsChanged")}
                            </Link>
                          </p>
                        ) : null}
                      </>
                    ) : null}
                  </Form>
                ) : null}
                <h3>{t("departure.abroadTitle")}</h3>
                <p className="hint">{t("departure.abroadIntro")}</p>
                <AbroadForm registration={c.registration} result={result} />
              </>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
