import { fail } from "./messages.js";

/**
 * A known value, as a distribution: every draw is `value`. Lets a simulation hold some inputs
 * fixed without a second code path.
 */
export interface PointDistribution {
  readonly kind: "point";
  readonly value: number;
}

/**
 * `point(2048)`: the input is known. `value` must be finite.
 *
 * @category Uncertainty
 */
export function point(value: number): PointDistribution {
  const d = { kind: "point" as const, value };
  checkPoint(d, "point");
  return Object.freeze(d);
}

/** A finite value, or the catalogued error naming `name`. */
export function checkPoint(d: PointDistribution, name: string): void {
  if (typeof d.value !== "number" || !Number.isFinite(d.value)) {
    fail("notFinite", { name: `${name}.value`, value: d.value });
  }
}

/** Fills `out` with `value`; draws nothing from the source. */
export function fillPoint(out: Float64Array, d: PointDistribution): void {
  out.fill(d.value);
}
