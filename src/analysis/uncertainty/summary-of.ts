import { summarize, type Summary } from "../../uncertainty/summary.js";

const summaries = new WeakMap<Float64Array, Summary | undefined>();

/**
 * `summarize(draws)`, once per array of draws: a simulation's views are summarised by its chart's
 * markers, its subtitle and the headline's figures, and each would sort 100,000 draws again (about
 * 10 ms each in the live page's worker). Draws are read-only once drawn, as `simulate()` returns
 * them: an array changed after its first summary would keep the old one.
 *
 * `summaryOf(simulate(a).amortized)?.p50`
 */
export function summaryOf(draws: Float64Array): Summary | undefined {
  if (summaries.has(draws)) return summaries.get(draws);
  const s = summarize(draws);
  summaries.set(draws, s);
  return s;
}
