import { Link, useSearchParams } from "@remix-run/react";
import { useT } from "~/i18n/use-t";

/** "Next page" for keyset pagination: the current filters plus the cursor (a plain link: no JavaScript needed). */
export function NextPage({ cursor, param = "after" }: { cursor: string | null; param?: string }) {
  const t = useT();
  const [params] = useSearchParams();
  if (!cursor) return null;
  const next = new URLSearchParams(params);
  next.set(param, cursor);
  return (
    <p className="pager">
      <Link rel="next" to={`?${next.toString()}`}>
        {t("search.next")}
      </Link>
    </p>
  );
}
