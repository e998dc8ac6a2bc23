import type { AgencyStatus } from "~/generated/prisma/enums";
import { useT } from "~/i18n/use-t";

const TONE: Record<AgencyStatus, string> = {
  ACTIVE: "badge-ok",
  SUSPENDED: "badge-warn",
  REVOKED: "badge-err",
  EXPIRED: "badge-warn",
  PENDING: "badge-warn",
};

/**
 * An agency's status. `caution`: a licensed agency linked to a revoked or suspended one is shown
 * amber, not green, so the colour does not contradict the warning beside it.
 */
export function AgencyStatusBadge({
  status,
  caution,
}: {
  status: AgencyStatus;
  caution?: boolean;
}) {
  const t = useT();
  const tone = caution && status === "ACTIVE" ? "badge-warn" : TONE[status];
  return <span className={`badge ${tone}`}>{t(`status.${status}`)}</span>;
}
