import { newVerificationCode, type CodeKind } from "./code";

/** A new code of `kind` that no document carries yet (`taken` asks the kind's own table). */
export async function uniqueVerificationCode(
  kind: CodeKind,
  taken: (code: string) => Promise<unknown>,
): Promise<string> {
  for (;;) {
    const code = newVerificationCode(kind);
    if (!(await taken(code))) return code;
  }
}
