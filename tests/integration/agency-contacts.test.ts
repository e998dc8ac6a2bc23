// An agency's official numbers (issue 20 §1): its administrator registers them and /check-number
// then finds the agency; a number reported as an unlicensed recruiter cannot be laundered into an
// agency's; staff only read; another agency's is not found.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { addContact, ownContacts, removeContact } from "~/domain/recruiters/agency-contacts.server";
import { checkRecruiter } from "~/domain/recruiters/recruiters.server";
import { recruiterIdOf } from "~/domain/recruiters/recruiter-id";
import { login } from "../factories/departure";
import { createAgency } from "../factories/agencies";
import { createUser, sessionCookie } from "../factories/users";
import { postStatus } from "../factories/routes";

const ctx = { requestId: "contacts", ip: "10.9.9.63" };
const tail = () => String(Math.floor(Math.random() * 1e6)).padStart(6, "0");

async function staffOf(agencyId: string, role: "AGENCY_ADMIN" | "AGENCY_STAFF") {
  const row = await createUser(role);
  await db.user.update({ where: { id: row.id }, data: { agencyId } });
  return { user: await login(row), row };
}

describe("an agency's official numbers", () => {
  it("its administrator registers them; a check then finds the agency; staff only read", async () => {
    const agency = await createAgency({ name: `Contacts Test ${tail()} Ltd` });
    const admin = await staffOf(agency.id, "AGENCY_ADMIN");
    const staff = await staffOf(agency.id, "AGENCY_STAFF");
    const phone = `0720${tail()}`;
    await addContact(admin.user, phone, ctx);
    expect(await checkRecruiter(phone)).toMatchObject({
      verdict: "AGENCY",
      agency: { id: agency.id },
    });
    expect((await ownContacts(staff.user)).map((c) => c.display)).toEqual([phone]);
    await expect(addContact(staff.user, `0721${tail()}`, ctx)).rejects.toMatchObject({
      status: 403,
    });
    // Taken (by this agency or another), nonsense: refused on the field, nothing stored.
    const other = await staffOf(
      (await createAgency({ name: `Other ${tail()} Ltd` })).id,
      "AGENCY_ADMIN",
    );
    await expect(addContact(other.user, `+254${phone.slice(1)}`, ctx)).rejects.toMatchObject({
      message: "contacts.error.taken",
    });
    await expect(addContact(admin.user, "!!", ctx)).rejects.toMatchObject({
      field: "value",
    });
    // Another agency's contact is not found; its own is removed.
    const [mine] = await ownContacts(admin.user);
    await expect(removeContact(other.user, mine!.id, ctx)).rejects.toMatchObject({ status: 404 });
    await removeContact(admin.user, mine!.id, ctx);
    expect(await checkRecruiter(phone)).toMatchObject({ verdict: "UNKNOWN" });
    // Workers and officials have no such page.
    for (const role of ["WORKER", "NEA_OFFICER"] as const) {
      const who = await login(await createUser(role));
      await expect(ownContacts(who)).rejects.toMatchObject({ status: 403 });
    }
  });

  // Attacker's test: an agency registering a number already reported as an unlicensed recruiter
  // would turn "reported" into "belongs to a licensed agency".
  // Attacker's test (review): an applicant claimed a number, which then showed its unpublished name
  // on /check-number and shielded the number from reports.
  it("only a licensed agency registers numbers; an applicant's older ones are neither shown nor a shield", async () => {
    const pending = await createAgency({ name: `Applicant ${tail()} Ltd`, status: "PENDING" });
    const admin = await staffOf(pending.id, "AGENCY_ADMIN");
    const phone = `0729${tail()}`;
    await expect(addContact(admin.user, phone, ctx)).rejects.toMatchObject({
      key: "contacts.error.notLicensed",
    });
    expect(await db.agencyContact.count({ where: { agencyId: pending.id } })).toBe(0);
    // One registered before this rule (or while it was licensed): ignored in public and in reports.
    await db.agencyContact.create({
      data: { agencyId: pending.id, ...recruiterIdOf(phone)!, display: phone },
    });
    expect(await checkRecruiter(phone)).toMatchObject({ verdict: "UNKNOWN" });
    const { reportRecruiter } = await import("~/domain/recruiters/recruiters.server");
    const { transaction } = await import("~/utils/db.server");
    const to = await transaction((tx) => reportRecruiter(tx, phone, "REPORT", crypto.randomUUID()));
    expect(to).toHaveProperty("identifierId");
    expect(await checkRecruiter(phone)).toMatchObject({ verdict: "REPORTED", reports: 1 });
  });

  it("a reported number or page cannot be registered as an agency's, unless NEA dismissed it", async () => {
    const agency = await createAgency({ name: `Launder Test ${tail()} Ltd` });
    const admin = await staffOf(agency.id, "AGENCY_ADMIN");
    const phone = `0730${tail()}`;
    const reported = await db.recruiterIdentifier.create({
      data: { ...recruiterIdOf(phone)!, display: phone },
    });
    await db.recruiterReport.create({ data: { identifierId: reported.id, source: "REPORT" } });
    await expect(addContact(admin.user, phone, ctx)).rejects.toMatchObject({
      message: "contacts.error.reported",
      kind: "conflict",
    });
    // Merged under a confirmed recruiter: the same.
    const page = `Launder Page ${tail()}`;
    await db.recruiterIdentifier.create({
      data: { ...recruiterIdOf(page)!, display: page, mergedIntoId: reported.id },
    });
    await expect(addContact(admin.user, page, ctx)).rejects.toMatchObject({
      message: "contacts.error.reported",
    });
    expect(await checkRecruiter(phone)).toMatchObject({ verdict: "REPORTED" });
    await db.recruiterIdentifier.update({
      where: { id: reported.id },
      data: { status: "DISMISSED" },
    });
    await addContact(admin.user, phone, ctx);
    expect(await checkRecruiter(phone)).toMatchObject({ verdict: "AGENCY" });

    // Through the route: bad input is a 400, a staff member's post a 403.
    const cookie = await sessionCookie(admin.row.id, { secondFactor: true });
    const route = import("~/routes/agency.contacts");
    expect(await postStatus(route, "/agency/contacts", cookie, { intent: "add", value: "" })).toBe(
      400,
    );
    expect(await postStatus(route, "/agency/contacts", cookie, { intent: "remove", id: "x" })).toBe(
      400,
    );
    const staff = await staffOf(agency.id, "AGENCY_STAFF");
    expect(
      await postStatus(
        route,
        "/agency/contacts",
        await sessionCookie(staff.row.id, { secondFactor: true }),
        {
          intent: "add",
          value: `0731${tail()}`,
        },
      ),
    ).toBe(403);
  });
});
