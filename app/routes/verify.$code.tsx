import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { linkedToSanctioned } from "~/domain/agencies/sanctioned-links.server";
import { formatVerificationCode, whyNotACode } from "~/domain/verify/code";
import { verifyCodeLimited } from "~/domain/verify/verify.server";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate, formatPay } from "~/ui/format";
import { requestContext } from "~/utils/request.server";
import type { MessageKey } from "~/i18n/messages";
import { VerifyForm } from "~/ui/verify-form";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { Callable } from "~/ui/tel-link";

export const handle = titled("verifyCode.title", NO_SCRIPTS);

// Public: what a code proves, live. Unknown or malformed codes answer 404 / 400 with the form again.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const input = (params.code ?? "").slice(0, 40);
  const why = whyNotACode(input);
  if (why)
    return data(
      {
        input,
        result: null,
        problem: why === "shape" ? ("verifyCode.shape" as const) : ("verifyCode.invalid" as const),
      },
      { status: 400 },
    );
  const result = await verifyCodeLimited(input, requestContext(request).ip);
  if (result === "rate-limited")
    throw new Response("Too many requests", { status: 429, headers: { "Retry-After": "600" } });
  if (!result)
    return data({ input, result: null, problem: "verifyCode.notFound" as const }, { status: 404 });
  // A valid licence of an agency linked to a revoked one says so here too, as in the search.
  const linked =
    result.kind === "LICENCE" && (await linkedToSanctioned([result.subject.agencyId])).size > 0;
  return { input, result, linked, problem: null };
}

const TONE = {
  VALID: "alert-success",
  EXPIRED: "alert-warn",
  SUSPENDED: "alert-error",
  REVOKED: "alert-error",
  INVALID: "alert-error",
} as const;

/** The approved terms' fingerprint, what it is for, and the agency behind them (contracts and clearances). */
function ApprovedTerms({ termsHash, agencyId }: { termsHash: string | null; agencyId: string }) {
  const t = useT();
  return (
    <>
      {/* The fingerprint is for officials and the careful: behind a disclosure, in plain words. */}
      {termsHash ? (
        <details>
          <summary>{t("verifyCode.fingerprint.summary")}</summary>
          <p>
            {t("contracts.hash")}: <code className="secret">{termsHash}</code>
          </p>
          <p className="hint">
            <Callable text={t("verifyCode.contractHint")} />
          </p>
        </details>
      ) : null}
      <p>
        <Link to={`/agencies/${agencyId}`}>{t("verifyCode.openAgency")}</Link>
      </p>
    </>
  );
}

