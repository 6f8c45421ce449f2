import { fail } from "./messages.js";
import { type Range } from "./range.js";

/** What range arithmetic accepts: a {@link Range}, or a plain number as the point range `[x, x]`. */
export type RangeLike = Range | number;

/**
 * What sign an operation needs of an operand: `"any"` (addition, hulls), `"nonNegative"`
 * (products of counts, prices and hours, where bounds come from matching bounds) or
 * `"positive"` (a divisor, which must not reach 0).
 */
export type OperandSign = "any" | "nonNegative" | "positive";

/**
 * The door of every range operation: `value` as a checked `{low, high}`, or the catalogued error
 * naming the operation and the operand.
 *
 * rangeOperand(4_000_000, "multiplyRanges", "b", "nonNegative") → { low: 4e6, high: 4e6 }
 * rangeOperand({ low: 0, high: 2 }, "divideRanges", "b", "positive") → throws
 *   `invalid divideRanges operand b: {"low":0,"high":2} (expected a number or range > 0: a divisor must stay above 0)`
 *
 * Ranges written as literals are checked too (finite bounds, `low ≤ high`), since only
 * {@link range} guarantees them.
 */
export function rangeOperand(value: unknown, op: string, operand: string, sign: OperandSign): Range {
  const r = readOperand(value);
  if (r === undefined) fail("rangeOperand", { op, operand, value });
  if (r.low > r.high) fail("rangeOrder", { name: `${op} operand ${operand}`, low: r.low, high: r.high });
  if (sign === "positive" && r.low <= 0) fail("rangeDivisorZero", { op, operand, value });
  if (sign === "nonNegative" && r.low < 0) fail("rangeNegative", { op, operand, value });
  return r;
}

/** The finite bounds of a number or `{low, high}` object, unchecked for order; `undefined` otherwise. */
function readOperand(value: unknown): Range | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? { low: value, high: value } : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  const { low, high } = value as { low?: unknown; high?: unknown };
  if (typeof low !== "number" || typeof high !== "number") return undefined;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return undefined;
  return { low, high };
}
