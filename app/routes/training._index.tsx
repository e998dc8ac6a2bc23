import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getUser, requirePermission } from "~/auth/require.server";
import { catalogue, destinationCountries } from "~/domain/training/training.server";
import { issueCertificate } from "~/domain/training/certificates.server";
import { getLocale } from "~/i18n/i18n.server";
import { useLocale, useT } from "~/i18n/use-t";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate } from "~/ui/format";
import { ProgressBar } from "~/ui/progress";
import { formatVerificationCode } from "~/domain/verify/code";
import { appUrl, readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { replyError } from "~/utils/form-reply.server";
import { allErrorsOf } from "~/utils/form-reply";
import { ErrorSummary } from "~/ui/form";
import { DomainError } from "~/domain/errors";

export const handle = titled("training.title", NO_SCRIPTS);

// Public: the training catalogue. A signed-in worker also sees their course for a destination,
// their progress and their certificates.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = await getLocale(request, user?.locale);
  const raw = new URL(request.url).searchParams.get("country");
  const countries = await destinationCountries();
  const country = raw && countries.some((c) => c.code === raw) ? raw : null;
  return { ...(await catalogue(user, locale, country)), countries };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const form = await readForm(request);
  const country = String(form.get("country") ?? "");
  try {
    if (form.get("intent") !== "certificate" || !/^[A-Z]{2}$/.test(country))
      throw new DomainError("training.error.country");
    const r = await issueCertificate(user, country, requestContext(request), appUrl());
    return redirectWithFlash(`/training?country=${country}`, {
      key: r.issued ? "training.cert.issuedFlash" : "training.cert.already",
    });
  } catch (e) {
    return replyError(request, e, form);
  }
}

export default function Training() {
  const t = useT();
  const locale = useLocale();
  const { modules, course, certificates, signedInWorker, countries } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const core = modules.filter((m) => m.kind === "CORE");
  const country = modules.filter((m) => m.kind === "COUNTRY");
  const name = (code: string) => {
    const c = countries.find((x) => x.code === code);
    return c ? (locale === "sw" ? c.nameSw : c.nameEn) : code;
  };
  const titleOf = (slug: string) => modules.find((m) => m.slug === slug)?.title ?? slug;
  const item = (m: (typeof modules)[number]) => (
    <li key={m.slug} className="result">
      <h3>
        <Link to={`/training/${m.slug}`}>{m.title}</Link>
        {m.passed ? (
          <>
            {" "}
            <span className="badge badge-ok">{t("training.done")}</span>
          </>
        ) : null}
      </h3>
      <p>{m.summary}</p>
      {signedInWorker ? (
        <ProgressBar percent={m.percent} label={t("training.moduleProgress")} />
      ) : (
        <p className="muted">{t("training.lessonCount", { n: String(m.lessons) })}</p>
      )}
    </li>
  );
  return (
    <section className="page">
      <h1>{t("training.title")}</h1>
      <p>{t("training.intro")}</p>
      {!signedInWorker ? <p className="alert alert-info">{t("training.signInToSave")}</p> : null}

      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="country">{t("training.destination")}</label>
          <select id="country" name="country" defaultValue={course?.destination ?? ""}>
            <option value="">{t("training.chooseDestination")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {locale === "sw" ? c.nameSw : c.nameEn}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("training.showCourse")}</button>
      </Form>

      {course ? (
        <section aria-labelledby="course-h" className="card">
          <h2 id="course-h">{t("training.courseFor", { country: name(course.destination) })}</h2>
          <ProgressBar percent={course.percent} label={t("training.courseProgress")} />
          <ol>
            {course.slugs.map((s) => (
              <li key={s}>
                <Link to={`/training/${s}`}>{titleOf(s)}</Link>
                {modules.find((m) => m.slug === s)?.passed ? ` ✓ ${t("training.done")}` : ""}
              </li>
            ))}
          </ol>
          <p>
            {course.inPerson
              ? t("training.inPersonDone", {
                  provider: course.inPerson.provider,
                  date: formatDate(course.inPerson.completedAt, locale),
                })
              : t("training.inPersonNeeded")}
          </p>
          {signedInWorker ? (
            course.gaps.length === 0 ? (
              <Form method="post">
                <input type="hidden" name="intent" value="certificate" />
                <input type="hidden" name="country" value={course.destination} />
                <ErrorSummary errors={allErrorsOf(result)} result={result} />
                <button type="submit">{t("training.cert.get")}</button>
              </Form>
            ) : (
              <p className="muted">{t("training.remaining", { n: course.gaps.length })}</p>
            )
          ) : null}
        </section>
      ) : null}

      {certificates.length ? (
        <section aria-labelledby="certs-h">
          <h2 id="certs-h">{t("training.cert.mine")}</h2>
          <ul>
            {certificates.map((c) => (
              <li key={c.id}>
                {name(c.countryCode)} —{" "}
                <Link className="code" to={`/verify/${c.code}`}>
                  {formatVerificationCode(c.code)}
                </Link>{" "}
                — {t(`verifyCode.status.${c.status}`)} ({t("agency.validUntil")}{" "}
                {formatDate(c.expiresAt, locale)}) —{" "}
                <a href={`/certificates/${c.id}.pdf`}>{t("training.cert.pdf")}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>{t("training.core")}</h2>
      <ul className="results">{core.map(item)}</ul>
      <h2>{t("training.countryModules")}</h2>
      <ul className="results">{country.map(item)}</ul>
    </section>
  );
}
