import type { Simulation } from "../assumptions/simulate.js";
import { fail } from "../errors/error.js";
import { interval90, quantile } from "../uncertainty/summary.js";
import { moneyText } from "./text.js";

/** A marked value of the distribution: the 90% interval's ends and the median. */
export interface Marker {
  readonly name: "5th percentile" | "median" | "95th percentile";
  readonly value: number;
  readonly text: string;
}

/** The 5th percentile, the median and the 95th percentile of the draws, with their text. */
export function monteCarloMarkers(draws: Float64Array, currency: Simulation["currency"]): [Marker, Marker, Marker] {
  const interval = interval90(draws);
  const median = quantile(draws, 0.5);
  if (!interval || median === undefined) fail("noDraws", { name: "draws", value: draws });
  const marker = (name: Marker["name"], value: number): Marker => ({
    name,
    value,
    text: moneyText(value, value, currency),
  });
  return [marker("5th percentile", interval.low), marker("median", median), marker("95th percentile", interval.high)];
}
