import { mean as d3Mean, quantileSorted } from "d3-array";
import { fail } from "./messages.js";
import { range, type Range } from "../range/range.js";

/** Draws to summarize: what {@link sample} returns, or a plain array of numbers. */
export type Samples = Float64Array | readonly number[];

/**
 * The usual description of a simulated quantity. Quantiles use the R-7 method (see {@link quantile}).
 *
 * @category Uncertainty
 */
export interface Summary {
  readonly n: number;
  readonly mean: number;
  readonly p05: number;
  readonly p50: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  /**
   * The Monte Carlo standard error of each quoted percentile (from the binomial band of order statistics):
   * how much it would move with another seed. Small against the interval: the draws are enough.
   */
  readonly standardErrors: { readonly p05: number; readonly p50: number; readonly p95: number };
}

/*
 * Failure policy of this layer: a summary of no draws is `undefined` (there is nothing to say,
 * and a 0 would read as a figure); a non-finite draw is an error naming its index, since a NaN
 * that sorted or averaged quietly would poison every figure downstream.
 */

/** The arithmetic mean (d3-array's `mean`), or `undefined` for no draws. */
export function mean(xs: Samples): number | undefined {
  if (checkSamples(xs) === 0) return undefined;
  return d3Mean(xs);
}

/**
 * The `p`-quantile by the R-7 method (linear between order statistics, as d3-array's
 * `quantileSorted`, R's default and NumPy's "linear"): with the draws sorted, h = (n − 1)·p and
 * the result lies between the values at ⌊h⌋ and ⌊h⌋ + 1. `p` is from 0 to 1; `undefined` for no draws.
 *
 * quantile([1, 2, 3, 4], 0.25) → h = 0.75 → 1 + 0.75 · (2 − 1) = 1.75
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5); // 2.5
 *
 * @category Uncertainty
 */
export function quantile(xs: Samples, p: number): number | undefined {
  checkProbability(p);
  if (checkSamples(xs) === 0) return undefined;
  return quantileOfSorted(sortedCopy(xs), p);
}

/**
 * The central 90 % interval, `{ low: q05, high: q95 }` by R-7, or `undefined` for no draws.
 *
 * @example
 * interval90(simulate({}, { n: 10_000 }).amortized); // { low, high }: the 5th and 95th percentiles
 */
export function interval90(xs: Samples): Range | undefined {
  if (checkSamples(xs) === 0) return undefined;
  const sorted = sortedCopy(xs);
  return range(quantileOfSorted(sorted, 0.05), quantileOfSorted(sorted, 0.95), "interval90");
}

/**
 * The Monte Carlo standard error of the `p`-quantile of the draws, distribution-free: the number
 * of draws below the true quantile is binomial, n·p ± √(n·p·(1 − p)), so one standard error either
 * way spans the order statistics at those ranks, and the error is half the distance between them
 * (each read by R-7 at h = (n − 1)·p ± √(n·p·(1 − p))). `undefined` for no draws.
 *
 * 1 … 21, p = 0.5: √(21 · 0.25) = 2.2913, so the values at h = 10 ± 2.2913 → 8.7087 and 13.2913;
 * (13.2913 − 8.7087) ÷ 2 = 2.2913.
 *
 * @example
 * quantileStandardError(simulate({}, { n: 100_000 }).amortized, 0.05); // ≈ $5.5K at the defaults
 */
export function quantileStandardError(xs: Samples, p: number): number | undefined {
  checkProbability(p);
  if (checkSamples(xs) === 0) return undefined;
  return standardErrorOfSorted(sortedCopy(xs), p);
}

/**
 * `{ n, mean, p05, p50, p95, min, max, standardErrors }` of the draws (one sort for all the
 * quantiles), or `undefined` for no draws.
 *
 * @example
 * summarize(simulate({}, { n: 10_000 }).amortized); // { n, mean, p05, p50, p95, min, max, standardErrors }
 *
 * @category Uncertainty
 */
export function summarize(xs: Samples): Summary | undefined {
  const n = checkSamples(xs);
  if (n === 0) return undefined;
  const sorted = sortedCopy(xs);
  return Object.freeze({
    n,
    mean: d3Mean(sorted) as number,
    p05: quantileOfSorted(sorted, 0.05),
    p50: quantileOfSorted(sorted, 0.5),
    p95: quantileOfSorted(sorted, 0.95),
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    standardErrors: Object.freeze({
      p05: standardErrorOfSorted(sorted, 0.05),
      p50: standardErrorOfSorted(sorted, 0.5),
      p95: standardErrorOfSorted(sorted, 0.95),
    }),
  });
}

function standardErrorOfSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  const half = Math.sqrt(n * p * (1 - p));
  const h = (n - 1) * p;
  // near the ends the band is cut off at the smallest or largest draw: scale what is left
  const from = Math.max(0, h - half);
  const to = Math.min(n - 1, h + half);
  if (to === from) return 0;
  const at = (k: number) => quantileOfSorted(sorted, k / (n - 1));
  return ((at(to) - at(from)) * half) / (to - from);
}

/** The number of draws, after checking that each is a finite number. */
function checkSamples(xs: unknown): number {
  if (!(xs instanceof Float64Array) && !Array.isArray(xs)) {
    fail("notSamples", { name: "xs", value: xs });
  }
  for (let i = 0; i < xs.length; i++) {
    const x: unknown = xs[i];
    if (typeof x !== "number" || !Number.isFinite(x)) fail("notFinite", { name: `xs[${i}]`, value: x });
  }
  return xs.length;
}

function checkProbability(p: unknown): asserts p is number {
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) fail("notInRange", { name: "p", value: p, min: 0, max: 1 });
}

function sortedCopy(xs: Samples): Float64Array {
  return Float64Array.from(xs).sort();
}

// d3-array's types ask for an Array, but quantileSorted only reads `length` and indices,
// which a Float64Array has; the input here is checked, sorted and non-empty.
function quantileOfSorted(sorted: Float64Array, p: number): number {
  return quantileSorted(sorted as unknown as number[], p) as number;
}
