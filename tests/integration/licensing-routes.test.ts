// Route-level checks: every licensing action authorizes itself; bad uploads get a 4xx and change nothing.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { createAgency } from "../factories/agencies";
import { createUser, sessionCookie } from "../factories/users";
import { postStatus } from "../factories/routes";

const call = postStatus;

async function agencyAdmin() {
  const agency = await createAgency({ status: "PENDING", licenceNo: null });
  const user = await db.user.create({
    data: {
      email: `aa-${agency.id}@test.ke`,
      name: "AA",
      role: "AGENCY_ADMIN",
      passwordHash: "x",
      agencyId: agency.id,
    },
  });
  return { agency, cookie: await sessionCookie(user.id) };
}

describe("licensing routes", () => {
  it("only NEA officials may propose a sanction, one agency or many; proposing changes nothing", async () => {
    const agency = await createAgency({ name: "Route Sanction Ltd" });
    const body = () => new URLSearchParams({ intent: "suspend", reason: "Investigation" });
    for (const role of ["AGENCY_ADMIN", "ADMIN", "WORKER", "LABOUR_ATTACHE"] as const) {
      const cookie = await sessionCookie((await createUser(role)).id);
      expect(
        await call(
          import("~/routes/nea.agencies.$id"),
          `/nea/agencies/${agency.id}`,
          cookie,
          body(),
          { id: agency.id },
        ),
      ).toBe(403);
      const bulk = new URLSearchParams({
        intent: "confirm",
        action: "suspend",
        licenceNos: agency.licenceNo!,
        reason: "x",
      });
      expect(
        await call(import("~/routes/nea.agencies.bulk"), "/nea/agencies/bulk", cookie, bulk),
      ).toBe(403);
      expect(
        await call(
          import("~/routes/nea.decisions"),
          "/nea/decisions",
          cookie,
          new URLSearchParams({ id: crypto.randomUUID(), intent: "confirm" }),
        ),
      ).toBe(role === "ADMIN" ? 404 : 403); // admins decide officials' accounts, not sanctions
    }
    expect(await db.proposal.count({ where: { subjectId: agency.id } })).toBe(0);
    const officer = await sessionCookie((await createUser("NEA_OFFICER")).id);
    expect(
      await call(
        import("~/routes/nea.agencies.$id"),
        `/nea/agencies/${agency.id}`,
        officer,
        new URLSearchParams({ intent: "revoke", reason: "x" }),
        { id: agency.id },
      ),
    ).toBe(400); // a revocation needs notice and hearing dates
    expect(
      await call(
        import("~/routes/nea.agencies.$id"),
        `/nea/agencies/${agency.id}`,
        officer,
        body(),
        { id: agency.id },
      ),
    ).toBe(302);
    // Proposed, not applied: a supervisor confirms it under /nea/decisions.
    expect((await db.agency.findUniqueOrThrow({ where: { id: agency.id } })).status).toBe("ACTIVE");
    const proposal = await db.proposal.findFirstOrThrow({ where: { subjectId: agency.id } });
    const supervisor = await sessionCookie((await createUser("NEA_SUPERVISOR")).id);
    expect(
      await call(
        import("~/routes/nea.decisions"),
        "/nea/decisions",
        supervisor,
        new URLSearchParams({ id: proposal.id, intent: "confirm" }),
      ),
    ).toBe(302);
    expect((await db.agency.findUniqueOrThrow({ where: { id: agency.id } })).status).toBe(
      "SUSPENDED",
    );
  });

  it("only NEA may act on an application; agency users get 403", async () => {
    const { agency } = await agencyAdmin();
    const app = await db.licenceApplication.create({
      data: { agencyId: agency.id, kind: "NEW", status: "SUBMITTED", details: {} },
    });
    const agencyCookie = await sessionCookie((await createUser("AGENCY_ADMIN")).id);
    expect(
      await call(
        import("~/routes/nea.licensing.$id"),
        `/nea/licensing/${app.id}`,
        agencyCookie,
        new URLSearchParams({ intent: "startReview" }),
        { id: app.id },
      ),
    ).toBe(403);
    const officer = await sessionCookie((await createUser("NEA_OFFICER")).id);
    expect(
      await call(
        import("~/routes/nea.licensing.$id"),
        `/nea/licensing/${app.id}`,
        officer,
        new URLSearchParams({ intent: "explode" }),
        { id: app.id },
      ),
    ).toBe(400);
    expect(
      await call(
        import("~/routes/nea.licensing.$id"),
        `/nea/licensing/${app.id}`,
        officer,
        new URLSearchParams({ intent: "grant", note: "x" }),
        { id: app.id },
      ),
    ).toBe(409);
    expect((await db.licenceApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe(
      "SUBMITTED",
    );
  });

  it("uploads through the form: a disguised file gets 415, a missing file 400, a real PDF is stored", async () => {
    const { agency, cookie } = await agencyAdmin();
    const docs = () =>
      db.applicationDocument.count({ where: { application: { agencyId: agency.id } } });
    expect(
      await call(import("~/routes/agency._index"), "/agency", cookie, new URLSearchParams()),
    ).toBe(302); // starts the application
    const upload = (bytes: Uint8Array<ArrayBuffer>, name: string, kind = "cr12") => {
      const form = new FormData();
      form.set("kind", kind);
      form.set("file", new File([new Uint8Array(bytes)], name, { type: "application/pdf" }));
      return call(import("~/routes/agency.application"), "/agency/application", cookie, form);
    };
    expect(await upload(new TextEncoder().encode("#!/bin/sh\nrm -rf /"), "cr12.pdf")).toBe(415);
    expect(await upload(new TextEncoder().encode("%PDF-1.7 test"), "cr12.pdf", "passport")).toBe(
      400,
    );
    const empty = new FormData();
    empty.set("kind", "cr12");
    expect(
      await call(import("~/routes/agency.application"), "/agency/application", cookie, empty),
    ).toBe(400);
    expect(await docs()).toBe(0);
    expect(await upload(new TextEncoder().encode("%PDF-1.7 test"), "cr12.pdf")).toBe(302);
    expect(await docs()).toBe(1);
  });
});
