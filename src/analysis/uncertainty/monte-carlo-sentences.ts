import type { Assumptions } from "../../assumptions/assumptions.js";
import {
  simulate,
  simulatedAssumptions,
  type SimulatedAssumption,
  type Simulation,
} from "../../assumptions/simulate.js";
import { fail } from "../messages.js";
import { interval90, summarize } from "../../uncertainty/summary.js";
import { moneyText } from "../../format/text.js";
import { knownKeys } from "../../validate/known-keys.js";
import { resultOf } from "../../validate/result-of.js";
import { ASSUMPTION_FIELDS } from "../../assumptions/result-fields.js";

type View = "amortized" | "programme" | "rental";

/**
 * How much of a Monte Carlo interval one input makes on its own.
 *
 * @category Assumptions and uncertainty
 */
export interface IntervalContribution {
  readonly assumption: SimulatedAssumption;
  /** The 90% interval's width with only this input drawn, every other held at its central value. */
  readonly widthAlone: number;
  readonly widthText: string;
  /** widthAlone² ÷ the sum of every input's widthAlone²: its share of the spread when they combine independently. */
  readonly share: number;
}

/**
 * Options of {@link intervalContributions}: the view, and the draws and seed of each simulation.
 *
 * @category Assumptions and uncertainty
 */
export interface ContributionOptions {
  readonly view?: View;
  /** Draws per simulation. Defaults to 20,000. */
  readonly n?: number;
  readonly seed?: number;
}

/**
 * Which inputs make the Monte Carlo interval wide: for each input the simulation draws, the width
 * of the 90% interval when it alone is drawn (the rest held at their central values), largest
 * first. For a cost close to linear in its inputs the widths combine as the square root of the
 * sum of their squares, so `share` is each one's part of the spread.
 *
 * @example
 * showTable(intervalContributions(assumptions(), { view: "amortized" }));
 *
 * @category Assumptions and uncertainty
 */
export function intervalContributions(a: Assumptions, options: ContributionOptions = {}): IntervalContribution[] {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  knownKeys(options, ["view", "n", "seed"], "options");
  const { view = "amortized", n = 20_000, seed = 0 } = options;
  const all = simulate(a, { n: 2, seed });
  const drawn = simulatedAssumptions.filter((k) => all.distributions[k].kind !== "point");
  const widths = drawn.map((k) => {
    const alone = simulate(a, { n, seed, freeze: simulatedAssumptions.filter((o) => o !== k) });
    const i = interval90(alone[view])!;
    return { assumption: k, widthAlone: i.high - i.low };
  });
  const total = widths.reduce((t, w) => t + w.widthAlone ** 2, 0);
  return widths
    .filter((w) => w.widthAlone > 0)
    .map((w) => ({
      ...w,
      widthText: moneyText(w.widthAlone, w.widthAlone, a.currency),
      share: total > 0 ? w.widthAlone ** 2 / total : 0,
    }))
    .sort((x, y) => y.widthAlone - x.widthAlone);
}

/**
 * The Monte Carlo in sentences: the 90% interval and median with their standard errors, the share
 * of draws below the reported figure, and, given the contributions, what makes the interval as
 * wide as it is.
 *
 * @example
 * print(monteCarloSentences(simulate(assumptions(), { n: 100_000 })));
 *
 * @category Assumptions and uncertainty
 */
export function monteCarloSentences(
  sim: Simulation,
  options: { view?: View; reported?: number; contributions?: readonly IntervalContribution[] } = {},
): string[] {
  resultOf(sim, ["currency", "n", "amortized", "programme", "rental"], "sim", "simulate()");
  knownKeys(options, ["view", "reported", "contributions"], "options");
  const { view = "amortized", reported, contributions = [] } = options;
  const s = summarize(sim[view]);
  if (!s) fail("noDraws", { name: `simulation.${view}`, value: sim[view] });
  const c = sim.currency;
  const m = (x: number) => moneyText(x, x, c);
  const names = Object.keys(sim.distributions) as SimulatedAssumption[];
  const held = names.filter((k) => sim.distributions[k].kind === "point");
  const lines = [
    `The ${view} cost's 90% interval is ${moneyText(s.p05, s.p95, c)}, median ${m(s.p50)}, from ${sim.n.toLocaleString("en-US")} draws of ${names.length - held.length} inputs${held.length > 0 ? ` (held: ${held.join(", ")})` : ""}. Another seed would move the 5th percentile, the median and the 95th by about ${m(s.standardErrors.p05)}, ${m(s.standardErrors.p50)} and ${m(s.standardErrors.p95)} (their Monte Carlo standard errors): the draws are enough.`,
  ];
  if (reported !== undefined) {
    const draws = sim[view];
    let below = 0;
    for (let i = 0; i < draws.length; i++) if (draws[i]! < reported) below++;
    lines.push(`${((100 * below) / draws.length).toFixed(1)}% of the draws are below the reported ${m(reported)}.`);
  }
  if (contributions.length > 0) {
    const top = contributions.slice(0, 3);
    lines.push(
      `The interval is ${m(s.p95 - s.p05)} wide. Drawn alone, ${top.map((x) => `${x.assumption} would spread it over ${x.widthText} (${Math.round(x.share * 100)}% of the spread)`).join(", ")}${contributions.length > 3 ? `; the other ${contributions.length - 3} that move it add the rest` : ""}. Independent spreads add as squares, so no one input makes the whole width.`,
    );
  }
  return lines;
}
