import type { SubmissionResult } from "@conform-to/react";
import type { Choice } from "~/domain/errors";

/** What a form action answers when it does not go ahead (see form-reply.server.ts). */
export type FormReply = SubmissionResult<string[]> & {
  /** Which form on the page the reply belongs to, when a page has several. */
  form?: string;
  /** What the person may pick instead, when the refusal asks "did you mean…?" (DomainError). */
  choices?: Choice[];
};

/** The messages of one field (or of the whole form, name "") in a reply. */
export function errorsOf(reply: FormReply | undefined | null, name = ""): string[] | undefined {
  return reply?.error?.[name] ?? undefined;
}

/** Every message of a reply, by field, for the error summary ("" is the whole form). */
export function allErrorsOf(reply: FormReply | undefined | null): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(reply?.error ?? {})) if (v?.length) out[k] = v;
  return out;
}

/** What the person had typed in a field, from a reply (so a form without Conform keeps it). */
export function valueOf(reply: FormReply | undefined | null, name: string): string | undefined {
  const v = reply?.initialValue?.[name];
  return typeof v === "string" ? v : undefined;
}

/** What the person had ticked in a group of boxes, from a reply (none: an empty list). */
export function valuesOf(reply: FormReply | undefined | null, name: string): string[] {
  const v = reply?.initialValue?.[name];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
}
