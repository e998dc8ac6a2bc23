import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { loader } from "~/routes/agencies.$id.certificate[.]pdf";
import { createAgency } from "../factories/agencies";

async function get(id: string) {
  try {
    return (await loader({
      request: new Request(`http://127.0.0.1/agencies/${id}/certificate.pdf`),
      params: { id },
      context: {},
    })) as Response;
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
}

describe("licence certificate", () => {
  it("is a one-page PDF naming the agency and its licence", async () => {
    const agency = await createAgency({ name: "Certified Placements Ltd" });
    const res = await get(agency.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe(`Licence ${agency.licenceNo} — Certified Placements Ltd`);
  });

  it("does not exist for an agency that was never licensed, or a malformed id", async () => {
    const pending = await createAgency({ status: "PENDING", licenceNo: null });
    expect((await get(pending.id)).status).toBe(404);
    expect((await get("../../etc/passwd")).status).toBe(404);
  });
});
