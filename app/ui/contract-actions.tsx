import { Form } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";
import { SubmissionKey } from "./form";

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
  error,
}: {
  actions: string[];
  submissionKey: string;
  error?: string | null;
}) {
  const t = useT();
  if (!actions.length) return null;
  return (
    <Form method="post" className="review-form">
      <SubmissionKey value={submissionKey} />
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      {actions.some((a) => NEEDS_NOTE.has(a)) ? (
        <div className="field">
          <label htmlFor="reason">{t("contracts.reason")}</label>
          <textarea id="reason" name="reason" rows={3} />
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
