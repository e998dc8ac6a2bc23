-- SMS delivery through a gateway (issue 16): the gateway's message id, for its delivery reports.
ALTER TABLE "OutboxMessage" ADD COLUMN "providerMessageId" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "deliveryStatus" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "deliveredAt" TIMESTAMP(3);
CREATE UNIQUE INDEX "OutboxMessage_providerMessageId_key" ON "OutboxMessage"("providerMessageId");
