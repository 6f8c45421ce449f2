import type { Simulation } from "../../assumptions/simulate.js";
import { fail } from "../messages.js";
import { summaryOf } from "./summary-of.js";
import { moneyText } from "../../format/text.js";

/** A marked value of the distribution: the 90% interval's ends and the median. */
export interface Marker {
  readonly name: "5th percentile" | "median" | "95th percentile";
  readonly value: number;
  readonly text: string;
}

/** The 5th percentile, the median and the 95th percentile of the draws, with their text. */
export function monteCarloMarkers(draws: Float64Array, currency: Simulation["currency"]): [Marker, Marker, Marker] {
  // one sort for the three (summaryOf), the same R-7 percentiles interval90() and quantile() give
  const s = draws instanceof Float64Array ? summaryOf(draws) : undefined;
  if (!s) fail("noDraws", { name: "draws", value: draws });
  const [interval, median] = [{ low: s.p05, high: s.p95 }, s.p50];
  const marker = (name: Marker["name"], value: number): Marker => ({
    name,
    value,
    text: moneyText(value, value, currency),
  });
  return [marker("5th percentile", interval.low), marker("median", median), marker("95th percentile", interval.high)];
}

/**
 * What a reader needs besides the interval, as sentences: the Monte Carlo standard error of each
 * quoted percentile (how much another seed would move it), how many inputs were drawn and how many
 * held, and, against a reference figure, the share of draws below it.
 * `Monte Carlo standard error: 5th ±$5.5K, median ±$4.3K, 95th ±$7.6K (100,000 draws; 12 inputs drawn, 3 held).`
 */
export function monteCarloLines(
  sim: Simulation,
  view: "amortized" | "programme" | "rental",
  reference?: number,
): string[] {
  const s = summaryOf(sim[view]);
  if (!s) fail("noDraws", { name: `simulation.${view}`, value: sim[view] });
  const c = sim.currency;
  const se = (x: number) => `±${moneyText(x, x, c)}`;
  const inputs = Object.values(sim.distributions);
  const drawn = inputs.filter((d) => d.kind !== "point").length;
  const lines = [
    `Monte Carlo standard error: 5th ${se(s.standardErrors.p05)}, median ${se(s.standardErrors.p50)}, 95th ${se(s.standardErrors.p95)} (${sim.n.toLocaleString("en-US")} draws; ${drawn} inputs drawn, ${inputs.length - drawn} held).`,
  ];
  if (reference !== undefined) {
    const draws = sim[view];
    let below = 0;
    for (let i = 0; i < draws.length; i++) if (draws[i]! < reference) below++;
    lines.push(
      `${((100 * below) / draws.length).toFixed(1)}% of the draws are below the reported ${moneyText(reference, reference, c)} (black).`,
    );
  }
  return lines;
}
