import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { listWorkerContracts } from "~/domain/contracts/contract-lists.server";
import { useT } from "~/i18n/use-t";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { JobTitle } from "~/ui/job-title";

export const handle = titled("my.title", NO_SCRIPTS);

// Workers: their own contracts.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  return { contracts: await listWorkerContracts(user) };
}

export default function MyContracts() {
  const t = useT();
  const country = useCountryName();
  const { contracts } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("my.title")}</h1>
      {contracts.length ? (
        <ul>
          {contracts.map((c) => (
            <li key={c.id}>
              <Link to={`/my/contracts/${c.id}`}>
                <JobTitle title={c.jobOrder.title} category={c.jobCategory} /> (
                {country(c.countryCode)})
              </Link>{" "}
              — {c.agency.name} — {t(`contracts.status.${c.status}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("my.none")}</p>
      )}
    </section>
  );
}
