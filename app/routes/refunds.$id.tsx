import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { actOnClaim, claimFor } from "~/domain/fees/refund-claims.server";
import { AgencyRefundAnswerSchema, NeaRefundActionSchema } from "~/domain/fees/fees.schema";
import type { RefundAction } from "~/domain/fees/refund.workflow";
import { useLocale, useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";
import { useCountryName } from "~/ui/country";
import { ErrorSummary, Field, SubmissionKey, TextAreaField } from "~/ui/form";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate, formatPay } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, type FormReply } from "~/utils/form-reply";
import { parseWithZod } from "~/ui/conform";
import { requestContext } from "~/utils/request.server";

export const handle = titled(
  (d, t) =>
    d &&
    t("fees.claimLine", {
      reference: d.reference,
      status: t(`refunds.status.${d.status}` as MessageKey),
    }),
);

const PERMISSIONS = ["agency:read-own", "refund:decide"] as const;

// One refund claim, for the agency it is against (refund or dispute) and for NEA (decide a dispute,
// four eyes). The buttons are the steps the workflow table allows this reader; another agency's
// claim is not found.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, PERMISSIONS);
  return { ...(await claimFor(user, params.id ?? "")), submissionKey: newSubmissionKey() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, PERMISSIONS);
  const form = await readForm(request);
  const id = params.id ?? "";
  const intent = String(form.get("intent") ?? "");
  const agency = intent === "refund" || intent === "dispute";
  const submission = agency
    ? parseWithZod(form, { schema: AgencyRefundAnswerSchema })
    : parseWithZod(form, { schema: NeaRefundActionSchema });
  if (submission.status !== "success") return rejected(submission, { form: intent });
  const v = submission.value as {
    intent: RefundAction;
    refundRef?: string;
    reason?: string;
    note?: string;
  };
  try {
    await actOnClaim(user, id, v.intent, v, requestContext(request), submissionKeyOf(form));
  } catch (e) {
    return replyError(request, e, submission, { form: intent });
  }
  return redirectWithFlash(`/refunds/${id}`, { key: "refunds.done" });
}

export default function RefundClaim() {
  const t = useT();
  const locale = useLocale();
  const countryName = useCountryName();
  const c = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const reply = (name: string) => (result?.form === name ? (result as FormReply) : undefined);
  const p = c.payment;
  return (
    <section className="page">
      <h1>
        {t("fees.claimLine", { reference: c.reference, status: t(`refunds.status.${c.status}`) })}
      </h1>
      <dl className="facts">
        <div>
          <dt>{t("refunds.detail.worker")}</dt>
          <dd>{c.worker}</dd>
        </div>
        <div>
          <dt>{t("refunds.detail.contract")}</dt>
          <dd>
            {p.contract.reference} ({countryName(p.contract.countryCode)})
          </dd>
        </div>
        <div>
          <dt>{t("refunds.detail.payment")}</dt>
          <dd>
            {t("fees.paymentLine", {
              amount: formatPay(c.amount, c.currency, locale),
              date: formatDate(p.paidOn, locale),
              purpose: t(`fees.purpose.${p.purpose}`),
            })}
            <br />
            {t("fees.to", {
              payee:
                p.paidTo === "AGENCY"
                  ? t("fees.toAgency", { agency: c.agency.name })
                  : t("refunds.detail.paidToPerson"),
            })}
            {p.mpesaRef ? (
              <>
                <br />
                {t("fees.mpesaLine", { code: p.mpesaRef })}
              </>
            ) : null}
            <br />
            {t("fees.notAllowed", {
              findings: p.findings.map((f) => t(`fees.finding.${f}` as MessageKey)).join("; "),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("refunds.col.due")}</dt>
          <dd>
            {formatDate(c.dueAt, locale)}
            {c.overdueAt ? (
              <>
                {" "}
                <strong className="status status-error">{t("refunds.overdue")}</strong>
              </>
            ) : null}
          </dd>
        </div>
        {c.refundRef ? (
          <div>
            <dt>{t("refunds.detail.refundRef")}</dt>
            <dd>{c.refundRef}</dd>
          </div>
        ) : null}
        {c.disputeReason ? (
          <div>
            <dt>{t("refunds.detail.disputeReason")}</dt>
            <dd>{c.disputeReason}</dd>
          </div>
        ) : null}
        {c.proposalNote ? (
          <div>
            <dt>{t("refunds.col.status")}</dt>
            <dd>{t("refunds.detail.proposal", { note: c.proposalNote })}</dd>
          </div>
        ) : null}
      </dl>
      {c.status === "DISPUTED" && c.workerAnsweredAt && !c.refundedAt ? (
        <p className="alert alert-info">{t("refunds.detail.workerDenied")}</p>
      ) : null}
      {c.heldByFourEyes ? (
        <p className="alert alert-info">{t("refunds.detail.heldByFourEyes")}</p>
      ) : null}

      {c.actions.includes("refund") ? (
        <Form method="post" noValidate>
          <h2>{t("refunds.refund")}</h2>
          <ErrorSummary errors={allErrorsOf(reply("refund"))} result={reply("refund")} />
          <SubmissionKey value={c.submissionKey} />
          <Field
            id="refundRef"
            label={t("refunds.refundRef")}
            required
            errors={errorsOf(reply("refund"), "refundRef")}
            inputProps={{ name: "refundRef", type: "text", autoComplete: "off" }}
          />
          <button type="submit" name="intent" value="refund">
            {t("refunds.refund")}
          </button>
        </Form>
      ) : null}
      {c.actions.includes("dispute") ? (
        <Form method="post" noValidate>
          <h2>{t("refunds.dispute")}</h2>
          <ErrorSummary errors={allErrorsOf(reply("dispute"))} result={reply("dispute")} />
          <SubmissionKey value={c.submissionKey} />
          <TextAreaField
            id="reason"
            label={t("refunds.reason")}
            required
            errors={errorsOf(reply("dispute"), "reason")}
            textareaProps={{ name: "reason", rows: 4 }}
          />
          <button type="submit" name="intent" value="dispute" className="secondary">
            {t("refunds.dispute")}
          </button>
        </Form>
      ) : null}
      <NeaForm
        actions={c.actions.filter((a) => a.startsWith("propose"))}
        note
        reply={reply}
        submissionKey={c.submissionKey}
      />
      <NeaForm
        actions={c.actions.filter((a) => a === "decide" || a === "sendBack")}
        note={false}
        reply={reply}
        submissionKey={c.submissionKey}
      />
      <p>
        <Link to="/refunds">{t("refunds.title")}</Link>
      </p>
    </section>
  );
}

function NeaForm(props: {
  actions: RefundAction[];
  note: boolean;
  reply: (name: string) => FormReply | undefined;
  submissionKey: string;
}) {
  const t = useT();
  if (!props.actions.length) return null;
  const r = props.actions.map(props.reply).find(Boolean);
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={allErrorsOf(r)} result={r} />
      <SubmissionKey value={props.submissionKey} />
      {props.note ? (
        <TextAreaField
          id="note"
          label={t("refunds.note")}
          required
          errors={errorsOf(r, "note")}
          textareaProps={{ name: "note", rows: 4 }}
        />
      ) : null}
      {props.actions.map((a) => (
        <button key={a} type="submit" name="intent" value={a}>
          {t(`refunds.${a}` as MessageKey)}
        </button>
      ))}
    </Form>
  );
}
