import { COSTS } from "~/domain/compliance/engine";
import type { ContractTerms } from "~/domain/contracts/contracts.schema";
import { useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";
import { TableWrap } from "~/ui/table-wrap";

type Finding = { code: string; severity: "BLOCKING" | "WARNING" };

/** Which rules speak to which clause, so findings sit beside the terms they concern. */
const CLAUSE_CODES: Record<string, string[]> = {
  monthlyWage: ["WAGE-02", "WAGE-03"],
  dailyHours: ["HRS-02"],
  weeklyRestDays: ["HRS-01"],
  annualLeaveDays: ["LEAVE-01"],
  durationMonths: ["CON-02"],
  probationDays: ["CON-02"],
  passportHeldBy: ["DOC-01"],
  workerPaidRecruitmentFees: ["FEE-01"],
  costsPaidByWorker: ["FEE-02"],
  returnTicketPaidBy: ["REP-01"],
  endOfServiceDaysPerYear: ["EOS-01"],
};

/** Who holds the passport or pays the ticket, in words (the stored value is a code). */
const PARTY: Record<
  ContractTerms["passportHeldBy"] | ContractTerms["returnTicketPaidBy"],
  MessageKey
> = {
  WORKER: "precheck.worker",
  EMPLOYER: "precheck.employer",
  AGENCY: "precheck.agency",
};

export function ContractTermsTable({
  terms,
  findings,
}: {
  terms: ContractTerms;
  findings: Finding[];
}) {
  const t = useT();
  const yes = (b: boolean) => (b ? t("precheck.yes") : t("precheck.no"));
  const rows: [string, string, string][] = [
    [
      "monthlyWage",
      t("precheck.monthlyWage"),
      `${terms.currency} ${terms.monthlyWage.toLocaleString("en-KE")}`,
    ],
    ["housingProvided", t("precheck.housingProvided"), yes(terms.housingProvided)],
    ["foodProvided", t("precheck.foodProvided"), yes(terms.foodProvided)],
    ["dailyHours", t("precheck.dailyHours"), String(terms.dailyHours)],
    ["weeklyRestDays", t("precheck.weeklyRestDays"), String(terms.weeklyRestDays)],
    ["annualLeaveDays", t("precheck.annualLeaveDays"), String(terms.annualLeaveDays)],
    ["durationMonths", t("precheck.durationMonths"), String(terms.durationMonths)],
    [
      "probationDays",
      t("precheck.probationDays"),
      terms.probationDays == null ? "—" : String(terms.probationDays),
    ],
    [
      "endOfServiceDaysPerYear",
      t("precheck.endOfService"),
      terms.endOfServiceDaysPerYear == null ? "—" : String(terms.endOfServiceDaysPerYear),
    ],
    ["passportHeldBy", t("precheck.passportHeldBy"), t(PARTY[terms.passportHeldBy])],
    ["workerPaidRecruitmentFees", t("precheck.fees"), String(terms.workerPaidRecruitmentFees)],
    [
      "costsPaidByWorker",
      t("precheck.costsPaidByWorker"),
      terms.costsPaidByWorker.map((c) => t(`cost.${c}` as MessageKey)).join(", ") || "—",
    ],
    ["returnTicketPaidBy", t("precheck.returnTicketPaidBy"), t(PARTY[terms.returnTicketPaidBy])],
    ["startDate", t("contracts.startDate"), terms.startDate],
  ];
  return (
    <TableWrap>
      <table>
        <tbody>
          {rows.map(([key, label, value]) => {
            const hits = findings.filter((f) => CLAUSE_CODES[key]?.includes(f.code));
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{value}</td>
                <td>
                  {hits.map((f, i) => (
                    <span
                      key={i}
                      className={`badge ${f.severity === "BLOCKING" ? "badge-err" : "badge-warn"}`}
                    >
                      {f.code}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The editable terms (plain fields: works without JavaScript). */
export function ContractTermsFields({ terms }: { terms: ContractTerms }) {
  const t = useT();
  const num = (name: keyof ContractTerms, label: string) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        inputMode="decimal"
        defaultValue={terms[name] == null ? "" : String(terms[name])}
      />
    </div>
  );
  const radio = (
    name: keyof ContractTerms,
    label: string,
    options: [string, string][],
    value: string,
  ) => (
    <fieldset>
      <legend>{label}</legend>
      {options.map(([v, text]) => (
        <label key={v} className="choice">
          <input type="radio" name={name} value={v} defaultChecked={value === v} /> {text}
        </label>
      ))}
    </fieldset>
  );
  return (
    <>
      <input type="hidden" name="currency" value={terms.currency} />
      {num("monthlyWage", `${t("precheck.monthlyWage")} (${terms.currency})`)}
      {radio(
        "housingProvided",
        t("precheck.housingProvided"),
        [
          ["yes", t("precheck.yes")],
          ["no", t("precheck.no")],
        ],
        terms.housingProvided ? "yes" : "no",
      )}
      {radio(
        "foodProvided",
        t("precheck.foodProvided"),
        [
          ["yes", t("precheck.yes")],
          ["no", t("precheck.no")],
        ],
        terms.foodProvided ? "yes" : "no",
      )}
      {num("dailyHours", t("precheck.dailyHours"))}
      {num("weeklyRestDays", t("precheck.weeklyRestDays"))}
      {num("annualLeaveDays", t("precheck.annualLeaveDays"))}
      {num("durationMonths", t("precheck.durationMonths"))}
      {num("probationDays", t("precheck.probationDays"))}
      {num("endOfServiceDaysPerYear", t("precheck.endOfService"))}
      {radio(
        "passportHeldBy",
        t("precheck.passportHeldBy"),
        [
          ["WORKER", t("precheck.worker")],
          ["EMPLOYER", t("precheck.employer")],
          ["AGENCY", t("precheck.agency")],
        ],
        terms.passportHeldBy,
      )}
      {num("workerPaidRecruitmentFees", t("precheck.fees"))}
      <fieldset>
        <legend>{t("precheck.costsPaidByWorker")}</legend>
        {COSTS.map((c) => (
          <label key={c} className="choice">
            <input
              type="checkbox"
              name="costsPaidByWorker"
              value={c}
              defaultChecked={terms.costsPaidByWorker.includes(c)}
            />{" "}
            {t(`cost.${c}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      {radio(
        "returnTicketPaidBy",
        t("precheck.returnTicketPaidBy"),
        [
          ["EMPLOYER", t("precheck.employer")],
          ["WORKER", t("precheck.worker")],
        ],
        terms.returnTicketPaidBy,
      )}
      <div className="field">
        <label htmlFor="startDate">{t("contracts.startDate")}</label>
        <input id="startDate" name="startDate" type="date" defaultValue={terms.startDate} />
      </div>
    </>
  );
}
