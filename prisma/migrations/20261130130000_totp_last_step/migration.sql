-- Each TOTP code is accepted once: the last accepted time step per user (issue 15 §7).
ALTER TABLE "User" ADD COLUMN "totpLastStep" INTEGER;
