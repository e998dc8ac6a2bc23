import { Link } from "@remix-run/react";
import type { ContractStatus } from "~/generated/prisma/enums";
import type { Role } from "~/generated/prisma/enums";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDateTime } from "~/ui/format";

type Event = {
  at: string | Date;
  toStatus: ContractStatus;
  reason: string | null;
  by: { role: Role; name: string | null } | null;
};
type Version = {
  id: string;
  version: number;
  status: ContractStatus;
  current: boolean;
  canOpen: boolean;
};

/**
 * A contract's history, with who took each step (a name where the reader may see it, the role
 * always), and its other versions: an amendment is a new version, and the earlier terms stay
 * readable on their own page. `base` is where this reader opens a contract ("/nea/contracts/").
 */
export function ContractHistory({
  events,
  versions,
  base,
}: {
  events: Event[];
  versions: Version[];
  base: string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {versions.length ? (
        <>
          <h2 id="versions">{t("contracts.versions")}</h2>
          <ol aria-labelledby="versions">
            {versions.map((v) => {
              const label = t("contracts.versionOf", {
                version: v.version,
                status: t(`contracts.status.${v.status}`),
              });
              return (
                <li key={v.id}>
                  {v.current ? (
                    <strong aria-current="page">
                      {label} ({t("contracts.versionThis")})
                    </strong>
                  ) : v.canOpen ? (
                    <Link to={`${base}${v.id}`}>{label}</Link>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
      <h2>{t("contracts.history")}</h2>
      <ul>
        {events.map((e, i) => (
          <li key={i}>
            {formatDateTime(e.at, locale)}: {t(`contracts.status.${e.toStatus}`)}
            {e.by ? (
              <>
                {" "}
                · {e.by.name ? <span lang="en">{e.by.name}</span> : null}
                {e.by.name ? " (" : ""}
                {t(`role.${e.by.role}`)}
                {e.by.name ? ")" : ""}
              </>
            ) : null}
            {e.reason ? ` — ${e.reason}` : ""}
          </li>
        ))}
      </ul>
    </>
  );
}
