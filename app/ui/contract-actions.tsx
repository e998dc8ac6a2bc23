import { Form } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";
import { ErrorSummary, SubmissionKey, useErrorText } from "./form";
import { allErrorsOf, errorsOf, type FormReply } from "~/utils/form-reply";

const NEEDS_NOTE = new Set([
  "requestChanges",
  "recommend",
  "recommendRejection",
  "returnToReview",
  "reject",
]);

/** The transitions the viewer may take, as buttons in one form with an optional note. */
export function ContractActions({
  actions,
  submissionKey,
  reply,
}: {
  actions: string[];
  submissionKey: string;
  /** The action's reply when it came from this form. */
  reply?: FormReply | null;
}) {
  const t = useT();
  const errorText = useErrorText();
  if (!actions.length) return null;
  const reasonError = errorText(errorsOf(reply, "reason")).join(" ");
  return (
    <Form method="post" className="review-form">
      <ErrorSummary errors={allErrorsOf(reply)} result={reply} />
      <SubmissionKey value={submissionKey} />
      {actions.some((a) => NEEDS_NOTE.has(a)) ? (
        <div className="field">
          <label htmlFor="reason">{t("contracts.reason")}</label>
          <textarea
            id="reason"
            name="reason"
            rows={3}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? "reason-error" : undefined}
          />
          {reasonError ? (
            <p id="reason-error" className="field-error" role="alert">
              {reasonError}
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="actions">
        {actions.map((a) => (
          <button
            key={a}
            type="submit"
            name="intent"
            value={a}
            className={
              a === "reject" || a === "recommendRejection" || a === "withdraw"
                ? "danger"
                : a === "requestChanges" || a === "returnToReview"
                  ? "secondary"
                  : ""
            }
          >
            {t(`contracts.action.${a}` as MessageKey)}
          </button>
        ))}
      </p>
    </Form>
  );
}
