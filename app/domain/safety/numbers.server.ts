// Every phone number the system gives workers, for NEA staff to re-check: destinations' emergency
// numbers, help lines and the missions' own numbers, each with its source and last check.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db } from "~/utils/db.server";
import { EMERGENCY_NUMBERS } from "./emergency-numbers";
import { HELPLINES } from "./helplines";

export async function numbersForStaff(actor: User) {
  if (!can(actor, "contract:review")) throw new Response("Forbidden", { status: 403 });
  const missions = await db.mission.findMany({
    orderBy: [{ countryCode: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      countryCode: true,
      phone: true,
      emergencyPhone: true,
      email: true,
      source: true,
    },
  });
  return { emergency: EMERGENCY_NUMBERS, helplines: HELPLINES, missions };
}
