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

/** "Previous" and "next" for a numbered page (a ranked table): the current filters plus `page`. */
export function PageLinks({ page, more }: { page: number; more: boolean }) {
  const t = useT();
  const [params] = useSearchParams();
  const to = (p: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(p));
    return `?${next.toString()}`;
  };
  if (page <= 1 && !more) return null;
  return (
    <p className="pager">
      {page > 1 ? (
        <Link rel="prev" to={to(page - 1)}>
          {t("scorecards.previous")}
        </Link>
      ) : null}{" "}
      {more ? (
        <Link rel="next" to={to(page + 1)}>
          {t("scorecards.next")}
        </Link>
      ) : null}
    </p>
  );
}
