// SMS text: GSM-7 where possible (160 characters a segment, 153 when split), UCS-2 otherwise (70,
// 67 when split). One stray curly quote turns a whole message into UCS-2 and more than doubles its
// cost, so typography is replaced by its plain equivalent before counting. Kiswahili and English
// fit GSM-7. Pure.

const BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/** Characters of the extension table: each takes two septets (escape + character). */
const EXTENDED = "^{}\\[~]|€\f";
const BASIC_SET = new Set(BASIC);
const EXTENDED_SET = new Set(EXTENDED);

const PLAIN: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2012": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u2022": "-",
  "\u00B7": "-",
  "\u2026": "...",
  "\u00A0": " ",
  "\u202F": " ",
  "\u2009": " ",
  "\u200B": "",
  "\u200C": "",
  "\u200D": "",
  "\uFEFF": "",
  "\t": " ",
};

/** The text with typography replaced by GSM-7 equivalents (curly quotes, dashes, ellipses, spaces). */
export function plainSmsText(text: string) {
  let out = "";
  for (const ch of text) out += PLAIN[ch] ?? ch;
  return out;
}

export function isGsm7(text: string) {
  for (const ch of text) if (!BASIC_SET.has(ch) && !EXTENDED_SET.has(ch)) return false;
  return true;
}

/** How the gateway will encode and split the text: the encoding, its length in units, and segments. */
export function smsSegments(text: string): {
  encoding: "GSM-7" | "UCS-2";
  units: number;
  segments: number;
} {
  if (isGsm7(text)) {
    let units = 0;
    for (const ch of text) units += EXTENDED_SET.has(ch) ? 2 : 1;
    return { encoding: "GSM-7", units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = text.length; // UTF-16 code units: a character outside the BMP takes two
  return { encoding: "UCS-2", units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
