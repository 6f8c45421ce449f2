import { asRange, type QuantityInput } from "../input/as-range.js";
import { rangeOf } from "../range/range-of.js";
import { atLeastOne, positive } from "../input/rules.js";
import { asMoneyRange, type MoneyInput } from "../input/as-money-range.js";
import { moneyRange, type MoneyRange } from "../money/money-range.js";
import type { Range } from "../range/range.js";
import type { CostView } from "./cost-view.js";
import { writeMoney, writeRange } from "./formula.js";
import { knownKeys } from "../validate/known-keys.js";

/**
 * Options of {@link programmeCost}: the final run's cost and the experiments multiplier.
 *
 * @category Cost views
 */
export interface ProgrammeOptions {
  /** The final run's cost, on whatever basis (amortized by default in `estimate()`). */
  finalRun: MoneyInput;
  /**
   * Compute of the whole programme over the final run. 1 means the final run only; 2–4 is
   * Nathan Lambert's estimate for DeepSeek-V3's experiments (Interconnects, 2025-01-09).
   */
  experimentsMultiplier: QuantityInput;
}

/**
 * The programme: the final run × an experiments multiplier, for the trial runs that come before
 * it (the article quotes Matsuo: tens to hundreds of trials). $6.5M × 2–4 = $13M–$26M.
 *
 * @example
 * programmeCost({ finalRun: estimate().amortized, experimentsMultiplier: [2, 4] }); // the final run × 2–4
 *
 * @category Cost views
 */
export function programmeCost(options: ProgrammeOptions): CostView {
  knownKeys(options, ["finalRun", "experimentsMultiplier"], "options");
  const { finalRun, experimentsMultiplier } = options;
  return computeProgramme(
    asMoneyRange(finalRun, "finalRun", positive),
    asRange(experimentsMultiplier, "experimentsMultiplier", atLeastOne),
  );
}

/**
 * The core of {@link programmeCost}: the same view from a final-run cost and a multiplier already
 * checked and normalised, with no checks of its own. `estimate()` calls it with the amortized view.
 */
export function computeProgramme(run: MoneyRange, multiplier: Range): CostView {
  const c = run.currency;
  const total = rangeOf(({ r, m }) => r * m, { r: run, m: multiplier });
  const trials = rangeOf(({ r, m }) => r * (m - 1), { r: run, m: multiplier });
  return {
    view: "programme",
    label: "Programme: final run and the experiments before it",
    basis: "final-run cost × experiments multiplier",
    ...moneyRange(total.low, total.high, c),
    breakdown: [
      { label: "Final run", ...moneyRange(run.low, run.high, c), formula: writeMoney(run) },
      {
        label: "Experiments and trial runs",
        ...moneyRange(trials.low, trials.high, c),
        formula: `final run × (${writeRange(multiplier)} − 1)`,
      },
    ],
  };
}
