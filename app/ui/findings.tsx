import { useLocale, useT } from "~/i18n/use-t";

type Finding = {
  code: string;
  severity: "BLOCKING" | "WARNING";
  expected: string;
  actual: string;
  message: { en: string; sw: string };
  unverified?: boolean;
};

/** Compliance findings, blocking first, each in the reader's language with expected and actual values. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  const t = useT();
  const locale = useLocale();
  if (!findings.length) return <p>{t("contracts.noFindings")}</p>;
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "BLOCKING" ? -1 : 1,
  );
  return (
    <ul className="findings">
      {sorted.map((f, i) => (
        <li key={i}>
          <span className={`badge ${f.severity === "BLOCKING" ? "badge-err" : "badge-warn"}`}>
            {t(`finding.${f.severity}`)}
          </span>{" "}
          <strong>{f.code}</strong>
          {f.unverified ? <span className="muted"> ({t("finding.unverified")})</span> : null}:{" "}
          {f.message[locale]}
          <br />
          <span className="muted">
            {t("finding.expected")}: {f.expected} · {t("finding.actual")}: {f.actual}
          </span>
        </li>
      ))}
    </ul>
  );
}
