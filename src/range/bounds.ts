import { fail } from "./messages.js";
import { rangeOperand, type RangeLike } from "./operand.js";
import { range, type Range } from "./range.js";

/*
 * Where values sit relative to ranges: membership, the middle, and the smallest range that
 * covers several. Bounds may have any sign here.
 */

/**
 * Whether `low ≤ x ≤ high` (both ends included: ranges are closed). `x` must be finite.
 *
 * rangeContains(range(2000, 3000), 3000) → true
 */
export function rangeContains(r: RangeLike, x: number): boolean {
  const b = rangeOperand(r, "rangeContains", "r", "any");
  if (typeof x !== "number" || !Number.isFinite(x)) {
    fail("notFinite", { name: "rangeContains value x", value: x });
  }
  return b.low <= x && x <= b.high;
}

/**
 * The middle of a range, `(low + high) / 2`, computed as `low / 2 + high / 2` so that two
 * bounds near ±1.8e308 cannot overflow. A plain number is its own midpoint.
 *
 * rangeMidpoint(range(4_000_000, 5_000_000)) → 4_500_000
 */
export function rangeMidpoint(r: RangeLike): number {
  const b = rangeOperand(r, "rangeMidpoint", "r", "any");
  if (b.low === b.high) return b.low;
  const mid = b.low / 2 + b.high / 2;
  // Halving can round a subnormal bound; keep the midpoint inside the range regardless.
  return Math.min(b.high, Math.max(b.low, mid));
}

/**
 * The smallest range holding every given range and number: `[min of lows, max of highs]`.
 * At least one operand is required (the hull of nothing has no bounds).
 *
 * rangeHull(range(2000, 3000), range(2500, 10_000), 1500) → [1500, 10_000]
 */
export function rangeHull(...rs: RangeLike[]): Range {
  if (rs.length === 0) fail("rangeHullEmpty", { op: "rangeHull" });
  let low = Infinity;
  let high = -Infinity;
  rs.forEach((r, i) => {
    const b = rangeOperand(r, "rangeHull", `#${i + 1}`, "any");
    if (b.low < low) low = b.low;
    if (b.high > high) high = b.high;
  });
  return range(low, high, "rangeHull result");
}
