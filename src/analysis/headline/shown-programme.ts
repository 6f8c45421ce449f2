import type { Estimate } from "../../assumptions/estimate.js";
import { countsFinalRunOnly, EXPERIMENTS_LAMBERT } from "../../assumptions/with-experiments.js";
import type { CostView } from "../../cost/cost-view.js";
import { programmeCost } from "../../cost/programme.js";
import type { Range } from "../../range/range.js";

/** The programme view a reader is shown, and the multiplier it counts. */
export interface ShownProgramme extends CostView {
  readonly multiplier: Range;
  /** Whether the multiplier is Lambert's 2–4 put in for an estimate that counts the final run only. */
  readonly lambert: boolean;
}

/**
 * The programme beside the final run, never a copy of it: `e.programme` when the assumptions count
 * experiments, else the final run × Lambert's 2–4 (`EXPERIMENTS_LAMBERT`, the full-programme
 * scenario's multiplier), which is what `estimate(withExperiments(a)).programme` gives.
 *
 * At the defaults: $5.73M–$7.1M × 2–4 = $11.5M–$28.4M.
 */
export function shownProgramme(e: Estimate): ShownProgramme {
  if (!countsFinalRunOnly(e.assumptions))
    return { ...e.programme, multiplier: e.assumptions.experimentsMultiplier, lambert: false };
  const view = programmeCost({ finalRun: e.amortized, experimentsMultiplier: EXPERIMENTS_LAMBERT });
  return { ...view, multiplier: EXPERIMENTS_LAMBERT, lambert: true };
}
