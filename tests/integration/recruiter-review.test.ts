// NEA's review of reported recruiters (issue 20 §1): one official proposes to confirm (with the
// public name) or dismiss, another decides — never the proposer; numbers of one recruiter are merged
// under one; officials only.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  actOnRecruiter,
  listRecruiters,
  mergeRecruiter,
  recruiterFor,
} from "~/domain/recruiters/recruiter-review.server";
import { checkRecruiter } from "~/domain/recruiters/recruiters.server";
import { recruiterIdOf } from "~/domain/recruiters/recruiter-id";
import { login } from "../factories/departure";
import { createUser, sessionCookie } from "../factories/users";
import { postStatus } from "../factories/routes";

const ctx = { requestId: "recruiter-review", ip: "10.9.9.62" };
const tail = () => String(Math.floor(Math.random() * 1e6)).padStart(6, "0");

async function reported(raw: string, reports = 1) {
  const id = await db.recruiterIdentifier.create({
    data: { ...recruiterIdOf(raw)!, display: raw },
  });
  await db.recruiterReport.createMany({
    data: Array.from({ length: reports }, () => ({
      identifierId: id.id,
      source: "REPORT" as const,
    })),
  });
  return id;
}

const officer = async () => login(await createUser("NEA_OFFICER"));

describe("NEA's review of reported recruiters", () => {
  it("confirming takes two officials and publishes the name; the proposer cannot decide", async () => {
    const phone = `0755${tail()}`;
    const r = await reported(phone, 3);
    const [a, b] = [await officer(), await officer()];
    const list = await listRecruiters(a, "review", 1);
    expect(list.rows.find((x) => x.id === r.id)).toMatchObject({ reports: 3 });

    // No name, no proposal to confirm.
    await expect(actOnRecruiter(a, r.id, "proposeConfirm", {}, ctx)).rejects.toMatchObject({
      field: "label",
    });
    await actOnRecruiter(
      a,
      r.id,
      "proposeConfirm",
      { label: "“Kazi Fake” page", note: "3 reports" },
      ctx,
    );
    expect(await checkRecruiter(phone)).toMatchObject({ confirmed: false, label: null });
    // Four eyes: the proposer's decision is refused; the page shows her no button.
    await expect(actOnRecruiter(a, r.id, "decide", {}, ctx)).rejects.toMatchObject({
      kind: "forbidden",
    });
    const seen = await recruiterFor(a, r.id);
    expect(seen.actions).toEqual([]);
    expect(seen.heldByFourEyes).toBe(true);
    expect((await recruiterFor(b, r.id)).actions).toEqual(["decide", "sendBack"]);
    await actOnRecruiter(b, r.id, "decide", {}, ctx);
    expect(await checkRecruiter(phone)).toMatchObject({
      verdict: "REPORTED",
      confirmed: true,
      label: "“Kazi Fake” page",
    });
    expect(
      await db.auditEvent.count({
        where: { entityId: r.id, action: { startsWith: "recruiter." } },
      }),
    ).toBe(2);
    // Through the route: the proposer's click on "decide" for a dismissal is refused too.
    await actOnRecruiter(b, r.id, "proposeDismiss", { note: "number reassigned" }, ctx);
    const bCookie = await sessionCookie(
      (await db.user.findUniqueOrThrow({ where: { id: b.id } })).id,
      {
        secondFactor: true,
      },
    );
    expect(
      await postStatus(
        import("~/routes/nea.recruiters.$id"),
        `/nea/recruiters/${r.id}`,
        bCookie,
        { intent: "decide" },
        { id: r.id },
      ),
    ).toBe(403);
    expect((await db.recruiterIdentifier.findUniqueOrThrow({ where: { id: r.id } })).status).toBe(
      "DISMISS_PROPOSED",
    );
  });

  it("merging joins another number or page's reports under this one", async () => {
    const head = await reported(`0766${tail()}`, 2);
    const page = `Fake Jobs Page ${tail()}`;
    const other = await reported(page, 1);
    const a = await officer();
    await mergeRecruiter(a, head.id, page, ctx);
    expect(
      (await db.recruiterIdentifier.findUniqueOrThrow({ where: { id: other.id } })).mergedIntoId,
    ).toBe(head.id);
    expect(await checkRecruiter(page)).toMatchObject({ verdict: "REPORTED", reports: 3 });
    // The merged one's page leads to the head.
    expect(await recruiterFor(a, other.id)).toEqual({ mergedInto: head.id });
    await expect(mergeRecruiter(a, head.id, page, ctx)).rejects.toMatchObject({ kind: "conflict" });
    await expect(mergeRecruiter(a, head.id, `0700${tail()}`, ctx)).rejects.toMatchObject({
      field: "other",
    });
  });

  it("is for officials only; bad input is a 4xx, never a 500", async () => {
    const r = await reported(`0777${tail()}`);
    for (const role of ["WORKER", "AGENCY_ADMIN", "LABOUR_ATTACHE", "ADMIN"] as const) {
      const who = await login(await createUser(role));
      await expect(listRecruiters(who, "review", 1)).rejects.toMatchObject({ status: 403 });
      await expect(recruiterFor(who, r.id)).rejects.toMatchObject({ status: 403 });
      await expect(actOnRecruiter(who, r.id, "proposeDismiss", {}, ctx)).rejects.toMatchObject({
        status: 403,
      });
    }
    const a = await officer();
    await expect(recruiterFor(a, "nope")).rejects.toMatchObject({ status: 404 });
    const cookie = await sessionCookie(a.id, { secondFactor: true });
    const post = (body: Record<string, string>) =>
      postStatus(import("~/routes/nea.recruiters.$id"), `/nea/recruiters/${r.id}`, cookie, body, {
        id: r.id,
      });
    expect(await post({ intent: "explode" })).toBe(400);
    expect(await post({ intent: "merge" })).toBe(400);
    expect(await post({ intent: "decide" })).toBe(409); // nothing proposed yet
    expect(await post({ intent: "proposeConfirm", label: "x".repeat(500) })).toBe(400);
    expect((await db.recruiterIdentifier.findUniqueOrThrow({ where: { id: r.id } })).status).toBe(
      "UNDER_REVIEW",
    );
  });
});
