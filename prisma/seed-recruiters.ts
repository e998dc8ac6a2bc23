// Demo data for "check a recruiter's number" (issue 20 §1): the demo agency's official numbers,
// an unlicensed recruiter NEA confirmed (a phone and the page merged with it), and a number reported
// once and still under review. All numbers are fictional.
import type { PrismaClient } from "../app/generated/prisma/client";
import { recruiterIdOf } from "../app/domain/recruiters/recruiter-id";

export const DEMO_OFFICIAL = ["0722 000 001", "Paybill 522001"];
export const DEMO_CONFIRMED = "0799 000 111";
export const DEMO_UNDER_REVIEW = "0788 000 222";

export async function seedDemoRecruiters(db: PrismaClient, agencyId: string) {
  if (await db.agencyContact.count({ where: { agencyId } })) return;
  for (const raw of DEMO_OFFICIAL)
    await db.agencyContact.create({ data: { agencyId, ...recruiterIdOf(raw)!, display: raw } });
  const head = await db.recruiterIdentifier.create({
    data: {
      ...recruiterIdOf(DEMO_CONFIRMED)!,
      display: DEMO_CONFIRMED,
      status: "CONFIRMED",
      label: "“Gulf Jobs Kenya” (fictional)",
      decidedAt: new Date(),
    },
  });
  const page = await db.recruiterIdentifier.create({
    data: {
      ...recruiterIdOf("Gulf Jobs Kenya")!,
      display: "Gulf Jobs Kenya",
      mergedIntoId: head.id,
    },
  });
  const review = await db.recruiterIdentifier.create({
    data: { ...recruiterIdOf(DEMO_UNDER_REVIEW)!, display: DEMO_UNDER_REVIEW },
  });
  await db.recruiterReport.createMany({
    data: [
      { identifierId: head.id, source: "REPORT" },
      { identifierId: head.id, source: "FEE_PAYMENT" },
      { identifierId: page.id, source: "REPORT" },
      { identifierId: review.id, source: "REPORT" },
    ],
  });
}
