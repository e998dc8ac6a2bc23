import { useEffect, useRef } from "react";
import { useT } from "~/i18n/use-t";
import { Callable } from "~/ui/tel-link";

/**
 * The GOV.UK confirmation panel after a submission that matters: what was done, the reference large
 * enough to copy from a phone, and what happens next. It takes focus, so a screen reader and a
 * small screen start there.
 */
export function Confirmation({
  title,
  reference,
  next,
}: {
  title: string;
  reference: string | null;
  next: string;
}) {
  const t = useT();
  // Without JavaScript `autofocus` does it; after a navigation in the browser, this does.
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), [title, reference]);
  return (
    <section className="confirmation" role="status" aria-labelledby="confirmation-title">
      <div ref={panel} className="confirmation-panel" tabIndex={-1} autoFocus>
        <h2 id="confirmation-title">{title}</h2>
        {reference ? (
          <p>
            {t("confirm.reference")}
            <br />
            <strong className="confirmation-reference" data-testid="reference">
              {reference}
            </strong>
          </p>
        ) : null}
      </div>
      {reference ? <p className="hint">{t("confirm.keep")}</p> : null}
      <h3>{t("confirm.next")}</h3>
      <p>
        <Callable text={next} />
      </p>
    </section>
  );
}
