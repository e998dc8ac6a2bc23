-- SMS sent by workers to the service number (issue 16), by the gateway's id, so a repeated
-- callback is answered once. Only the command is kept, never the PIN.
CREATE TABLE "InboundSms" (
    "id" TEXT NOT NULL,
    "fromNumber" TEXT NOT NULL,
    "command" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InboundSms_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "InboundSms_fromNumber_receivedAt_idx" ON "InboundSms"("fromNumber", "receivedAt");
