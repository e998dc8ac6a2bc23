import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import {
  ContractActionSchema,
  ContractTermsSchema,
  contractTermsFromForm,
} from "~/domain/contracts/contracts.schema";
import { actOnContract, contractReference } from "~/domain/contracts/contracts.server";
import { contractPageFor } from "~/domain/contracts/contract-page.server";
import { amendContract, saveContractTerms } from "~/domain/contracts/contract-drafts.server";
import { EDITABLE_CONTRACT } from "~/domain/contracts/contracts.workflow";
import { useT } from "~/i18n/use-t";
import { type MessageKey } from "~/i18n/messages";
import { ContractActions } from "~/ui/contract-actions";
import { ContractTermsFields, ContractTermsTable } from "~/ui/contract-terms";
import { FindingsList } from "~/ui/findings";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { ContractHistory } from "~/ui/contract-history";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { rejected, rejectedIssues, replyError } from "~/utils/form-reply.server";
import { allErrorsOf } from "~/utils/form-reply";
import { ErrorSummary } from "~/ui/form";
import { parseWithZod } from "~/ui/conform";

export const handle = titled(
  (d, t) =>
    d && `${d.contract.reference} — ${t(`contracts.status.${d.contract.status}` as MessageKey)}`,
);

// Agency staff: one of their agency's contracts — edit while a draft, see the findings, submit.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contract:draft");
  const { contract, versions, actions } = await contractPageFor(user, params.id ?? "");
  return {
    contract,
    versions,
    actions,
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "contract:draft");
  const form = await readForm(request);
  const ctx = requestContext(request);
  const intent = form.get("intent");
  if (intent === "amend") {
    try {
      const newId = await amendContract(user, params.id ?? "", ctx);
      return redirectWithFlash(`/agency/contracts/${newId}`, { key: "contracts.amended" });
    } catch (e) {
      return replyError(request, e, form, { form: "amend" });
    }
  }
  if (intent === "save") {
    const parsed = ContractTermsSchema.safeParse(contractTermsFromForm(form));
    if (!parsed.success) return rejectedIssues(form, parsed.error.issues, { form: "save" });
    try {
      await saveContractTerms(user, params.id ?? "", parsed.data, ctx);
    } catch (e) {
      return replyError(request, e, form, { form: "save" });
    }
    return redirectWithFlash(`/agency/contracts/${params.id}`, { key: "contracts.saved" });
  }
  const submission = parseWithZod(form, { schema: ContractActionSchema });
  if (submission.status !== "success") return rejected(submission, { form: "actions" });
  try {
    await actOnContract(user, params.id ?? "", submission.value, {
      ctx,
      appUrl: appUrl(),
      submissionKey: submissionKeyOf(form),
    });
    const here = `/agency/contracts/${params.id}`;
    if (submission.value.intent !== "submit")
      return redirectWithFlash(here, { key: "contracts.done" });
    return redirectWithFlash(here, {
      key: "contracts.confirm.next",
      confirmation: {
        title: "contracts.confirm.title",
        reference: await contractReference(user, params.id ?? ""),
      },
    });
  } catch (e) {
    return replyError(request, e, submission, { form: "actions" });
  }
}

export default function AgencyContract() {
  const t = useT();
  const country = useCountryName();
  const { contract: c, versions, actions, submissionKey } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
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
          {r?.form === "save" ? <ErrorSummary errors={allErrorsOf(r)} result={r} /> : null}
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
      <ContractActions
        actions={actions}
        submissionKey={submissionKey}
        reply={r?.form === "actions" ? r : null}
      />
      {c.status === "APPROVED" || c.status === "SIGNED" ? (
        <Form method="post">
          {r?.form === "amend" ? <ErrorSummary errors={allErrorsOf(r)} result={r} /> : null}
          <p className="hint">{t("contracts.amend.hint")}</p>
          <button type="submit" name="intent" value="amend" className="secondary">
            {t("contracts.amend")}
          </button>
        </Form>
      ) : null}
      <ContractHistory events={c.events} versions={versions} base="/agency/contracts/" />
    </section>
  );
}
