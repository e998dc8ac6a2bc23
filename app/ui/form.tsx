import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { useT } from "~/i18n/use-t";
import { allErrorsOf, type FormReply } from "~/utils/form-reply";
import { errorText } from "~/i18n/field-message";

/** Translates error strings that are catalogue keys (or name their field); shows anything else as it is. */
export function useErrorText() {
  const t = useT();
  return (errors?: string[] | null) => (errors ?? []).map((e) => errorText(e, t));
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

type ErrorMap = Record<string, string[] | null | undefined> | null | undefined;

const isReply = (r: unknown): r is FormReply =>
  typeof r === "object" && r !== null && "error" in r && "initialValue" in r;

/**
 * The GOV.UK error summary, at the top of every form: "There is a problem" and every message at
 * once, each linking to its field. It takes focus, so a phone scrolls to it: in the server's HTML
 * through `autofocus` (without JavaScript), and with JavaScript after each submit that fails, on
 * the client's check or the server's. It shows the errors as they were at that submit; each field
 * keeps its own message up to date as the person corrects it.
 *
 * `errors` is Conform's `form.allErrors`, or `allErrorsOf(reply)` on a form without Conform;
 * `result` is the action's reply, so a new reply from the server refreshes the summary; `idOf`
 * gives a field's element id (Conform's ids are `<form id>-<name>`).
 */
/** useLayoutEffect in the browser; on the server, where it would warn, useEffect (which never runs). */
const useClientLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

// Every form's submits, counted from the moment this module runs, which is before hydration: a
// submit that lands while the page is still hydrating reaches Conform (React replays it) but came
// before any summary could listen on its own form, and its summary then never opened. Counted on
// the document in the capture phase, ahead of React's own listeners there.
const submitsOf = new WeakMap<HTMLFormElement, number>();
const hasErrors = (e: ErrorMap) => Object.values(e ?? {}).some((v) => v?.length);
const onSubmits = new Set<() => void>();
if (typeof document !== "undefined")
  document.addEventListener(
    "submit",
    (e) => {
      if (!(e.target instanceof HTMLFormElement)) return;
      submitsOf.set(e.target, (submitsOf.get(e.target) ?? 0) + 1);
      for (const f of onSubmits) f();
    },
    true,
  );

export function ErrorSummary(
  props: { result?: unknown } & (
    | { form: { id: string; allErrors: ErrorMap } }
    | { errors: ErrorMap; idOf?: (name: string) => string }
  ),
) {
  const { result } = props;
  const errors = "form" in props ? props.form.allErrors : props.errors;
  const idOf =
    "form" in props
      ? (name: string) => `${props.form.id}-${name}`
      : (props.idOf ?? ((name: string) => name));
  const t = useT();
  const text = useErrorText();
  const titleId = useId();
  const anchor = useRef<HTMLDivElement>(null);
  const latest = useRef(errors);
  latest.current = errors;
  const [shown, setShown] = useState<ErrorMap>(errors);
  const [submits, setSubmits] = useState(0);

  // Follow the submits of the form this summary sits in, including any made before it mounted
  // (while the page hydrated). A layout effect: in the same commit as hydration's event handlers.
  useClientLayoutEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const follow = () => setSubmits(submitsOf.get(form) ?? 0);
    follow();
    onSubmits.add(follow);
    return () => void onSubmits.delete(follow);
  }, []);

  // Focus moves once the summary is on the page: in the effect after the render that shows it
  // (which also runs after Conform's own move to the first invalid field).
  const [focusRequests, setFocusRequests] = useState(0);
  useEffect(() => {
    if (focusRequests) anchor.current?.querySelector<HTMLElement>("[data-summary]")?.focus();
  }, [focusRequests]);
  const show = (next: ErrorMap) => {
    setShown(next);
    if (hasErrors(next)) setFocusRequests((n) => n + 1);
  };
  // After a submit: the errors the check in the browser found (none if it went to the server).
  // Conform's errors may arrive a render after the submit is counted (a submit made while the page
  // hydrated is counted first, then replayed to Conform): until errors come or the server answers,
  // the summary stays armed and opens with the first errors that arrive.
  const mounted = useRef(false);
  const armed = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    show(latest.current);
    armed.current = !hasErrors(latest.current);
  }, [submits]);
  const errorsKey = JSON.stringify(errors ?? {});
  useEffect(() => {
    if (armed.current && hasErrors(latest.current)) {
      armed.current = false;
      show(latest.current);
    }
  }, [errorsKey]);
  // On mount and on each reply from the server: that reply's errors, read from the reply itself
  // (Conform takes them into its own state a render later), else those of the moment.
  useEffect(() => {
    armed.current = false;
    show(isReply(result) ? allErrorsOf(result) : latest.current);
  }, [result]);

  const items = Object.entries(shown ?? {}).flatMap(([name, messages]) =>
    text(messages ?? []).map((message) => ({ name, message })),
  );
  return (
    <div ref={anchor}>
      {items.length ? (
        <div
          className="alert alert-error error-summary"
          role="alert"
          aria-labelledby={titleId}
          tabIndex={-1}
          data-summary
          autoFocus
        >
          <h2 id={titleId}>{t("form.problem")}</h2>
          <ul>
            {items.map(({ name, message }) => (
              <li key={`${name}:${message}`}>
                {name ? <a href={`#${idOf(name)}`}>{message}</a> : message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
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

/** One box to tick (an agreement, a confirmation), sent as "on"; its error tied to the box. */
export function CheckboxField(props: {
  id: string;
  name: string;
  label: string;
  errors?: string[] | null;
}) {
  const errorText = useErrorText()(props.errors);
  const errorId = `${props.id}-error`;
  return (
    <div className="field">
      <label className="choice">
        <input
          type="checkbox"
          name={props.name}
          value="on"
          id={props.id}
          aria-invalid={errorText.length ? true : undefined}
          aria-describedby={errorText.length ? errorId : undefined}
        />{" "}
        {props.label}
      </label>
      {errorText.length ? (
        <p id={errorId} className="field-error" role="alert">
          {errorText.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** Boxes to tick under one legend; its errors announced and tied to the group. */
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
  errors?: string[] | null;
}) {
  const errorText = useErrorText()(props.errors);
  const errorId = `${props.name}-error`;
  return (
    <fieldset
      id={props.name}
      aria-invalid={errorText.length ? true : undefined}
      aria-describedby={errorText.length ? errorId : undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      {errorText.length ? (
        <p id={errorId} className="field-error" role="alert">
          {errorText.join(" ")}
        </p>
      ) : null}
      {props.options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type="checkbox"
            name={props.name}
            value={o.value}
            defaultChecked={props.checked.includes(o.value)}
          />{" "}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
