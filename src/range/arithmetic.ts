import { fail } from "./messages.js";
import { rangeOperand, type RangeLike } from "./operand.js";
import { range, type Range } from "./range.js";

/*
 * Interval arithmetic for quantities that are ≥ 0 (counts, prices, hours). On such ranges
 * +, × and ÷ are monotone in each operand, so each bound of a result comes from matching
 * bounds of the operands, and the result holds op(x, y) for every x in a and y in b. Rounding
 * keeps that: IEEE round-to-nearest is monotone too, so fl(x·y) ≤ fl(a.high·b.high).
 *
 * Each exported function checks its operands at the door (rangeOperand) and builds its result
 * through range(), which turns an overflow to ±Infinity into an error naming the result.
 */

/**
 * `a + b` = `[a.low + b.low, a.high + b.high]`. Either may be a plain number (a point).
 * Any sign is accepted: addition is monotone whatever the sign.
 *
 * addRanges(range(2000, 3000), 500) → [2500, 3500]
 */
export function addRanges(a: RangeLike, b: RangeLike): Range {
  const x = rangeOperand(a, "addRanges", "a", "any");
  const y = rangeOperand(b, "addRanges", "b", "any");
  return range(x.low + y.low, x.high + y.high, "addRanges result");
}

/**
 * `a × b` = `[a.low × b.low, a.high × b.high]` for operands ≥ 0 (a negative bound is an error
 * naming the operand). Either may be a plain number.
 *
 * multiplyRanges(range(2000, 3000), 4_000_000) → [8e9, 1.2e10]
 * (2,000–3,000 GPUs at JPY 4,000,000 each: JPY 8bn–12bn)
 */
export function multiplyRanges(a: RangeLike, b: RangeLike): Range {
  const x = rangeOperand(a, "multiplyRanges", "a", "nonNegative");
  const y = rangeOperand(b, "multiplyRanges", "b", "nonNegative");
  return range(x.low * y.low, x.high * y.high, "multiplyRanges result");
}

/**
 * `a ÷ b` = `[a.low ÷ b.high, a.high ÷ b.low]`: the smallest quotient divides the smallest
 * numerator by the largest divisor. `a` must be ≥ 0 and `b` > 0 (a divisor range that reaches
 * 0 is an error, not Infinity). Either may be a plain number.
 *
 * divideRanges(range(8e9, 1.2e10), range(2000, 3000)) → [8e9 / 3000, 1.2e10 / 2000] = [2.67e6, 6e6]
 */
export function divideRanges(a: RangeLike, b: RangeLike): Range {
  const x = rangeOperand(a, "divideRanges", "a", "nonNegative");
  const y = rangeOperand(b, "divideRanges", "b", "positive");
  return range(x.low / y.high, x.high / y.low, "divideRanges result");
}

/**
 * `r × k` for a factor `k ≥ 0` (a finite number): `[r.low × k, r.high × k]`. A negative factor
 * would swap the bounds, so it is refused rather than silently reordered. `r` may have any sign.
 *
 * scaleRange(range(2000, 3000), 1.1) → [2200, 3300]
 */
export function scaleRange(r: RangeLike, k: number): Range {
  const x = rangeOperand(r, "scaleRange", "r", "any");
  if (typeof k !== "number" || !Number.isFinite(k) || k < 0) {
    fail("notInRange", { name: "scaleRange factor k", value: k, min: 0 });
  }
  return range(x.low * k, x.high * k, "scaleRange result");
}
