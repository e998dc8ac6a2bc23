import type { TermsDifference } from "~/domain/mission/terms-check.rules";
import { useT } from "~/i18n/use-t";
import { TableWrap } from "~/ui/table-wrap";

/** What a worker reported at check-in beside what was approved (a contract-substitution case). */
export function TermsReportTable({
  differences,
  currency,
}: {
  differences: TermsDifference[];
  currency: string;
}) {
  const t = useT();
  const show = (d: TermsDifference, v: string | number) =>
    d.field === "passportHeldBy"
      ? t(`terms.passport.${String(v) as "WORKER"}`)
      : d.field === "employer" && v === "OTHER"
        ? t("terms.otherEmployer")
        : v === ""
          ? "—"
          : d.field === "monthlyWage"
            ? `${v} ${currency}`
            : String(v);
  return (
    <TableWrap label={t("terms.report.title")}>
      <table>
        <caption>{t("terms.report.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("terms.report.field")}</th>
            <th scope="col">{t("terms.report.approved")}</th>
            <th scope="col">{t("terms.report.reported")}</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((d) => (
            <tr key={d.field}>
              <th scope="row">{t(`terms.field.${d.field}`)}</th>
              <td>{show(d, d.approved)}</td>
              <td>
                <strong>{show(d, d.reported)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
