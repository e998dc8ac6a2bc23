import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { myLedger, recordPayment } from "~/domain/fees/fee-ledger.server";
import { actOnClaim } from "~/domain/fees/refund-claims.server";
import { FeePaymentSchema, WorkerRefundAnswerSchema } from "~/domain/fees/fees.schema";
import { FEE_CURRENCIES, FEE_PAYEES, FEE_PURPOSES } from "~/domain/fees/fee.rules";
import { useLocale, useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";
import { ErrorSummary, Field, SelectField, SubmissionKey } from "~/ui/form";
import { allErrorsOf, type FormReply } from "~/utils/form-reply";
import { getFormProps, getInputProps, getSelectProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate, formatPay } from "~/ui/format";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { requestContext } from "~/utils/request.server";

export const handle = titled("fees.title", NO_SCRIPTS);

// Workers: "What did you pay?" (issue 19 §2). She records each payment she made to get her job;
// one the law does not allow opens a refund claim against the agency. She sees each claim's status
// and says whether a refund the agency reports reached her. Her own payments and claims only.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  return { ...(await myLedger(user)), submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const form = await readForm(request);
  const ctx = requestContext(request);
  const key = submissionKeyOf(form);
  const intent = form.get("intent");
  if (intent === "confirm" || intent === "deny") {
    const submission = parseWithZod(form, { schema: WorkerRefundAnswerSchema });
    const which = { form: `claim-${String(form.get("claimId") ?? "")}` };
    if (submission.status !== "success") return rejected(submission, which);
    try {
      await actOnClaim(user, submission.value.claimId, submission.value.intent, {}, ctx, key);
    } catch (e) {
      return replyError(request, e, submission, which);
    }
    return redirectWithFlash("/my/fees", {
      key: intent === "confirm" ? "fees.confirmed" : "fees.denied",
    });
  }
  const submission = parseWithZod(form, { schema: FeePaymentSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    const r = await recordPayment(user, submission.value, ctx, key);
    return redirectWithFlash(
      "/my/fees",
      r.claimReference
        ? { key: "fees.claimOpened", vars: { reference: r.claimReference } }
        : { key: "fees.recorded" },
    );
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function Fees() {
  const t = useT();
  const locale = useLocale();
  const { contracts, payments, submissionKey } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const forClaim = lastResult && "form" in lastResult ? lastResult.form : null;
  const [form, fields] = useForm<z.input<typeof FeePaymentSchema>>({
    lastResult: forClaim ? undefined : lastResult,
    defaultValue: {
      contractId: contracts.length === 1 ? contracts[0]!.id : "",
      currency: "KES",
      paidTo: "AGENCY",
    },
  });
  return (
    <section className="page">
      <h1>{t("fees.title")}</h1>
      <p>{t("fees.intro")}</p>

      <h2>{t("fees.yourPayments")}</h2>
      {payments.length === 0 ? (
        <p className="alert alert-info">{t("fees.none")}</p>
      ) : (
        <ul className="cards">
          {payments.map((p) => (
            <li key={p.id} className="card">
              <p>
                <strong>
                  {t("fees.paymentLine", {
                    amount: formatPay(p.amount, p.currency, locale),
                    date: formatDate(p.paidOn, locale),
                    purpose: t(`fees.purpose.${p.purpose}`),
                  })}
                </strong>
              </p>
              <p>
                {t("fees.to", {
                  payee:
                    p.paidTo === "AGENCY"
                      ? t("fees.toAgency", { agency: p.agency })
                      : (p.payeeName ?? t("fees.paidTo.PERSON")),
                })}
                {p.mpesaRef ? (
                  <>
                    <br />
                    {t("fees.mpesaLine", { code: p.mpesaRef })}
                  </>
                ) : null}
              </p>
              {p.findings.length ? (
                <p>
                  {t("fees.notAllowed", {
                    findings: p.findings
                      .map((f) => t(`fees.finding.${f}` as MessageKey))
                      .join("; "),
                  })}
                </p>
              ) : null}
              {p.claim ? (
                <Claim
                  claim={p.claim}
                  submissionKey={submissionKey}
                  reply={forClaim === `claim-${p.claim.id}` ? lastResult : undefined}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <h2>{t("fees.record")}</h2>
      {contracts.length === 0 ? (
        <p className="alert alert-info">{t("fees.noContract")}</p>
      ) : (
        <Form method="post" {...getFormProps(form)} noValidate>
          <ErrorSummary form={form} result={forClaim ? undefined : lastResult} />
          <SubmissionKey value={submissionKey} />
          <input type="hidden" name="intent" value="record" />
          <p className="hint">{t("fees.private")}</p>
          <SelectField
            id={fields.contractId.id}
            label={t("fees.contract")}
            required
            errors={fields.contractId.errors}
            emptyLabel={contracts.length === 1 ? undefined : ""}
            options={contracts.map((c) => ({
              value: c.id,
              label: t("fees.contractOption", { agency: c.agency, reference: c.reference }),
            }))}
            selectProps={getSelectProps(fields.contractId)}
          />
          <Field
            id={fields.amount.id}
            label={t("fees.amount")}
            hint={t("fees.amountHint")}
            required
            errors={fields.amount.errors}
            inputProps={{
              ...getInputProps(fields.amount, { type: "text" }),
              inputMode: "decimal",
              autoComplete: "off",
            }}
          />
          <SelectField
            id={fields.currency.id}
            label={t("fees.currency")}
            required
            errors={fields.currency.errors}
            options={FEE_CURRENCIES.map((c) => ({ value: c, label: c }))}
            selectProps={getSelectProps(fields.currency)}
          />
          <Field
            id={fields.paidOn.id}
            label={t("fees.paidOn")}
            hint={t("fees.paidOnHint")}
            required
            errors={fields.paidOn.errors}
            inputProps={{ ...getInputProps(fields.paidOn, { type: "text" }), autoComplete: "off" }}
          />
          <SelectField
            id={fields.purpose.id}
            label={t("fees.purposeLabel")}
            required
            errors={fields.purpose.errors}
            emptyLabel=""
            options={FEE_PURPOSES.map((p) => ({ value: p, label: t(`fees.purpose.${p}`) }))}
            selectProps={getSelectProps(fields.purpose)}
          />
          <SelectField
            id={fields.paidTo.id}
            label={t("fees.paidToLabel")}
            required
            errors={fields.paidTo.errors}
            options={FEE_PAYEES.map((p) => ({ value: p, label: t(`fees.paidTo.${p}`) }))}
            selectProps={getSelectProps(fields.paidTo)}
          />
          <Field
            id={fields.payeeName.id}
            label={t("fees.payeeName")}
            hint={t("fees.personHint")}
            errors={fields.payeeName.errors}
            inputProps={getInputProps(fields.payeeName, { type: "text" })}
          />
          <Field
            id={fields.payeePhone.id}
            label={t("fees.payeePhone")}
            hint={t("fees.personHint")}
            errors={fields.payeePhone.errors}
            inputProps={{
              ...getInputProps(fields.payeePhone, { type: "tel" }),
              autoComplete: "off",
            }}
          />
          <Field
            id={fields.mpesaRef.id}
            label={t("fees.mpesaRef")}
            hint={t("fees.mpesaHint")}
            errors={fields.mpesaRef.errors}
            inputProps={{
              ...getInputProps(fields.mpesaRef, { type: "text" }),
              autoComplete: "off",
              autoCapitalize: "characters",
            }}
          />
          <button type="submit">{t("fees.submit")}</button>
        </Form>
      )}
      <p>
        <Link to="/my/help">{t("nav.my.help")}</Link>
      </p>
    </section>
  );
}

type ClaimRow = ReturnType<typeof useLoaderData<typeof loader>>["payments"][number]["claim"];

function Claim({
  claim,
  submissionKey,
  reply,
}: {
  claim: NonNullable<ClaimRow>;
  submissionKey: string;
  reply?: FormReply;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="claim">
      <p>
        <strong>
          {t("fees.claimLine", {
            reference: claim.reference,
            status: t(`refunds.status.${claim.status}`),
          })}
        </strong>
      </p>
      {claim.status === "OPEN" || claim.status === "UPHELD" ? (
        <p>{t("fees.claimDue", { date: formatDate(claim.dueAt, locale) })}</p>
      ) : null}
      {claim.status === "DISPUTED" && claim.disputeReason ? (
        <p>{t("fees.agencyDisputed", { reason: claim.disputeReason })}</p>
      ) : null}
      {claim.decisionNote && (claim.status === "UPHELD" || claim.status === "DISMISSED") ? (
        <p>{t("fees.decided", { note: claim.decisionNote })}</p>
      ) : null}
      {claim.status === "REFUND_REPORTED" ? (
        <Form method="post">
          <SubmissionKey value={submissionKey} />
          <ErrorSummary errors={allErrorsOf(reply)} result={reply} />
          <input type="hidden" name="claimId" value={claim.id} />
          <p>{t("fees.agencyRefunded", { ref: claim.refundRef ?? "—" })}</p>
          <button type="submit" name="intent" value="confirm">
            {t("fees.confirm")}
          </button>{" "}
          <button type="submit" name="intent" value="deny" className="secondary">
            {t("fees.deny")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
