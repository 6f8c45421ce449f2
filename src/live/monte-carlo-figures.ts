import type { Assumptions } from "../assumptions/assumptions.js";
import { simulate } from "../assumptions/simulate.js";
import { monteCarloChart } from "../charts/monte-carlo-chart.js";
import type { ChartSpec } from "../charts/spec.js";

/** The Monte Carlo charts of the live page, in the order it shows them. */
export const monteCarloCharts = ["amortized", "programme"] as const;

/** How many draws, from which seed: notebook 03's 100,000 draws from seed 1. */
export const LIVE_MONTE_CARLO = { n: 100_000, seed: 1 } as const;

/**
 * The Monte Carlo of notebook 03 for `a`: `simulate(a, { n, seed })` and the histograms of the
 * amortized and the programme view (binned here: a chart holds 40 counts, not the draws).
 */
export function monteCarloFigures(
  a: Assumptions,
  { n, seed }: { readonly n: number; readonly seed: number } = LIVE_MONTE_CARLO,
): Readonly<Record<(typeof monteCarloCharts)[number], ChartSpec>> {
  const sim = simulate(a, { n, seed });
  return {
    amortized: monteCarloChart(sim, { view: "amortized" }),
    programme: monteCarloChart(sim, { view: "programme" }),
  };
}
