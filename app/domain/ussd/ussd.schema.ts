import { z } from "zod";

/** The Africa's Talking USSD callback's form fields. */
export const UssdSchema = z.object({
  sessionId: z.string().min(1).max(100),
  serviceCode: z.string().max(40).optional(),
  phoneNumber: z.string().regex(/^\+?[0-9]{3,20}$/),
  text: z.string().max(200).default(""),
});
