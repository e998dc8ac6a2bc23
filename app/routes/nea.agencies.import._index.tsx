import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { listImportRuns, previewImport } from "~/domain/agencies/import.server";
import { IMPORT_COLUMNS } from "~/domain/agencies/import.columns";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDateTime } from "~/ui/format";
import { requestContext } from "~/utils/request.server";
import { titled } from "~/ui/page-title";
import { replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf } from "~/utils/form-reply";
import { ErrorSummary, SubmissionKey, useErrorText } from "~/ui/form";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { DomainError, type ErrorKind } from "~/domain/errors";

const MAX_CSV_BYTES = 5 * 1024 * 1024;

export const handle = titled("import.title");

// NEA supervisors: upload an agency list (CSV) for a dry run.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agency:import");
  return { runs: await listImportRuns(user), submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "agency:import");
  let form: FormData;
  const refuse = (key: "import.error.size" | "import.error.file", kind: ErrorKind = "invalid") =>
    replyError(request, new DomainError(key, { field: "file", kind }), new FormData());
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_CSV_BYTES }),
    );
  } catch (e) {
    if (e instanceof MaxPartSizeExceededError) return refuse("import.error.size", "too-large");
    if (e instanceof Error && /multipart|boundary|content-type/i.test(e.message))
      return refuse("import.error.file");
    throw e;
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) return refuse("import.error.file");
  const text = new TextDecoder("utf-8", { fatal: false }).decode(await file.arrayBuffer());
  if (text.includes("\u0000")) return refuse("import.error.file", "unsupported-type");
  const id = await previewImport(
    user,
    { fileName: (file as File).name || "agencies.csv", text },
    requestContext(request),
    submissionKeyOf(form),
  );
  return redirect(`/nea/agencies/import/${id}`);
}

export default function ImportUpload() {
  const t = useT();
  const locale = useLocale();
  const { runs, submissionKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errorText = useErrorText();
  return (
    <section className="page">
      <h1>{t("import.title")}</h1>
      <p>{t("import.intro")}</p>
      <p className="hint">
        {t("import.columns")}: <code>{IMPORT_COLUMNS.join(", ")}</code>
      </p>
      <Form method="post" encType="multipart/form-data" className="filters">
        <SubmissionKey value={submissionKey} />
        <ErrorSummary errors={allErrorsOf(result)} result={result} />
        <div className="field">
          <label htmlFor="file">{t("import.file")}</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={errorsOf(result, "file") ? true : undefined}
            aria-describedby={errorsOf(result, "file") ? "file-error" : undefined}
          />
          {errorsOf(result, "file") ? (
            <p id="file-error" className="field-error" role="alert">
              {errorText(errorsOf(result, "file")).join(" ")}
            </p>
          ) : null}
        </div>
        <button type="submit">{t("import.preview")}</button>
      </Form>
      <h2>{t("import.runs")}</h2>
      {runs.length ? (
        <ul>
          {runs.map((r) => (
            <li key={r.id}>
              <Link to={`/nea/agencies/import/${r.id}`}>{r.fileName}</Link> —{" "}
              {t(`import.status.${r.status}`)} — {formatDateTime(r.createdAt, locale)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("import.runs.none")}</p>
      )}
    </section>
  );
}
