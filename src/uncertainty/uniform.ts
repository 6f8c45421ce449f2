import { fail } from "./messages.js";
import { type Range } from "../range/range.js";
import { type BitSource, UNIT_32 } from "./stream.js";

/** Every value in `[low, high]` equally likely. `low === high` is allowed: a point. */
export interface UniformDistribution {
  readonly kind: "uniform";
  readonly low: number;
  readonly high: number;
}

/**
 * The uniform distribution over a range: `uniform(range(2000, 3000))` for "somewhere between
 * 2,000 and 3,000 GPUs, no value more likely than another". Its mean is `(low + high) / 2`.
 *
 * @category Uncertainty
 */
export function uniform(r: Range): UniformDistribution {
  if (typeof r !== "object" || r === null) fail("notRange", { name: "uniform", value: r });
  const d = { kind: "uniform" as const, low: r.low, high: r.high };
  checkUniform(d, "uniform");
  return Object.freeze(d);
}

/** Finite bounds with `low ≤ high`, or the catalogued error naming `name`. */
export function checkUniform(d: UniformDistribution, name: string): void {
  if (typeof d.low !== "number" || !Number.isFinite(d.low)) fail("notFinite", { name: `${name}.low`, value: d.low });
  if (typeof d.high !== "number" || !Number.isFinite(d.high))
    fail("notFinite", { name: `${name}.high`, value: d.high });
  if (d.low > d.high) fail("rangeOrder", { name, low: d.low, high: d.high });
}

/** Fills `out` with `low + (high − low) · u`, one uniform draw `u` in [0, 1) each. */
export function fillUniform(out: Float64Array, d: UniformDistribution, source: BitSource): void {
  const { low } = d;
  const width = d.high - d.low;
  for (let i = 0; i < out.length; i++) out[i] = low + width * ((source.next() >>> 0) * UNIT_32);
}
