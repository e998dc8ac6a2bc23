// Worker accounts and agency-made worker records, and linking one to the other the way a worker
// does it: saving her national ID, then typing the code sent to the phone the agency recorded.
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import { ProfileSchema } from "~/domain/workers/profile.schema";
import { saveProfile } from "~/domain/workers/workers.server";
import { confirmClaim } from "~/domain/workers/record-claims.server";
import { createAgency } from "./agencies";
import { verifiedJobOrder } from "./contracts";
import { createUser } from "./users";

export const workerCtx = { requestId: "test", ip: "10.8.8.8" };

export async function login(row: { id: string }): Promise<User> {
  const s = await lucia.createSession(row.id, { secondFactorAt: new Date() });
  return (await lucia.validateSession(s.id)).user!;
}

export const uniqueId = () => String(20000000 + Math.floor(Math.random() * 79_999_999));
export const uniquePhone = () => `2547${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

export async function newWorker() {
  const row = await createUser("WORKER");
  await db.worker.create({
    data: { userId: row.id, firstName: "Test", lastName: "Worker", email: row.email },
  });
  return login(row);
}

export const profile = (over: Record<string, unknown> = {}) =>
  ProfileSchema.parse({ firstName: "Halima", lastName: "Njeri", languages: ["sw"], ...over });

/** An agency-recorded worker with a submitted contract, as the agency's contract form leaves it. */
export async function agencyRecord(
  nationalId: string,
  lastName = "Njeri",
  dob = "1995-06-15",
  phone: string | null = uniquePhone(),
) {
  const agency = await createAgency({ countries: ["QA"] });
  const { employer, jo } = await verifiedJobOrder(agency.id, 2, 1500);
  const worker = await db.worker.create({
    data: {
      firstName: "Halima",
      lastName,
      nationalId,
      dateOfBirth: new Date(`${dob}T00:00:00Z`),
      phone,
    },
  });
  const contract = await db.contract.create({
    data: {
      reference: `KS-T-${nationalId}`,
      workerId: worker.id,
      agencyId: agency.id,
      employerId: employer.id,
      jobOrderId: jo.id,
      countryCode: "QA",
      jobCategory: "DOMESTIC_WORKER",
      status: "SUBMITTED",
      submittedAt: new Date(),
      terms: {},
      startDate: new Date(Date.now() + 30 * 86400_000),
    },
  });
  return { worker, contract, phone };
}

/** The latest claim code sent to this phone or email, as the SMS or email reads. */
export async function claimCodeSentTo(to: string) {
  const m = await db.outboxMessage.findFirst({
    where: { to, template: "recordClaimCode" },
    orderBy: { createdAt: "desc" },
    select: { text: true },
  });
  return m?.text.match(/\b(\d{6})\b/)?.[1] ?? null;
}

/** Links the worker to the record holding `input.nationalId` with the code sent to `phone`. */
export async function linkWithCode(
  w: User,
  input: Record<string, unknown>,
  phone: string,
  ctx = workerCtx,
) {
  const r = await saveProfile(w, profile(input), ctx);
  const code = await claimCodeSentTo(phone);
  if (!r.claim || !code) throw new Error("no claim code was sent");
  await confirmClaim(w, code, ctx);
}
