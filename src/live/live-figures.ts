import { breakEvenText } from "../analysis/break-even/break-even-text.js";
import { claimOf, type Claim } from "../analysis/findings/claim.js";
import { costLadder } from "../analysis/findings/cost-ladder.js";
import { findings, type Finding } from "../analysis/findings/findings.js";
import { headlineRows, type HeadlineDraws, type HeadlineRow } from "../analysis/headline/headline-rows.js";
import type { Assumptions } from "../assumptions/assumptions.js";
import { estimate, type Estimate } from "../assumptions/estimate.js";
import { sensitivity } from "../assumptions/sensitivity.js";
import { withExperiments } from "../assumptions/with-experiments.js";
import { breakEvenChart } from "../charts/break-even-chart.js";
import { chartIn } from "../charts/chart-in.js";
import type { Lang } from "../i18n/lang.js";
import { costComparisonChart } from "../charts/cost-comparison.js";
import { costLadderChart } from "../charts/cost-ladder-chart.js";
import type { ChartSpec } from "../charts/spec.js";
import { tornadoChart } from "../charts/tornado.js";
import { loadFleetAndStaff } from "../data/load-fleet-and-staff.js";
import { loadTrainingRuns } from "../data/load-training-runs.js";

/** The charts the live page redraws on every change, in the order it shows them. */
export const liveCharts = ["ladder", "comparison", "tornado", "breakEven"] as const;

/** What the page shows for one set of assumptions, apart from the Monte Carlo. */
export interface LiveFigures {
  readonly estimate: Estimate;
  readonly claim: Claim;
  readonly breakEvenText: string;
  readonly charts: Readonly<Record<Exclude<(typeof liveCharts)[number], "ladder">, ChartSpec>>;
}

/** What follows the Monte Carlo: the headline with its medians, the findings, the cost ladder. */
export interface DrawnFigures {
  readonly headline: readonly HeadlineRow[];
  readonly findings: readonly Finding[];
  readonly ladder: ChartSpec;
}

/**
 * The estimate and the charts of notebooks 02 and 03 for `a`, with the same library calls the
 * notebooks make: `estimate`, `costComparisonChart`, `tornadoChart(sensitivity(withExperiments(a)))`
 * (the programme, at Lambert's 2–4 when `a` counts the final run only) and `breakEvenChart`; and
 * the claim the findings are written from (`claimOf`).
 */
export function liveFigures(a: Assumptions): LiveFigures {
  const e = estimate(a);
  return {
    estimate: e,
    claim: claimOf(e),
    breakEvenText: breakEvenText(e.breakEven),
    charts: {
      comparison: costComparisonChart(e),
      tornado: tornadoChart(sensitivity(withExperiments(a), { view: "programme" })),
      breakEven: breakEvenChart(e.breakEven),
    },
  };
}

/**
 * The figures that quote the Monte Carlo, for `draws` (none while it is drawing: then they quote
 * the ends of the stated ranges): the headline rows, the findings and the cost ladder, from the
 * estimate, the claim and the data files (`data/training-runs.csv`, `data/fleet-and-staff.csv`);
 * written in `lang` (nothing computed again but words: the page's language switch calls it).
 */
export function drawnFigures(
  { estimate: e, claim }: Pick<LiveFigures, "estimate" | "claim">,
  draws: HeadlineDraws = {},
  lang: Lang = "en",
): DrawnFigures {
  return {
    headline: headlineRows(e, draws, lang),
    findings: findings(e, claim, { draws, runs: loadTrainingRuns(), lang }),
    ladder: chartIn(costLadderChart(costLadder(e, claim, { figures: loadFleetAndStaff(), draws, lang })), lang),
  };
}
