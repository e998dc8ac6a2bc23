import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import {
  ContractActionSchema,
  ContractTermsSchema,
  contractTermsFromForm,
} from "~/domain/contracts/contracts.schema";
import { actOnContract, ContractError, contractPageFor } from "~/domain/contracts/contracts.server";
import { amendContract, saveContractTerms } from "~/domain/contracts/contract-drafts.server";
import { EDITABLE_CONTRACT } from "~/domain/contracts/contracts.workflow";
import { useLocale, useT } from "~/i18n/use-t";
import { en, type MessageKey } from "~/i18n/messages";
import { ContractActions } from "~/ui/contract-actions";
import { ContractTermsFields, ContractTermsTable } from "~/ui/contract-terms";
import { FindingsList } from "~/ui/findings";
import { formatDateTime } from "~/ui/format";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";

export const handle = titled(
  (d, t) =>
    d && `${d.contract.reference} — ${t(`contracts.status.${d.contract.status}` as MessageKey)}`,
);

// Agency staff: one of their agency's contracts — edit while a draft, see the findings, submit.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contract:draft");
  const { contract, actions } = await contractPageFor(user, params.id ?? "");
  return {
    contract,
    actions,
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "contract:draft");
  const form = await readForm(request);
  const ctx = requestContext(request);
  if (form.get("intent") === "amend") {
    const newId = await amendContract(user, params.id ?? "", ctx);
    return redirectWithFlash(`/agency/contracts/${newId}`, { key: "contracts.amended" });
  }
  if (form.get("intent") === "save") {
    const parsed = ContractTermsSchema.safeParse(contractTermsFromForm(form));
    if (!parsed.success)
      return data(
        { error: "precheck.invalid", fields: parsed.error.issues.map((i) => i.path.join(".")) },
        { status: 400 },
      );
    await saveContractTerms(user, params.id ?? "", parsed.data, ctx);
    return redirectWithFlash(`/agency/contracts/${params.id}`, { key: "contracts.saved" });
  }
  const parsed = ContractActionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return data({ error: "licence.error.note", fields: [] as string[] }, { status: 400 });
  try {
    await actOnContract(user, params.id ?? "", parsed.data, {
      ctx,
      appUrl: appUrl(),
      submissionKey: submissionKeyOf(form),
    });
    return redirectWithFlash(`/agency/contracts/${params.id}`, { key: "contracts.done" });
  } catch (e) {
    if (e instanceof ContractError)
      return data({ error: e.key, fields: [] as string[] }, { status: 400 });
    throw e;
  }
}

export default function AgencyContract() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const { contract: c, actions, submissionKey } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const error = r?.error ? (r.error in en ? t(r.error as MessageKey) : r.error) : null;
  const editable = (EDITABLE_CONTRACT as readonly string[]).includes(c.status);
  return (
    <section className="page">
      <p>
        <Link to="/agency/contracts">{t("contracts.title")}</Link>
      </p>
      <h1>
        {c.reference} — {t(`contracts.status.${c.status}`)}
      </h1>
      <p>
        {c.worker.firstName} {c.worker.lastName} · {c.jobOrder.title} · {c.employer.name},{" "}
        {c.employer.city} ({country(c.countryCode)})
      </p>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
          {r?.fields.length ? ` (${r.fields.join(", ")})` : ""}
        </p>
      ) : null}
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
      <h2>{t("contracts.terms")}</h2>
      {editable ? (
        <Form method="post">
          <ContractTermsFields terms={c.terms} />
          <button type="submit" name="intent" value="save">
            {t("contracts.save")}
          </button>
        </Form>
      ) : (
        <ContractTermsTable terms={c.terms} findings={c.findings} />
      )}
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
      <ContractActions actions={actions} submissionKey={submissionKey} />
      {c.status === "APPROVED" || c.status === "SIGNED" ? (
        <Form method="post">
          <p className="hint">{t("contracts.amend.hint")}</p>
          <button type="submit" name="intent" value="amend" className="secondary">
            {t("contracts.amend")}
          </button>
        </Form>
      ) : null}
      <h2>{t("contracts.history")}</h2>
      <ul>
        {c.events.map((e, i) => (
          <li key={i}>
            {formatDateTime(e.at, locale)}: {t(`contracts.status.${e.toStatus}`)}
            {e.reason ? ` — ${e.reason}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
