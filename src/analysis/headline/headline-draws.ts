import type { Simulation } from "../../assumptions/simulate.js";
import { summaryOf } from "../uncertainty/summary-of.js";
import type { DrawnFigures, HeadlineDraws } from "./headline-rows.js";

/**
 * The headline's Monte Carlo: notebook 03's 100,000 draws from seed 1, the same in the report's
 * summary, the live page and `gpu-cost-lab estimate`, so that each quotes the same medians.
 */
export const HEADLINE_MONTE_CARLO = Object.freeze({ n: 100_000, seed: 1 });

/**
 * What the headline quotes of a Monte Carlo: the 5th, 50th and 95th percentiles of the
 * rental, amortized and programme draws, and the share of amortized draws below `reported` (the
 * lab's figure, in the simulation's currency). Small enough to send from the live page's worker.
 *
 * `headlineRows(e, headlineDraws(simulate(withExperiments(a), { n: 100_000, seed: 1 }), e.reported.low))`
 */
export function headlineDraws(sim: Simulation, reported?: number): HeadlineDraws {
  const figures = (xs: Float64Array): DrawnFigures | undefined => {
    const s = summaryOf(xs);
    return s && { p05: s.p05, p50: s.p50, p95: s.p95 };
  };
  let below = 0;
  if (reported !== undefined) for (const x of sim.amortized) if (x < reported) below++;
  return {
    rental: figures(sim.rental),
    amortized: figures(sim.amortized),
    programme: figures(sim.programme),
    n: sim.n,
    seed: sim.seed,
    ...(reported === undefined || sim.n === 0 ? {} : { amortizedBelowReported: below / sim.n }),
  };
}
