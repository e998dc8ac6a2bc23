import type { ReactNode } from "react";
import { useT } from "~/i18n/use-t";

/**
 * A table that may scroll sideways on a phone: a named region that takes keyboard focus, so it can
 * be scrolled with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable). Name it by the
 * heading above it (`labelledBy`) or a label; without either it is "Table".
 */
export function TableWrap({
  label,
  labelledBy,
  children,
}: {
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div
      className="table-wrap"
      role="region"
      tabIndex={0}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : (label ?? t("table.region"))}
    >
      {children}
    </div>
  );
}
