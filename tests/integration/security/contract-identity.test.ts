// Attacker's tests (issue 15 §1): an agency that types "any name + someone's national ID" must not
// land a contract on that person's record, nor read their email or account id from a page's data.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { contractPageFor } from "~/domain/contracts/contract-page.server";
import { startContract } from "~/domain/contracts/contract-drafts.server";
import { setup } from "../../factories/contracts";

const ctx = { requestId: "test", ip: "10.7.7.8" };

describe("a contract and the worker it names", () => {
  it("a national ID on record attaches a contract only with that person's surname and date of birth", async () => {
    const s = await setup();
    const victim = await db.worker.findUniqueOrThrow({ where: { nationalId: s.nationalId } });
    const contractsBefore = await db.contract.count({ where: { workerId: victim.id } });
    const attempt = (lastName: string, dateOfBirth: string) =>
      startContract(
        s.staff,
        { jobOrderId: s.jo.id, firstName: "Any", lastName, nationalId: s.nationalId, dateOfBirth },
        ctx,
      );

    for (const [lastName, dob] of [
      ["Anyone", "1990-01-01"], // nothing right
      ["Otieno", "1990-01-01"], // the surname alone
      ["Anyone", "1996-02-02"], // the date of birth alone
    ] as const) {
      await expect(attempt(lastName, dob)).rejects.toMatchObject({
        key: "contracts.error.identityMismatch",
        field: "nationalId",
      });
    }
    expect(await db.contract.count({ where: { workerId: victim.id } })).toBe(contractsBefore);
    expect(
      await db.auditEvent.count({
        where: { action: "contract.identity_refused", entityId: victim.id },
      }),
    ).toBe(3);

    // The same person, typed as people type: case and spacing do not matter.
    const id = await attempt("  otieno ", "1996-02-02");
    expect((await db.contract.findUniqueOrThrow({ where: { id } })).workerId).toBe(victim.id);
  });

  it("the error reveals nothing of the record, and guessing is limited per user", async () => {
    const s = await setup();
    const attempt = (dob: string) =>
      startContract(
        s.staff,
        {
          jobOrderId: s.jo.id,
          firstName: "X",
          lastName: "Guess",
          nationalId: s.nationalId,
          dateOfBirth: dob,
        },
        ctx,
      ).catch((e: { key: string; vars?: unknown }) => e);
    const first = (await attempt("1980-01-01")) as { key: string; vars?: unknown };
    expect(JSON.stringify(first)).not.toMatch(/Otieno|1996|Amina/);
    for (let i = 1; i < 10; i++) await attempt(`1980-01-${String(i + 1).padStart(2, "0")}`);
    // The eleventh try in the hour is refused before any comparison, even with the right details.
    expect(
      await startContract(
        s.staff,
        {
          jobOrderId: s.jo.id,
          firstName: "A",
          lastName: "Guess",
          nationalId: s.nationalId,
          dateOfBirth: "1996-02-02",
        },
        ctx,
      ).catch((e: { key: string }) => e.key),
    ).toBe("error.rateLimited");
  });

  it("a contract page sends no email or account id of the worker, nor the officials' ids", async () => {
    const s = await setup();
    const worker = await db.worker.findUniqueOrThrow({
      where: { nationalId: s.nationalId },
      include: { user: true },
    });
    const id = await startContract(
      s.staff,
      {
        jobOrderId: s.jo.id,
        firstName: "Amina",
        lastName: "Otieno",
        nationalId: s.nationalId,
        dateOfBirth: "1996-02-02",
      },
      ctx,
    );
    const data = await contractPageFor(s.staff, id);
    const page = JSON.stringify(data);
    expect(page).toContain("Otieno"); // the page is about her
    expect(page).not.toContain(worker.user!.email);
    expect(page).not.toContain(worker.userId!);
    expect(Object.keys(data.contract.worker).sort()).toEqual([
      "dateOfBirth",
      "firstName",
      "id",
      "lastName",
      "nationalId",
    ]);
    for (const key of ["reviewerId", "recommendedById", "approvedById"])
      expect(data.contract).not.toHaveProperty(key);
  });
});
