import { bin } from "d3-array";
import { fail } from "../messages.js";
import type { Samples } from "../../uncertainty/summary.js";

/** One bin of a histogram: draws with x0 ≤ x < x1 (the last bin also holds x = x1). */
export interface DrawBin {
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
  /** count ÷ all draws */
  readonly share: number;
}

export interface BinOptions {
  /** Equal-width bins between the smallest and the largest draw. Defaults to 40. */
  readonly bins?: number;
}

/**
 * Draws counted into `bins` equal-width bins from the smallest to the largest (d3-array's `bin`
 * with explicit thresholds), so a histogram ships 40 counts instead of 100,000 values.
 * No draws give no bins; draws that are all equal give one bin of zero width.
 *
 * binDraws([1, 2, 2, 4], { bins: 3 }) → [1, 2): 1, [2, 3): 2, [3, 4]: 1
 */
export function binDraws(draws: Samples, { bins = 40 }: BinOptions = {}): DrawBin[] {
  if (!Number.isInteger(bins) || bins < 1) fail("notPositiveWhole", { name: "bins", value: bins });
  const n = draws.length;
  if (n === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = draws[i]!;
    if (!Number.isFinite(x)) fail("notFinite", { name: `draws[${i}]`, value: x });
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min === max) return [{ x0: min, x1: max, count: n, share: 1 }];
  const width = (max - min) / bins;
  const thresholds = Array.from({ length: bins - 1 }, (_, i) => min + (i + 1) * width);
  const binned = bin().domain([min, max]).thresholds(thresholds)(draws);
  return binned.map((b) => ({ x0: b.x0!, x1: b.x1!, count: b.length, share: b.length / n }));
}
