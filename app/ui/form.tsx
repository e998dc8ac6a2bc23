import {
  useEffect,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { useT } from "~/i18n/use-t";
import { en, type MessageKey } from "~/i18n/messages";

function isKey(v: string): v is MessageKey {
  return v in en;
}

/** Translates error strings that are catalogue keys; shows anything else as it is. */
export function useErrorText() {
  const t = useT();
  return (errors?: string[] | null) => (errors ?? []).map((e) => (isKey(e) ? t(e) : e));
}

type FieldProps = {
  id: string;
  label: string;
  errors?: string[] | null;
  hint?: string;
  required?: boolean;
  inputProps: InputHTMLAttributes<HTMLInputElement> & { key?: string | null };
};

/** A labelled input whose errors are announced and tied to it with aria-describedby. */
export function Field({ id, label, errors, hint, required, inputProps }: FieldProps) {
  const t = useT();
  const errorText = useErrorText()(errors);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [hint ? hintId : null, errorText.length ? errorId : null].filter(Boolean).join(" ") ||
    undefined;
  const { key, ...rest } = inputProps;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} {required ? <span className="muted">{t("field.required")}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        key={key ?? undefined}
        {...rest}
        id={id}
        aria-invalid={errorText.length ? true : undefined}
        aria-describedby={describedBy}
      />
      {errorText.length ? (
        <p id={errorId} className="field-error" role="alert">
          {errorText.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function FormErrors({ errors }: { errors?: string[] | null }) {
  const text = useErrorText()(errors);
  if (!text.length) return null;
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1}>
      {text.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}

/** Moves focus to the first invalid field after a failed submission (with JavaScript). */
export function useFocusFirstError(hasErrors: boolean) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!hasErrors || !ref.current) return;
    const el = ref.current.querySelector<HTMLElement>('[aria-invalid="true"], .alert-error');
    el?.focus();
  }, [hasErrors]);
  return ref;
}

export function Page({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="page">
      <h1>{title}</h1>
      {children}
    </section>
  );
}

/** The one-time submission key from the loader (see app/utils/idempotency.server.ts). */
export function SubmissionKey({ value }: { value: string }) {
  return <input type="hidden" name="_submission" value={value} />;
}

function describedBy(id: string, hint: boolean, error: boolean) {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined
  );
}

function Wrapper(props: {
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  errorText: string[];
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {props.label} {props.required ? <span className="muted">{t("field.required")}</span> : null}
      </label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.children}
      {props.errorText.length ? (
        <p id={`${props.id}-error`} className="field-error" role="alert">
          {props.errorText.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled textarea with the same error wiring as Field. */
export function TextAreaField(props: {
  id: string;
  label: string;
  errors?: string[] | null;
  hint?: string;
  required?: boolean;
  textareaProps: TextareaHTMLAttributes<HTMLTextAreaElement> & { key?: string | null };
}) {
  const errorText = useErrorText()(props.errors);
  const { key, ...rest } = props.textareaProps;
  return (
    <Wrapper
      id={props.id}
      label={props.label}
      hint={props.hint}
      required={props.required}
      errorText={errorText}
    >
      <textarea
        key={key ?? undefined}
        rows={6}
        {...rest}
        id={props.id}
        aria-invalid={errorText.length ? true : undefined}
        aria-describedby={describedBy(props.id, !!props.hint, errorText.length > 0)}
      />
    </Wrapper>
  );
}

/** A labelled select with the same error wiring as Field. */
export function SelectField(props: {
  id: string;
  label: string;
  errors?: string[] | null;
  hint?: string;
  required?: boolean;
  options: { value: string; label: string }[];
  emptyLabel?: string;
  selectProps: SelectHTMLAttributes<HTMLSelectElement> & { key?: string | null };
}) {
  const errorText = useErrorText()(props.errors);
  const { key, ...rest } = props.selectProps;
  return (
    <Wrapper
      id={props.id}
      label={props.label}
      hint={props.hint}
      required={props.required}
      errorText={errorText}
    >
      <select
        key={key ?? undefined}
        {...rest}
        id={props.id}
        aria-invalid={errorText.length ? true : undefined}
        aria-describedby={describedBy(props.id, !!props.hint, errorText.length > 0)}
      >
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}
