import { fail } from "./messages.js";
import { type BitSource, UNIT_32 } from "./stream.js";

/** Values from `low` to `high`, most likely near `mode`, linearly less likely towards the ends. */
export interface TriangularDistribution {
  readonly kind: "triangular";
  readonly low: number;
  readonly mode: number;
  readonly high: number;
}

/**
 * The triangular distribution: `triangular(0.3, 0.4, 0.6)` for "a utilization of 30–60 %, most
 * likely 40 %". Needs `low ≤ mode ≤ high` and `low < high`. Its mean is `(low + mode + high) / 3`.
 *
 * @category Uncertainty
 */
export function triangular(low: number, mode: number, high: number): TriangularDistribution {
  const d = { kind: "triangular" as const, low, mode, high };
  checkTriangular(d, "triangular");
  return Object.freeze(d);
}

/** Finite parameters in order, or the catalogued error naming `name`. */
export function checkTriangular(d: TriangularDistribution, name: string): void {
  for (const field of ["low", "mode", "high"] as const) {
    const value = d[field];
    if (typeof value !== "number" || !Number.isFinite(value)) fail("notFinite", { name: `${name}.${field}`, value });
  }
  if (!(d.low <= d.mode && d.mode <= d.high && d.low < d.high)) {
    fail("triangularOrder", { name, low: d.low, mode: d.mode, high: d.high });
  }
}

/**
 * Fills `out` by inverting the CDF at one uniform draw `u` each (d3-random has no triangular).
 * With a = low, c = mode, b = high, the CDF reaches F(c) = (c − a) / (b − a) at the mode, and
 *
 *   x = a + √(u · (b − a) · (c − a))          for u < F(c)
 *   x = b − √((1 − u) · (b − a) · (b − c))    otherwise.
 *
 * Example: a = 0, c = 1, b = 4, so F(c) = 1/4. u = 0.25 gives 4 − √(0.75 · 4 · 3) = 4 − 3 = 1,
 * the mode; u = 0.0625 gives 0 + √(0.0625 · 4 · 1) = 0.5; u = 0.5 gives 4 − √6 ≈ 1.551.
 */
export function fillTriangular(out: Float64Array, d: TriangularDistribution, source: BitSource): void {
  const { low, high } = d;
  const atMode = (d.mode - low) / (high - low);
  const left = (high - low) * (d.mode - low);
  const right = (high - low) * (high - d.mode);
  for (let i = 0; i < out.length; i++) {
    const u = (source.next() >>> 0) * UNIT_32;
    out[i] = u < atMode ? low + Math.sqrt(u * left) : high - Math.sqrt((1 - u) * right);
  }
}
