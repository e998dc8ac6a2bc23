// The one shape every form action answers with when it does not go ahead: Conform's submission
// result, whose `error` holds every field's messages at once ("" for the whole form) and whose
// `initialValue` keeps what the person typed. Schema failures and DomainErrors both arrive this way,
// so every page shows them through the same ErrorSummary and fields (app/ui/form.tsx).
import { data } from "@remix-run/node";
import { parse, type Submission } from "@conform-to/react";
import { DomainError } from "~/domain/errors";
import { getLocale } from "~/i18n/i18n.server";
import { en, translate, type MessageKey } from "~/i18n/messages";
import { fieldErrorsOf } from "~/utils/validation";

import type { FormReply } from "./form-reply";
export type { FormReply };

type AnySubmission = Submission<unknown, string[], unknown>;

/**
 * Fields whose values never travel back to the browser in a reply (a password or PIN would sit in
 * the page's HTML and the browser's history): the person types them again.
 */
export const SECRET_FIELDS = ["password", "confirmPassword", "currentPassword", "pin", "confirm"];
/** What a page needs beside the messages: which of its forms replied, or the values it shows. */
type Extra = { form?: string } & Record<string, unknown>;

/** A submission of the form's own fields, for forms without a schema of their own (a button). */
export function submissionOf(form: FormData): AnySubmission {
  return parse(form, { resolve: () => ({ value: {} }) }) as AnySubmission;
}

/** The schema refused the input: 400, with every message at once. */
export function rejected(submission: AnySubmission, extra: Extra = {}) {
  return data<FormReply>(
    { ...submission.reply({ hideFields: SECRET_FIELDS }), ...extra },
    { status: 400 },
  );
}

/** Messages from a schema checked outside Conform (a form read by hand): the same 400 reply. */
export function rejectedIssues<E extends Extra = { form?: string }>(
  form: FormData,
  issues: { path: PropertyKey[]; message: string }[],
  extra: E = {} as E,
) {
  const { form: formLevel = [], ...fieldErrors } = fieldErrorsOf(issues);
  return data<FormReply & E>(
    {
      ...submissionOf(form).reply({
        formErrors: formLevel,
        fieldErrors,
        hideFields: SECRET_FIELDS,
      }),
      ...extra,
    },
    { status: 400 },
  );
}

/**
 * Everything a check of a whole record found wanting (a checklist before submitting), each message
 * under its field and in the reader's language; a value that is itself a catalogue key (a document's
 * kind) is named in that language too.
 */
export async function replyProblems<E extends Extra = { form?: string }>(
  request: Request,
  form: FormData,
  problems: { field: string; key: string; vars?: Record<string, string> }[],
  extra: E = {} as E,
) {
  const locale = await getLocale(request);
  const text = (k: string, vars?: Record<string, string>) =>
    k in en
      ? translate(
          locale,
          k as MessageKey,
          vars &&
            Object.fromEntries(
              Object.entries(vars).map(([n, v]) => [
                n,
                v in en ? translate(locale, v as MessageKey) : v,
              ]),
            ),
        )
      : k;
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const p of problems)
    (p.field ? (fieldErrors[p.field] ??= []) : formErrors).push(text(p.key, p.vars));
  return data<FormReply & E>(
    {
      ...submissionOf(form).reply({ formErrors, fieldErrors, hideFields: SECRET_FIELDS }),
      ...extra,
    },
    { status: 400 },
  );
}

/**
 * A domain rule refused the request: its message (in the reader's language when it has values to
 * fill in) under its field, with the status of its kind. Anything that is not a DomainError is
 * thrown on, so a bug is still a 500 and a denial still the 403/404 page.
 */
export async function replyError<E extends Extra = { form?: string }>(
  request: Request,
  e: unknown,
  source: AnySubmission | FormData,
  extra: E = {} as E,
) {
  if (!(e instanceof DomainError)) throw e;
  const submission = source instanceof FormData ? submissionOf(source) : source;
  const message = e.vars ? translate(await getLocale(request), e.key, e.vars) : e.key;
  const { "": more = [], ...fieldErrors } = e.fieldErrors;
  const formErrors: string[] = [...more];
  if (e.field) (fieldErrors[e.field] ??= []).unshift(message);
  else formErrors.unshift(message);
  return data<FormReply & E>(
    {
      ...submission.reply({ formErrors, fieldErrors, hideFields: SECRET_FIELDS }),
      ...(e.choices.length ? { choices: e.choices } : {}),
      ...extra,
    },
    { status: e.status },
  );
}
