import { fail } from "./messages.js";
import { checkDistribution, fillDistribution, type Distribution } from "./distribution.js";
import { checkSeed, randomStream } from "./stream.js";

/** The most draws one call fills: 100,000,000 (800 MB as a Float64Array). */
export const MAX_DRAWS = 100_000_000;

export interface SampleOptions {
  /**
   * The master seed, a whole number from 0 to 2^53 − 1. Defaults to 0, so a notebook re-run
   * gives the same numbers; run again with other seeds to see that a conclusion does not hang
   * on one set of draws.
   */
  readonly seed?: number;
  /**
   * Names the input's stream under the seed. Defaults to `""`. `sample(d, n, { seed, key: "price" })`
   * gives the same draws as `sampleAll({ price: d }, n, { seed }).price`.
   */
  readonly key?: string;
}

/**
 * `n` draws of `distribution` as a `Float64Array`, seeded and reproducible: the same
 * `(seed, key)` gives the same draws on every run and machine (see randomStream). Uniform
 * draws are integer arithmetic, identical everywhere; triangular and log-normal draws also go
 * through Math.sqrt (exact by IEEE 754) and Math.log/exp, which V8 computes with its own code,
 * so they match across machines on one Node version and may differ in the last bit elsewhere.
 *
 * sample(lognormal90(range(1.5, 2.5)), 1_000_000, { seed: 7 }) → Float64Array(1000000)
 */
export function sample(
  distribution: Distribution,
  n: number,
  { seed = 0, key = "" }: SampleOptions = {},
): Float64Array {
  checkDistribution(distribution, "distribution");
  checkCount(n);
  checkSeed(seed);
  const out = new Float64Array(n);
  fillDistribution(out, distribution, randomStream(seed, key));
  return out;
}

/**
 * `n` draws of each input of a simulation, one independent stream per key, all reproducible
 * from one seed. Each stream depends only on `(seed, key)`: adding, removing or reordering
 * inputs leaves the others' draws as they were.
 *
 * const { price, hours } = sampleAll({ price: lognormal90(range(1.5, 2.5)), hours: uniform(range(2.6e6, 2.8e6)) }, 1e6, { seed: 7 });
 */
export function sampleAll<K extends string>(
  distributions: Readonly<Record<K, Distribution>>,
  n: number,
  { seed = 0 }: Omit<SampleOptions, "key"> = {},
): Record<K, Float64Array> {
  if (typeof distributions !== "object" || distributions === null || Array.isArray(distributions)) {
    fail("notDistributions", { name: "distributions", value: distributions });
  }
  const keys = Object.keys(distributions) as K[];
  for (const key of keys) checkDistribution(distributions[key], `distributions.${key}`);
  checkCount(n);
  checkSeed(seed);
  const draws = {} as Record<K, Float64Array>;
  for (const key of keys) {
    const out = new Float64Array(n);
    fillDistribution(out, distributions[key], randomStream(seed, key));
    draws[key] = out;
  }
  return draws;
}

/** `n` draws is a whole number from 0 to {@link MAX_DRAWS}; anything else is the catalogued error. */
export function checkCount(n: unknown): asserts n is number {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_DRAWS) {
    fail("notInRange", { name: "n", value: n, min: 0, max: MAX_DRAWS, whole: true });
  }
}
