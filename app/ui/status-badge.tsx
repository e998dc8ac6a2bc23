import type { AgencyStatus } from "~/generated/prisma/enums";
import { useT } from "~/i18n/use-t";

const TONE: Record<AgencyStatus, string> = {
  ACTIVE: "badge-ok",
  SUSPENDED: "badge-warn",
  REVOKED: "badge-err",
  EXPIRED: "badge-warn",
  PENDING: "badge-warn",
};

export function AgencyStatusBadge({ status }: { status: AgencyStatus }) {
  const t = useT();
  return <span className={`badge ${TONE[status]}`}>{t(`status.${status}`)}</span>;
}
