// The "linked to a revoked or suspended agency" flag for a page of search results: the same links as
// the agency's own page, found for the whole page at once.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { findLinkedSanctioned } from "~/domain/agencies/agencies.server";
import { linkedToSanctioned } from "~/domain/agencies/sanctioned-links.server";
import { createAgency } from "../factories/agencies";

const phone = () => `+2547${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
const nid = () => String(20000000 + Math.floor(Math.random() * 79_999_999));

describe("linked to a sanctioned agency, for a page of results", () => {
  it("flags a shared director, director phone, agency phone or email, and nothing else", async () => {
    const director = nid();
    const sharedPhone = phone();
    const sharedEmail = `old-${Date.now()}@phoenix.test`;
    const directorPhone = phone();
    const revoked = await createAgency({
      status: "REVOKED",
      email: sharedEmail,
      phone: sharedPhone,
      directors: [{ name: "Old Director", nationalId: director, phone: directorPhone }],
    });
    const byDirector = await createAgency({
      name: "New Name One",
      directors: [{ name: "Same Person", nationalId: director }],
    });
    const byDirectorPhone = await createAgency({
      name: "New Name Four",
      directors: [{ name: "Another Person", nationalId: nid(), phone: directorPhone }],
    });
    const byPhone = await createAgency({ name: "New Name Two", phone: sharedPhone });
    const byEmail = await createAgency({ name: "New Name Three", email: sharedEmail });
    const clean = await createAgency({ name: "Honest Agency", phone: phone() });

    const ids = [byDirector.id, byDirectorPhone.id, byPhone.id, byEmail.id, clean.id, revoked.id];
    const flagged = await linkedToSanctioned(ids);
    expect([...flagged].sort()).toEqual(
      [byDirector.id, byDirectorPhone.id, byPhone.id, byEmail.id].sort(),
    );

    // The same answer, agency by agency, as the agency's own page gives.
    for (const id of ids.filter((x) => x !== revoked.id)) {
      const a = await db.agency.findUniqueOrThrow({
        where: { id },
        select: { phone: true, email: true, directors: true },
      });
      const one = await findLinkedSanctioned({
        excludeAgencyId: id,
        directorIds: a.directors.map((d) => d.nationalId),
        phones: [a.phone, ...a.directors.map((d) => d.phone)].filter((p): p is string => !!p),
        emails: a.email ? [a.email] : [],
      });
      expect(flagged.has(id)).toBe(one.length > 0);
    }
    expect(await linkedToSanctioned([])).toEqual(new Set());
  });
});
