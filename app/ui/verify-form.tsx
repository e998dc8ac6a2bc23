import { Form } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { Callable } from "~/ui/tel-link";

/** The verification code form: a plain GET to /verify, so it works without JavaScript. */
export function VerifyForm({
  code,
  invalid,
}: {
  code: string;
  /** Why the last code was refused: nothing typed, not ten numbers, or one of them wrong. */
  invalid: false | "empty" | "shape" | "malformed";
}) {
  const t = useT();
  return (
    <Form method="get" action="/verify" className="filters">
      <div className="field">
        <label htmlFor="code">{t("verifyCode.code")}</label>
        <p id="code-hint" className="hint">
          {t("verifyCode.code.hint")}
        </p>
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="off"
          maxLength={40}
          defaultValue={code}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? "code-hint code-error" : "code-hint"}
        />
        {invalid ? (
          <p id="code-error" className="field-error" role="alert">
            <Callable
              text={t(
                invalid === "empty"
                  ? "verifyCode.empty"
                  : invalid === "shape"
                    ? "verifyCode.shape"
                    : "verifyCode.invalid",
              )}
            />
          </p>
        ) : null}
      </div>
      <button type="submit">{t("verifyCode.submit")}</button>
    </Form>
  );
}
