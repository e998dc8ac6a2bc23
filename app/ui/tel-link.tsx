/** A phone number a phone can dial with one tap: the link drops spaces, the text keeps them. */
export function TelLink({ number }: { number: string }) {
  return <a href={`tel:${number.replace(/[^\d+]/g, "")}`}>{number}</a>;
}

// Kenyan numbers written in our sentences: +254 and nine digits, the 0800 toll-free lines, and the
// police's 999 and 112 standing alone (not in "1 to 999" or a date).
const NUMBER =
  /\+254(?: ?\d){9}|\b0800 ?\d{3} ?\d{3}\b|(?<![\d/.-])\b(?:999|112)\b(?![\d/-]|\.\d)/g;

type Part = { text: string; tel?: boolean; whatsapp?: boolean };

/**
 * Splits a sentence into text and the phone numbers in it (pure, for tests). A number written
 * right after "WhatsApp" opens WhatsApp, not the dialler.
 */
export function callableParts(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(NUMBER)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    const whatsapp = /WhatsApp:?\s*$/i.test(text.slice(0, m.index));
    parts.push({ text: m[0], tel: true, ...(whatsapp ? { whatsapp } : {}) });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** A sentence from the catalogue with every phone number in it a tap-to-call link. */
export function Callable({ text }: { text: string }) {
  return (
    <>
      {callableParts(text).map((p, i) =>
        p.whatsapp ? (
          <a key={i} href={`https://wa.me/${p.text.replace(/\D/g, "")}`}>
            {p.text}
          </a>
        ) : p.tel ? (
          <TelLink key={i} number={p.text} />
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
