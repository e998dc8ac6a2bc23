import { KENYA_HELP_LINES } from "~/domain/safety/emergency-numbers";
import { useT } from "~/i18n/use-t";

/**
 * The lines a worker whom no mission knows yet can call, as large buttons a thumb cannot miss:
 * each number big, what it is for below it. WhatsApp numbers open WhatsApp.
 */
export function HelpLines() {
  const t = useT();
  return (
    <section className="help-lines" aria-labelledby="help-lines-title">
      <h2 id="help-lines-title">{t("help.lines.title")}</h2>
      <ul className="call-list">
        {KENYA_HELP_LINES.map((line) => {
          const digits = line.number.replace(/[^\d+]/g, "");
          const href =
            "whatsapp" in line ? `https://wa.me/${digits.replace("+", "")}` : `tel:${digits}`;
          return (
            <li key={line.id}>
              <a href={href}>
                <strong>{line.number}</strong>
                <span>{t(`help.line.${line.id}`)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
