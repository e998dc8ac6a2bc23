import { useT } from "~/i18n/use-t";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { MIN_DEPLOYMENTS, SCORECARD_MONTHS } from "~/domain/scorecard/scorecard.rules";
import { MIN_RATINGS, MIN_RATINGS_PER_MONTH } from "~/domain/scorecard/rating.rules";
import { MIN_DEBRIEFS } from "~/domain/scorecard/debrief.rules";

export const handle = titled("method.title", NO_SCRIPTS);

// Public: how an agency's record after departure is counted (issue 19 §3), in plain words.
export default function ScorecardMethod() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t("method.title")}</h1>
      <p>{t("method.p1", { months: SCORECARD_MONTHS })}</p>
      <p>{t("method.p2")}</p>
      <p>{t("method.p3", { min: MIN_DEPLOYMENTS })}</p>
      <p>{t("method.p4")}</p>
      <p>{t("method.p5", { min: MIN_RATINGS, perMonth: MIN_RATINGS_PER_MONTH })}</p>
      <p>{t("method.p6", { min: MIN_DEBRIEFS, perMonth: MIN_RATINGS_PER_MONTH })}</p>
    </section>
  );
}