export default function VerifyResultPage() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const loaded = useLoaderData<typeof loader>();
  const { input, result, problem } = loaded;
  const linked = "linked" in loaded && loaded.linked;
  return (
    <section className="page">
      <h1>{t("verifyCode.title")}</h1>
      {result ? (
        <>
          <p className="code">{formatVerificationCode(result.code)}</p>
          <div className={`alert ${TONE[result.status]}`} role="status">
            <h2>
              {t(`verifyCode.kind.${result.kind}`)}: {t(`verifyCode.status.${result.status}`)}
            </h2>
            {result.kind === "LICENCE" ? (
              <p>
                {t("verifyCode.proves.LICENCE", {
                  licenceNo: result.subject.licenceNo ?? "—",
                  name: result.subject.name,
                })}
              </p>
            ) : null}
            {result.kind === "LICENCE" &&
            (result.status === "REVOKED" || result.status === "SUSPENDED") ? (
              <p>
                <strong>{t(`search.sanctioned.${result.status}`)}</strong>{" "}
                {t("search.sanctionedHint")}
              </p>
            ) : null}
            {linked ? (
              <p>
                <strong>{t("agency.linked.title")}.</strong> {t("search.linkedHint")}
              </p>
            ) : null}
            {result.kind === "JOB_ORDER" ? (
              <p>
                {t("verifyCode.proves.JOB_ORDER", {
                  agency: result.subject.agency.name,
                  title: result.subject.title,
                })}
              </p>
            ) : null}
            {result.kind === "CONTRACT" ? (
              <p>
                {t("verifyCode.proves.CONTRACT", {
                  reference: result.subject.reference,
                  agency: result.subject.agency.name,
                })}
              </p>
            ) : null}
            {result.kind === "TRAINING_CERTIFICATE" ? (
              <p>
                {t("verifyCode.proves.TRAINING_CERTIFICATE", {
                  initials: result.subject.workerInitials,
                  country: country(result.subject.country),
                })}
              </p>
            ) : null}
            {result.kind === "DEPARTURE_CLEARANCE" ? (
              <p>
                {t("verifyCode.proves.DEPARTURE_CLEARANCE", {
                  initials: result.subject.workerInitials,
                  country: country(result.subject.country),
                })}
              </p>
            ) : null}
            {result.kind === "DEPARTURE_CLEARANCE" && result.subject.invalidReason ? (
              <p>{t(`departure.invalid.${result.subject.invalidReason}`)}</p>
            ) : null}
          </div>
          {result.kind === "LICENCE" ? (
            <>
              <dl className="facts">
                <div>
                  <dt>{t("agency.validFrom")}</dt>
                  <dd>{formatDate(result.subject.validFrom, locale)}</dd>
                </div>
                <div>
                  <dt>{t("agency.validUntil")}</dt>
                  <dd>{formatDate(result.subject.validUntil, locale)}</dd>
                </div>
                <div>
                  <dt>{t("col.county")}</dt>
                  <dd>{result.subject.county ?? "—"}</dd>
                </div>
                <div>
                  <dt>{t("col.countries")}</dt>
                  <dd>{result.subject.countries.map(country).join(", ") || "—"}</dd>
                </div>
              </dl>
              <p>
                <Link to={`/agencies/${result.subject.agencyId}`}>
                  {t("verifyCode.openAgency")}
                </Link>
              </p>
            </>
          ) : null}
          {result.kind === "JOB_ORDER" ? (
            <>
              <dl className="facts">
                <div>
                  <dt>{t("jobs.employer")}</dt>
                  <dd>
                    {result.subject.employer.name ?? t("jobs.household")},{" "}
                    {result.subject.employer.city}, {country(result.subject.country)}
                  </dd>
                </div>
                <div>
                  <dt>{t("precheck.jobCategory")}</dt>
                  <dd>{t(`job.${result.subject.jobCategory}` as MessageKey)}</dd>
                </div>
                <div>
                  <dt>{t("jobs.wage")}</dt>
                  <dd>{formatPay(result.subject.offeredWage, result.subject.currency, locale)}</dd>
                </div>
                <div>
                  <dt>{t("jobs.positionsLeft")}</dt>
                  <dd>
                    {result.subject.positionsLeft} / {result.subject.positions}
                  </dd>
                </div>
                <div>
                  <dt>{t("agency.validUntil")}</dt>
                  <dd>{formatDate(result.subject.validUntil, locale)}</dd>
                </div>
              </dl>
              <p>
                <Link to={`/agencies/${result.subject.agency.id}`}>
                  {t("verifyCode.openAgency")}
                </Link>
              </p>
            </>
          ) : null}
          {result.kind === "TRAINING_CERTIFICATE" ? (
            <dl className="facts">
              <div>
                <dt>{t("contracts.worker")}</dt>
                <dd>
                  {result.subject.workerInitials}
                  {result.subject.nationalIdTail ? ` (ID …${result.subject.nationalIdTail})` : ""}
                </dd>
              </div>
              <div>
                <dt>{t("precheck.country")}</dt>
                <dd>{country(result.subject.country)}</dd>
              </div>
              <div>
                <dt>{t("training.cert.issued")}</dt>
                <dd>{formatDate(result.subject.issuedAt, locale)}</dd>
              </div>
              <div>
                <dt>{t("agency.validUntil")}</dt>
                <dd>{formatDate(result.subject.expiresAt, locale)}</dd>
              </div>
              {result.subject.revokeReason ? (
                <div>
                  <dt>{t("training.cert.revokeReason")}</dt>
                  <dd>{result.subject.revokeReason}</dd>
                </div>
              ) : null}
            </dl>
          ) : null}
          {result.kind === "DEPARTURE_CLEARANCE" ? (
            <>
              <dl className="facts">
                <div>
                  <dt>{t("contracts.worker")}</dt>
                  <dd>
                    {result.subject.workerInitials}
                    {result.subject.passportTail
                      ? ` (${t("departure.passportTail", { tail: result.subject.passportTail })})`
                      : ""}
                  </dd>
                </div>
                <div>
                  <dt>{t("precheck.country")}</dt>
                  <dd>{country(result.subject.country)}</dd>
                </div>
                <div>
                  <dt>{t("jobs.employer")}</dt>
                  <dd>
                    {result.subject.employer ?? t("jobs.household")}, {result.subject.employerCity}
                  </dd>
                </div>
                <div>
                  <dt>{t("departure.agency")}</dt>
                  <dd>
                    {result.subject.agency.name}
                    {result.subject.agency.licenceNo ? ` (${result.subject.agency.licenceNo})` : ""}
                  </dd>
                </div>
                <div>
                  <dt>{t("training.cert.issued")}</dt>
                  <dd>{formatDate(result.subject.issuedAt, locale)}</dd>
                </div>
              </dl>
              <ApprovedTerms
                termsHash={result.subject.termsHash}
                agencyId={result.subject.agency.id}
              />
            </>
          ) : null}
          {result.kind === "CONTRACT" ? (
            <>
              <dl className="facts">
                <div>
                  <dt>{t("contracts.worker")}</dt>
                  <dd>{result.subject.workerInitials}</dd>
                </div>
                <div>
                  <dt>{t("jobOrders.titleField")}</dt>
                  <dd>
                    <span lang="en">{result.subject.jobTitle}</span>,{" "}
                    {country(result.subject.country)}
                  </dd>
                </div>
                <div>
                  <dt>{t("contracts.startDate")}</dt>
                  <dd>{formatDate(`${result.subject.startDate}T00:00:00Z`, locale)}</dd>
                </div>
                <div>
                  <dt>{t("contracts.approvedOn")}</dt>
                  <dd>{formatDate(result.subject.approvedAt, locale)}</dd>
                </div>
              </dl>
              <ApprovedTerms
                termsHash={result.subject.termsHash}
                agencyId={result.subject.agency.id}
              />
            </>
          ) : null}
        </>
      ) : (
        <>
          <p className="alert alert-error" role="alert">
            {problem ? <Callable text={t(problem)} /> : null}
          </p>
          <VerifyForm code={input} invalid={false} />
        </>
      )}
    </section>
  );
}
