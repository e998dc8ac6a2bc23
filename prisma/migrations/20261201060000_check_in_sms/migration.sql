-- Check-in SMS (issue 16): when each was sent, so every server sends each once. Open check-ins are
-- found through the partial index below (answered ones, nearly all of them, are left out).
ALTER TABLE "CheckIn" ADD COLUMN "promptedAt" TIMESTAMP(3),
ADD COLUMN "remindedAt" TIMESTAMP(3),
ADD COLUMN "kinToldAt" TIMESTAMP(3);

CREATE INDEX "CheckIn_open_dueAt_idx" ON "CheckIn"("dueAt") WHERE "answeredAt" IS NULL;
