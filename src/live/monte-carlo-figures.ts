import { HEADLINE_MONTE_CARLO, headlineDraws } from "../analysis/headline/headline-draws.js";
import type { HeadlineDraws } from "../analysis/headline/headline-rows.js";
import type { Assumptions } from "../assumptions/assumptions.js";
import { estimate } from "../assumptions/estimate.js";
import { simulate } from "../assumptions/simulate.js";
import { withExperiments } from "../assumptions/with-experiments.js";
import { monteCarloChart } from "../charts/monte-carlo-chart.js";
import type { ChartSpec } from "../charts/spec.js";

/** The Monte Carlo charts of the live page, in the order it shows them. */
export const monteCarloCharts = ["amortized", "programme"] as const;

/** How many draws, from which seed: the headline's 100,000 draws from seed 1 (notebook 03's). */
export const LIVE_MONTE_CARLO = HEADLINE_MONTE_CARLO;

/** The Monte Carlo of the page: its two charts, and what the headline, the findings and the ladder quote of it. */
export interface MonteCarloFigures {
  readonly specs: Readonly<Record<(typeof monteCarloCharts)[number], ChartSpec>>;
  readonly draws: HeadlineDraws;
}

/**
 * Notebook 03's Monte Carlo for `a`: `simulate(withExperiments(a), { n, seed })` (the programme
 * at Lambert's 2–4 when `a` counts the final run only; the final run's draws are the same either
 * way), the histograms of the amortized and the programme view with the reported figure marked
 * (binned here: a chart holds 40 counts, not the draws), and their percentiles for the headline.
 */
export function monteCarloFigures(
  a: Assumptions,
  { n, seed }: { readonly n: number; readonly seed: number } = LIVE_MONTE_CARLO,
): MonteCarloFigures {
  const reported = estimate(a).reported?.low;
  const sim = simulate(withExperiments(a), { n, seed });
  return {
    specs: {
      amortized: monteCarloChart(sim, { view: "amortized", reference: reported }),
      programme: monteCarloChart(sim, { view: "programme", reference: reported }),
    },
    draws: headlineDraws(sim, reported),
  };
}
