// Dialling the USSD flow through POST /ussd against the real registry.
import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/ussd";
import { DEMO_GATEWAY_SECRET } from "~/auth/gateway.server";
import { createAgency } from "../factories/agencies";

async function dial(text: string, extra: Record<string, string> = {}) {
  const body = new URLSearchParams({
    sessionId: "ATUid_test",
    serviceCode: "*384*123#",
    phoneNumber: "+254711000222",
    text,
    ...extra,
  });
  const res = (await action({
    request: new Request(`http://127.0.0.1/ussd?key=${DEMO_GATEWAY_SECRET}`, {
      method: "POST",
      body,
    }),
    params: {},
    context: {},
  })) as Response;
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
}

describe("POST /ussd", () => {
  it("walks language → check by name → choose → answer, as plain text", async () => {
    const agency = await createAgency({ name: "Ussd Dial Test Agency Ltd", countries: ["QA"] });
    await createAgency({ name: "Ussd Dial Other Ltd", status: "SUSPENDED" });
    const first = await dial("");
    expect(first).toMatchObject({ status: 200, text: "CON Kazi Salama\n1. English\n2. Kiswahili" });
    expect(first.type).toContain("text/plain");
    expect((await dial("1*2*ussd dial")).text).toBe(
      "CON Choose the agency:\n1. Ussd Dial Other Ltd\n2. Ussd Dial Test Agency Ltd",
    );
    const answer = (await dial("1*2*ussd dial*2")).text;
    expect(answer).toContain(
      `END Ussd Dial Test Agency Ltd\nLicence ${agency.licenceNo}\nLICENSED until`,
    );
    expect((await dial(`2*3*${agency.verificationCode}`)).text).toContain("HALALI");
  });

  it("finds an agency by its licence number", async () => {
    const agency = await createAgency({ name: "Licence Lookup Ltd" });
    expect((await dial(`1*1*${agency.licenceNo}`)).text).toMatch(/^END Licence Lookup Ltd/);
  });

  it("answers malformed callbacks with 400 and GET with 405", async () => {
    const body = new URLSearchParams({ text: "1" });
    const res = (await action({
      request: new Request(`http://127.0.0.1/ussd?key=${DEMO_GATEWAY_SECRET}`, {
        method: "POST",
        body,
      }),
      params: {},
      context: {},
    })) as Response;
    expect(res.status).toBe(400);
    expect((await dial("1".repeat(300))).status).toBe(400);
    expect(((await loader()) as Response).status).toBe(405);
  });
});
