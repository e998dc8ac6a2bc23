import type { LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { parseVerificationCode, whyNotACode } from "~/domain/verify/code";
import { useT } from "~/i18n/use-t";
import { VerifyForm } from "~/ui/verify-form";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled("verifyCode.title", NO_SCRIPTS);

// Public: a GET form; a well-formed code goes to its own page, /verify/:code.
export async function loader({ request }: LoaderFunctionArgs) {
  const code = new URL(request.url).searchParams.get("code");
  if (code === null) return { code: "", invalid: false as const };
  // Nothing typed: ask for the code (never "the document may be forged").
  if (!code.trim()) return data({ code: "", invalid: "empty" as const }, { status: 400 });
  const parsed = parseVerificationCode(code.slice(0, 40));
  if (parsed) return redirect(`/verify/${parsed.code}`);
  const invalid =
    whyNotACode(code.slice(0, 40)) === "shape" ? ("shape" as const) : ("malformed" as const);
  return data({ code: code.slice(0, 40), invalid }, { status: 400 });
}

export default function Verify() {
  const t = useT();
  const { code, invalid } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("verifyCode.title")}</h1>
      <p>{t("verifyCode.intro")}</p>
      <VerifyForm code={code} invalid={invalid} />
    </section>
  );
}
