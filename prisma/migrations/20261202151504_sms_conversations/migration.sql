-- CreateTable
CREATE TABLE "SmsConversation" (
    "id" UUID NOT NULL,
    "phone" TEXT NOT NULL,
    "registrationId" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "answers" TEXT[],
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsConversation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SmsConversation_phone_expiresAt_idx" ON "SmsConversation"("phone", "expiresAt");

-- CreateIndex
CREATE INDEX "SmsConversation_registrationId_idx" ON "SmsConversation"("registrationId");

-- AddForeignKey
ALTER TABLE "SmsConversation" ADD CONSTRAINT "SmsConversation_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "MissionRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
