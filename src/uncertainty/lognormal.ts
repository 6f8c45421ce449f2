import { fail } from "./messages.js";
import { type Range } from "../range/range.js";
import { type BitSource, UNIT_32 } from "./stream.js";

/**
 * A log-normal distribution given by its 5th and 95th percentiles: positive, skewed right,
 * for quantities known "within a factor" (a price of $1.5–2.5 per GPU-hour, 90 % sure).
 */
export interface LognormalDistribution {
  readonly kind: "lognormal";
  readonly p05: number;
  readonly p95: number;
}

/** Φ⁻¹(0.95): the standard normal's 95th percentile, 1.6448536269514722. */
export const NORMAL_Q95 = 1.6448536269514722;

/**
 * The log-normal whose 5th and 95th percentiles are the range's ends, read as a 90 % interval:
 * `lognormal90(range(1.5, 2.5))`. Needs `0 < low < high`. Its median is `√(low · high)`.
 *
 * @category Uncertainty
 */
export function lognormal90(r: Range): LognormalDistribution {
  if (typeof r !== "object" || r === null) fail("notRange", { name: "lognormal90", value: r });
  const d = { kind: "lognormal" as const, p05: r.low, p95: r.high };
  checkLognormal(d, "lognormal90");
  return Object.freeze(d);
}

/** Finite `0 < p05 < p95`, or the catalogued error naming `name`. */
export function checkLognormal(d: LognormalDistribution, name: string): void {
  for (const field of ["p05", "p95"] as const) {
    const value = d[field];
    if (typeof value !== "number" || !Number.isFinite(value)) fail("notFinite", { name: `${name}.${field}`, value });
  }
  if (!(0 < d.p05 && d.p05 < d.p95)) fail("lognormalBounds", { name, p05: d.p05, p95: d.p95 });
}

/**
 * μ and σ of the underlying normal: ln X ~ N(μ, σ²) with the percentiles landing on p05, p95:
 * μ = (ln p05 + ln p95) / 2 and σ = (ln p95 − ln p05) / (2 · Φ⁻¹(0.95)).
 *
 * lognormalParams({ kind: "lognormal", p05: 1, p95: Math.E ** 2 }) → { mu: 1, sigma: 1 / 1.6449 }
 */
export function lognormalParams(d: LognormalDistribution): { mu: number; sigma: number } {
  const lnLow = Math.log(d.p05);
  const lnHigh = Math.log(d.p95);
  return { mu: (lnLow + lnHigh) / 2, sigma: (lnHigh - lnLow) / (2 * NORMAL_Q95) };
}

/**
 * Fills `out` with `exp(μ + σ · z)`, z standard normal by Marsaglia's polar method, the method
 * d3-random's `randomNormal` uses. Written out here for a measured reason: d3's generator keeps
 * the pair's second value but recomputes `√(−2 ln s / s)` for it, which makes it 1.4–1.9× slower
 * per draw (1,000,000 draws on one source: 104 ms through `randomLogNormal.source(...)` vs 55 ms
 * this way; test/bench/monte-carlo.bench.ts measures it). Each accepted pair (x, y) in the unit
 * disc gives two normals, y·f and x·f, with f = √(−2 ln s / s) computed once.
 */
export function fillLognormal(out: Float64Array, d: LognormalDistribution, source: BitSource): void {
  const { mu, sigma } = lognormalParams(d);
  const n = out.length;
  for (let i = 0; i < n; i += 2) {
    let x: number;
    let y: number;
    let s: number;
    do {
      x = 2 * ((source.next() >>> 0) * UNIT_32) - 1;
      y = 2 * ((source.next() >>> 0) * UNIT_32) - 1;
      s = x * x + y * y;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    out[i] = Math.exp(mu + sigma * y * f);
    if (i + 1 < n) out[i + 1] = Math.exp(mu + sigma * x * f);
  }
}
