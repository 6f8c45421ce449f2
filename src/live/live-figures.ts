import { breakEvenText } from "../analysis/break-even/break-even-text.js";
import { headlineRows, type HeadlineRow } from "../analysis/headline/headline-rows.js";
import type { Assumptions } from "../assumptions/assumptions.js";
import { estimate, type Estimate } from "../assumptions/estimate.js";
import { sensitivity } from "../assumptions/sensitivity.js";
import { breakEvenChart } from "../charts/break-even-chart.js";
import { costComparisonChart } from "../charts/cost-comparison.js";
import type { ChartSpec } from "../charts/spec.js";
import { tornadoChart } from "../charts/tornado.js";

/** The charts the live page redraws on every change, in the order it shows them. */
export const liveCharts = ["comparison", "tornado", "breakEven"] as const;

/** What the page shows for one set of assumptions, apart from the Monte Carlo. */
export interface LiveFigures {
  readonly estimate: Estimate;
  readonly headline: readonly HeadlineRow[];
  readonly breakEvenText: string;
  readonly charts: Readonly<Record<(typeof liveCharts)[number], ChartSpec>>;
}

/**
 * The headline estimate and the charts of notebooks 02 and 03 for `a`, with the same library
 * calls the notebooks make: `estimate`, `headlineRows`, `costComparisonChart`,
 * `tornadoChart(sensitivity(a))` (the programme view) and `breakEvenChart`.
 */
export function liveFigures(a: Assumptions): LiveFigures {
  const e = estimate(a);
  return {
    estimate: e,
    headline: headlineRows(e),
    breakEvenText: breakEvenText(e.breakEven),
    charts: {
      comparison: costComparisonChart(e),
      tornado: tornadoChart(sensitivity(a, { view: "programme" })),
      breakEven: breakEvenChart(e.breakEven),
    },
  };
}
