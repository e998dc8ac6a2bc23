import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { ContractActionSchema } from "~/domain/contracts/contracts.schema";
import { actOnContract } from "~/domain/contracts/contracts.server";
import { contractPageFor } from "~/domain/contracts/contract-page.server";
import { useLocale, useT } from "~/i18n/use-t";
import { type MessageKey } from "~/i18n/messages";
import { ContractActions } from "~/ui/contract-actions";
import { ContractTermsTable } from "~/ui/contract-terms";
import { FindingsList } from "~/ui/findings";
import { formatDate } from "~/ui/format";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { ContractHistory } from "~/ui/contract-history";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { rejected, replyError } from "~/utils/form-reply.server";
import { parseWithZod } from "~/ui/conform";

export const handle = titled(
  (d, t) =>
    d && `${d.contract.reference} — ${t(`contracts.status.${d.contract.status}` as MessageKey)}`,
);

// NEA: the terms clause by clause beside the findings; review, recommend, approve (four eyes).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contract:review");
  const { contract, versions, actions, heldByFourEyes } = await contractPageFor(
    user,
    params.id ?? "",
  );
  return {
    contract,
    versions,
    actions,
    heldByFourEyes,
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "contract:review");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: ContractActionSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    await actOnContract(user, params.id ?? "", submission.value, {
      ctx: requestContext(request),
      appUrl: appUrl(),
      submissionKey: submissionKeyOf(form),
    });
    return redirectWithFlash(`/nea/contracts/${params.id}`, { key: "contracts.done" });
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function NeaContract() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const {
    contract: c,
    versions,
    actions,
    heldByFourEyes,
    submissionKey,
  } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  return (
    <section className="page">
      <p>
        <Link to="/nea/contracts">{t("contracts.queue")}</Link>
      </p>
      <h1>
        {c.reference} — {t(`contracts.status.${c.status}`)}
      </h1>
      <dl className="facts">
        <div>
          <dt>{t("contracts.worker")}</dt>
          <dd>
            {c.worker.firstName} {c.worker.lastName}
            {c.worker.dateOfBirth ? ` (${formatDate(c.worker.dateOfBirth, locale)})` : ""}
          </dd>
        </div>
        <div>
          <dt>{t("jobs.agency")}</dt>
          <dd>
            <Link to={`/agencies/${c.agency.id}`}>{c.agency.name}</Link> (
            {t(`status.${c.agency.status}`)})
          </dd>
        </div>
        <div>
          <dt>{t("jobs.employer")}</dt>
          <dd>
            {c.employer.name}, {c.employer.city} ({country(c.countryCode)})
            {c.employer.watchListed ? (
              <>
                {" "}
                <span className="badge badge-err">{t("employers.watchListed")}</span>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t("contracts.jobOrder")}</dt>
          <dd>
            <Link to={`/nea/job-orders/${c.jobOrderId}`}>{c.jobOrder.title}</Link> (
            {c.jobOrder.positionsFilled}/{c.jobOrder.positions})
          </dd>
        </div>
      </dl>
      <div className="two-col">
        <section>
          <h2>{t("contracts.terms")}</h2>
          <ContractTermsTable terms={c.terms} findings={c.findings} />
        </section>
        <section>
          <h2>{t("contracts.findings")}</h2>
          {c.ruleSet ? (
            <p className="muted">
              {t("contracts.ruleSet", {
                country: country(c.ruleSet.countryCode),
                version: c.ruleSet.version,
              })}
            </p>
          ) : null}
          <FindingsList findings={c.findings} />
        </section>
      </div>
      {c.termsHash ? (
        <p>
          <strong>{t("contracts.hash")}:</strong> <code className="secret">{c.termsHash}</code>
        </p>
      ) : null}
      {c.verificationCode ? (
        <p>
          <a href={`/contracts/${c.id}.pdf`}>{t("contracts.pdf")}</a> · {t("contracts.code")}:{" "}
          <Link className="code" to={`/verify/${c.verificationCode}`}>
            {formatVerificationCode(c.verificationCode)}
          </Link>
        </p>
      ) : null}
      {heldByFourEyes ? (
        <p className="alert alert-warn" id="four-eyes">
          {t("contracts.fourEyesHeld")}
        </p>
      ) : null}
      <ContractActions actions={actions} submissionKey={submissionKey} reply={r} />
      <ContractHistory events={c.events} versions={versions} base="/nea/contracts/" />
    </section>
  );
}
