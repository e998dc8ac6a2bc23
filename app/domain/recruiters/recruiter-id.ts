// What identifies a recruiter a worker wants to check or report (issue 20 §1): a phone number, an
// M-Pesa paybill or till number, or a social-media page, however it is typed — normalised so that
// "0712 345 678", "+254712345678" and "wa.me/254712345678" are one number, and "Gulf Jobs Kenya",
// "@gulf.jobs.kenya" and "facebook.com/GulfJobsKenya" one page. Pure.
import { normalizePhone } from "~/domain/agencies/normalize";

export const RECRUITER_ID_KINDS = ["PHONE", "MPESA", "PAGE"] as const;
export type RecruiterIdKind = (typeof RECRUITER_ID_KINDS)[number];

export type RecruiterId = { kind: RecruiterIdKind; value: string };

/** Sites whose address names a page or account after the host ("facebook.com/<page>"). */
const SOCIAL =
  /^(?:https?:\/\/)?(?:www\.|m\.|web\.|mobile\.)?(facebook\.com|fb\.com|tiktok\.com|instagram\.com|x\.com|twitter\.com|t\.me|youtube\.com|linkedin\.com\/(?:company|in))\/+/i;
const WHATSAPP = /^(?:https?:\/\/)?(?:api\.)?(?:wa\.me|whatsapp\.com\/send\?phone=)\/?/i;
/** Words people put before an M-Pesa business number. */
const MPESA_WORDS =
  /^(?:m-?pesa\s*)?(?:pay\s*bill|paybill|till(?:\s*(?:no|number))?|buy\s*goods|business\s*(?:no|number))[\s.:#-]*/i;

/** A page or account name as compared: letters and digits of any script, accents and case ignored. */
export function pageKey(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The recruiter identifier in `raw`, or null when it is none of the three (too short, nonsense). */
export function recruiterIdOf(raw: string): RecruiterId | null {
  let s = raw.normalize("NFKC").trim().slice(0, 200);
  if (!s) return null;
  const wa = WHATSAPP.exec(s);
  if (wa) s = s.slice(wa[0].length);
  else {
    const social = SOCIAL.exec(s);
    if (social) {
      // The first part of the path is the page ("tiktok.com/@jobs/video/1" → "jobs").
      const name = s.slice(social[0].length).split(/[/?#]/)[0] ?? "";
      const value = pageKey(name.replace(/^@/, ""));
      return value.length >= 3 ? { kind: "PAGE", value } : null;
    }
  }
  const mpesa = MPESA_WORDS.exec(s);
  const digitsOnly = s.replace(/[\s().-]/g, "");
  if (mpesa || /^\d{5,7}$/.test(digitsOnly)) {
    const d = (mpesa ? s.slice(mpesa[0].length) : s).replace(/[\s().-]/g, "");
    return /^\d{5,7}$/.test(d) ? { kind: "MPESA", value: d } : null;
  }
  if (/^\+?\d+$/.test(digitsOnly)) {
    const phone = normalizePhone(digitsOnly);
    return phone ? { kind: "PHONE", value: phone } : null;
  }
  const value = pageKey(s.replace(/^@/, ""));
  return value.length >= 3 && /\p{L}/u.test(value) ? { kind: "PAGE", value } : null;
}
