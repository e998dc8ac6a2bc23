// A worker's next step, from her own records: the facts gathered by next-step.server.ts.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { workerNextStep } from "~/domain/departure/next-step.server";
import { issueClearance, updateAbroadDetails } from "~/domain/departure/departure.server";
import { readyWorker } from "../factories/departure";

const ctx = { requestId: "test", ip: "10.9.9.31" };

describe("a worker's next step from her records", () => {
  it("follows her from a signed contract to the clearance and the mission abroad", async () => {
    const w = await readyWorker("SA");
    expect(await workerNextStep(w.user)).toEqual({ kind: "CLEARANCE", href: "/my/departure" });

    // Without a valid training certificate, training comes first.
    await db.certificate.updateMany({
      where: { workerId: w.worker.id },
      data: { revokedAt: new Date() },
    });
    expect(await workerNextStep(w.user)).toEqual({
      kind: "TRAINING",
      href: "/training?country=SA",
    });
    await db.certificate.updateMany({
      where: { workerId: w.worker.id },
      data: { revokedAt: null },
    });

    await issueClearance(w.user, w.contract.id, ctx, "http://x");
    expect((await workerNextStep(w.user)).kind).toBe("READY");

    // She has left: the mission needs her address and number, then she checks in.
    await db.contract.update({ where: { id: w.contract.id }, data: { status: "DEPARTED" } });
    expect((await workerNextStep(w.user)).kind).toBe("ABROAD_DETAILS");
    const reg = await db.missionRegistration.findUniqueOrThrow({
      where: { contractId: w.contract.id },
    });
    await updateAbroadDetails(
      w.user,
      reg.id,
      { city: "Riyadh", addressAbroad: "Al Olaya, building 12", phoneAbroad: "+966 50 123 4567" },
      ctx,
    );
    expect((await workerNextStep(w.user)).kind).toBe("ABROAD");
  });
});
