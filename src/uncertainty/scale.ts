import type { Distribution } from "./distribution.js";

/**
 * The distribution of k × X for X drawn from `d`, k > 0: every parameter scaled (a price range
 * converted to another currency). `scaleDistribution(uniform(range(4e6, 5e6)), 1 / 151.65)` →
 * uniform from $26,377 to $32,971.
 */
export function scaleDistribution(d: Distribution, k: number): Distribution {
  if (k === 1) return d;
  switch (d.kind) {
    case "uniform":
      return { kind: "uniform", low: d.low * k, high: d.high * k };
    case "triangular":
      return { kind: "triangular", low: d.low * k, mode: d.mode * k, high: d.high * k };
    case "lognormal":
      return { kind: "lognormal", p05: d.p05 * k, p95: d.p95 * k };
    case "point":
      return { kind: "point", value: d.value * k };
  }
}
