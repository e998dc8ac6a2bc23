import { z } from "zod";
import type { MessageKey } from "~/i18n/messages";
import { named } from "~/i18n/field-message";
import { ROLES } from "~/auth/permissions";
import { contactSchema, kenyanMobile } from "./contact";
import { normalizePhone } from "~/domain/agencies/normalize";

// Error messages are message keys; the form components translate them.
const m = (k: MessageKey) => ({ message: k });
/** "This field is required", naming the field for the error summary. */
const required = (field: MessageKey) => ({ message: named("error.required", field) });

const email = z
  .string(required("field.email"))
  .trim()
  .min(1, required("field.email"))
  .max(254, m("error.email"))
  .email(m("error.email"))
  .transform((v) => v.toLowerCase());
const newPassword = z
  .string(required("field.password"))
  .min(10, m("error.passwordLength"))
  .max(200, m("error.passwordLength"));
const name = z
  .string(required("field.name"))
  .trim()
  .min(2, m("error.nameLength"))
  .max(100, m("error.nameLength"));

/** An email address or a mobile number, as typed (the look-up reads either: contact.ts). */
const login = contactSchema("error.login");
/** A Kenyan mobile number, normalised to digits with the country code (2547…, 2541…). */
const mobile = z
  .string(m("error.mobile"))
  .trim()
  .max(30, m("error.mobile"))
  .transform((v, ctx) => {
    const p = kenyanMobile(v);
    if (!p) ctx.addIssue({ code: "custom", ...m("error.mobile") });
    return p ?? "";
  });

export const LoginSchema = z.object({
  login,
  password: z
    .string(required("field.password"))
    .min(1, required("field.password"))
    .max(200, m("error.invalidCredentials")),
  redirectTo: z.string().optional(),
});

export const RegisterSchema = z
  .object({
    name,
    email,
    password: newPassword,
    confirmPassword: z.string(required("field.passwordConfirm")),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    ...m("error.passwordMatch"),
  });

export const ForgotSchema = z.object({ login });

/** Sign in, or sign up, with a mobile number: a code by SMS. The name is for a new account. */
export const PhoneStartSchema = z.object({
  phone: mobile,
  name: z
    .string()
    .trim()
    .max(100, m("error.nameLength"))
    .optional()
    .refine((v) => !v || v.length >= 2, m("error.nameLength")),
});
export const PhoneCodeSchema = z.object({
  code: z
    .string(m("phone.error.code"))
    .trim()
    .regex(/^\d{6}$/, m("phone.error.code")),
});
export const PhoneNameSchema = z.object({ name });

export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string(required("account.password.current"))
      .min(1, required("account.password.current"))
      .max(200),
    password: newPassword,
    confirmPassword: z.string(required("field.passwordConfirm")),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    ...m("error.passwordMatch"),
  });

export const ResetSchema = z
  .object({ password: newPassword, confirmPassword: z.string(required("field.passwordConfirm")) })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    ...m("error.passwordMatch"),
  });

export const TotpSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, m("error.codeFormat"))
      .optional(),
    recoveryCode: z.string().trim().min(8).max(40).optional(),
  })
  .refine((v) => v.code || v.recoveryCode, { path: ["code"], ...m("error.codeFormat") });

export const TotpSetupSchema = z.object({
  code: z
    .string(required("field.totpCode"))
    .trim()
    .regex(/^\d{6}$/, m("error.codeFormat")),
});

/** Every role an admin may create: all but WORKER (workers register themselves). */
export const OFFICIAL_ROLES = ROLES.filter((r) => r !== "WORKER");

export const CreateUserSchema = z
  .object({
    name,
    email,
    role: z
      .enum(ROLES, required("field.role"))
      .refine((r) => r !== "WORKER", required("field.role")),
    agencyId: z.string().uuid().optional(),
    missionId: z.string().uuid().optional(),
  })
  .refine((v) => !v.role.startsWith("AGENCY") || v.agencyId, {
    path: ["agencyId"],
    ...m("error.scopeAgency"),
  })
  .refine((v) => v.role !== "LABOUR_ATTACHE" || v.missionId, {
    path: ["missionId"],
    ...m("error.scopeMission"),
  });

export const UserActionSchema = z.object({
  intent: z.enum(["deactivate", "reactivate", "resetTotp"]),
  userId: z.string().uuid(),
});

/** An agency admin invites a staff member of the same agency. */
export const InviteStaffSchema = z.object({ name, email });

// How a person is reached (preferences.server.ts): a worker's channels, an official's alert mobile.
export const MESSAGE_CHANNELS = ["EMAIL_AND_SMS", "SMS", "EMAIL"] as const;

export const PreferencesSchema = z.object({
  messagesBy: z.enum(MESSAGE_CHANNELS, { error: "error.required" }).optional(),
  alertPhone: z
    .string()
    .trim()
    .max(30, "error.alertPhone")
    .optional()
    .transform((v, ctx) => {
      if (!v) return ""; // none: alerts by email only
      const p = /^[\d\s+()-]+$/.test(v) && v.startsWith("+") ? normalizePhone(v) : null;
      if (!p) ctx.addIssue({ code: "custom", message: "error.alertPhone" });
      return p ?? "";
    }),
});
export type PreferencesInput = z.infer<typeof PreferencesSchema>;
