-- USSD/SMS check-ins count only with the worker's PIN; answers without it are kept apart (issue 15 §3).
ALTER TABLE "Worker" ADD COLUMN "checkInPinHash" TEXT;
ALTER TABLE "Worker" ADD COLUMN "pinFailures" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Worker" ADD COLUMN "pinLockedUntil" TIMESTAMP(3);

CREATE TABLE "UnverifiedCheckIn" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "channel" "CheckInChannel" NOT NULL,
    "outcome" "CheckInOutcome" NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "UnverifiedCheckIn_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "UnverifiedCheckIn_registrationId_at_idx" ON "UnverifiedCheckIn"("registrationId", "at");
ALTER TABLE "UnverifiedCheckIn" ADD CONSTRAINT "UnverifiedCheckIn_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "MissionRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
