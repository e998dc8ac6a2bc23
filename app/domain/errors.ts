// The one error a domain rule raises when it refuses what a person asked for. It names the message
// (a catalogue key), the field it belongs to if any, and what kind of refusal it is; the route turns
// it into a form reply with `replyError` (app/utils/form-reply.server.ts), so every form shows it the
// same way and the HTTP status comes from the kind, never from matching message keys.
//
// Denials of a whole page (no permission, no such record) are not DomainErrors: they throw the
// 403/404 responses of app/utils/http.server.ts, which stop a loader as well as an action and render
// the error page in the reader's language.
import type { MessageKey } from "~/i18n/messages";

export type ErrorKind =
  /** The input is wrong: correct it and send again. */
  | "invalid"
  /** The rule forbids this person from doing this (four eyes, someone else's record). */
  | "forbidden"
  /** The record is not in a state that allows it (already decided, changed meanwhile). */
  | "conflict"
  /** The account is locked for a while. */
  | "locked"
  /** Too many tries: wait and try again. */
  | "rate-limited"
  /** An uploaded file is larger than allowed. */
  | "too-large"
  /** An uploaded file is not of a kind accepted. */
  | "unsupported-type";

export const STATUS_OF_KIND: Record<ErrorKind, 400 | 403 | 409 | 413 | 415 | 423 | 429> = {
  invalid: 400,
  forbidden: 403,
  conflict: 409,
  "too-large": 413,
  "unsupported-type": 415,
  locked: 423,
  "rate-limited": 429,
};

export type DomainErrorOptions = {
  /** The form field the message belongs to; without one it is about the whole form. */
  field?: string;
  /** Values for the message's {placeholders}. */
  vars?: Record<string, string>;
  kind?: ErrorKind;
  /** More messages, each under its own field (a checklist or a whole draft found wanting). */
  fieldErrors?: Record<string, string[]>;
  /**
   * What the person may pick instead, when the refusal is a question ("did you mean…?"): the form
   * shows them beside the field, and picking one answers it.
   */
  choices?: Choice[];
};

/** One thing a person may pick: the value the form sends back and what she reads. */
export type Choice = { value: string; label: string; hint?: string };

export class DomainError extends Error {
  readonly field?: string;
  readonly vars?: Record<string, string>;
  readonly kind: ErrorKind;
  readonly fieldErrors: Record<string, string[]>;
  readonly choices: Choice[];

  constructor(
    readonly key: MessageKey,
    options: DomainErrorOptions = {},
  ) {
    super(key);
    this.name = "DomainError";
    this.field = options.field;
    this.vars = options.vars;
    this.kind = options.kind ?? "invalid";
    this.fieldErrors = options.fieldErrors ?? {};
    this.choices = options.choices ?? [];
  }

  get status() {
    return STATUS_OF_KIND[this.kind];
  }
}

/** Too many tries from here or for this record: the same refusal everywhere. */
export const rateLimited = (field?: string) =>
  new DomainError("error.rateLimited", { field, kind: "rate-limited" });

/** The record changed while the person worked on it (someone else acted first): reload and retry. */
export const changedMeanwhile = () => new DomainError("form.error.changed", { kind: "conflict" });

/** The step is not possible in the record's current state (it has moved on since the page loaded). */
export const notNow = () => new DomainError("form.error.notNow", { kind: "conflict" });
