-- Who gets what by which channel (issue 16 §1, §5): a worker with both an email and a phone chooses
-- email and SMS, SMS only or email only; an official may give a mobile for urgent case alerts.
CREATE TYPE "MessageChannels" AS ENUM ('EMAIL_AND_SMS', 'SMS', 'EMAIL');

ALTER TABLE "User" ADD COLUMN "messagesBy" "MessageChannels" NOT NULL DEFAULT 'EMAIL_AND_SMS',
ADD COLUMN "alertPhone" TEXT;
