import { describe, expect, it } from "vitest";
import { checkImport } from "~/domain/agencies/import.rules";

const ref = {
  counties: [
    { code: 1, name: "Mombasa" },
    { code: 21, name: "Murang'a" },
    { code: 47, name: "Nairobi" },
  ],
  countries: ["SA", "QA", "AE"],
};
const header =
  "licence_no,name,status,county,town,address,phone,email,valid_from,valid_until,countries";

describe("agency import rules", () => {
  it("accepts good rows (quotes, BOM, county by name or code, countries separated by ;)", () => {
    const csv = `\uFEFF${header}\nnea/pea/2020/0001,"Pwani ""Best"" Jobs Ltd",active,Mombasa,Mombasa,"Moi Ave, 2nd floor",0712 345 678,INFO@PWANI.KE,2026-01-01,2026-12-31,SA;QA\nNEA/PEA/2020/0002,Muranga Movers,REVOKED,21,,,,,2025-01-01,2025-12-31,`;
    const r = checkImport(csv, ref);
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]).toMatchObject({
      line: 2,
      licenceNo: "NEA/PEA/2020/0001",
      name: 'Pwani "Best" Jobs Ltd',
      status: "ACTIVE",
      countyCode: 1,
      phone: "254712345678",
      email: "info@pwani.ke",
      countries: ["QA", "SA"],
    });
    expect(r.rows[1]).toMatchObject({ countyCode: 21, countries: [], phone: null });
  });

  it("reports every problem with its line and column", () => {
    const csv = [
      header,
      "NEA/PEA/1,Ok Ltd,ACTIVE,Nairobi,,,,,2026-01-01,2026-12-31,SA",
      "NEA/PEA/1,Dup Ltd,ACTIVE,Nairobi,,,,,2026-01-01,2026-12-31,SA",
      "??,X,ALIVE,Atlantis,,,12,not-mail,2026-02-30,2025-01-01,ZZ",
      "NEA/PEA/3,Backwards Ltd,EXPIRED,47,,,,,2026-06-01,2026-01-01,",
    ].join("\n");
    const r = checkImport(csv, ref);
    expect(r.rows.map((x) => x.line)).toEqual([2]);
    expect(r.errors.map((e) => `${e.line}:${e.field}:${e.key}`)).toEqual([
      "3:licence_no:import.row.duplicate",
      "4:licence_no:import.row.licenceNo",
      "4:name:import.row.name",
      "4:status:import.row.status",
      "4:county:import.row.county",
      "4:valid_from:import.row.date",
      "4:phone:import.row.phone",
      "4:email:import.row.email",
      "4:countries:import.row.countries",
      "5:valid_until:import.row.dateOrder",
    ]);
    expect(r.errors[0]!.vars).toEqual({ line: "2" });
  });

  it("refuses a file without the required columns, an empty file or garbage", () => {
    expect(checkImport("name,status\nA,ACTIVE", ref).errors[0]).toMatchObject({
      line: 1,
      key: "import.row.columns",
    });
    expect(checkImport("", ref).errors[0]).toMatchObject({ key: "import.row.empty" });
    expect(checkImport('"unterminated,quote\n', ref).errors[0]).toMatchObject({
      key: "import.row.unreadable",
    });
  });
});
