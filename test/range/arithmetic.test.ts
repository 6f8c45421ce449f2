import assert from "node:assert/strict";
import fc from "fast-check";
import { addRanges, divideRanges, multiplyRanges, scaleRange } from "../../src/range/arithmetic.js";
import { range, type Range } from "../../src/range/range.js";
import { throwsText } from "../throws-text.js";

/*
 * Property-test inputs: three doubles sorted, so that low ≤ x ≤ high with x a member of the
 * range (ends included). Magnitudes stay below 1e150 so products stay finite.
 */
const nonNegative = fc.double({ min: 0, max: 1e150, noNaN: true });
const positive = fc.double({ min: 1e-150, max: 1e150, noNaN: true });
const anySign = fc.double({ min: -1e300, max: 1e300, noNaN: true });
const withMember = (bound: fc.Arbitrary<number>) =>
  fc.tuple(bound, bound, bound).map((xs) => {
    const [low, x, high] = xs.sort((a, b) => a - b);
    return { r: range(low, high), x };
  });

function assertContains(r: Range, y: number): void {
  assert.ok(r.low <= r.high, `low ${r.low} > high ${r.high}`);
  assert.ok(r.low <= y && y <= r.high, `${y} outside [${r.low}, ${r.high}]`);
}

describe("range/arithmetic", () => {
  it("multiplyRanges(range(2000, 3000), 4_000_000) multiplies matching bounds and takes a number as a point", () => {
    // 2000 × ¥4,000,000 = ¥8,000,000,000; 3000 × ¥4,000,000 = ¥12,000,000,000
    assert.deepEqual(multiplyRanges(range(2000, 3000), 4_000_000), { low: 2000 * 4_000_000, high: 3000 * 4_000_000 });
  });

  it("addRanges(a, b) adds low to low and high to high, for any sign", () => {
    // [2000 + 500, 3000 + 500]; [−5 + 1, −1 + 2]
    assert.deepEqual(addRanges(range(2000, 3000), 500), { low: 2500, high: 3500 });
    assert.deepEqual(addRanges(range(-5, -1), range(1, 2)), { low: -4, high: 1 });
  });

  it("divideRanges(a, b) = [a.low ÷ b.high, a.high ÷ b.low]", () => {
    // [8e9 ÷ 4000, 1.2e10 ÷ 2000] = [2e6, 6e6]
    assert.deepEqual(divideRanges(range(8e9, 1.2e10), range(2000, 4000)), { low: 8e9 / 4000, high: 1.2e10 / 2000 });
  });

  it("scaleRange(r, k) multiplies both bounds by k ≥ 0, keeping their order for any sign of r", () => {
    // [2000 × 1.5, 3000 × 1.5]; [−4 × 0.5, 2 × 0.5]
    assert.deepEqual(scaleRange(range(2000, 3000), 1.5), { low: 3000, high: 4500 });
    assert.deepEqual(scaleRange(range(-4, 2), 0.5), { low: -2, high: 1 });
    assert.deepEqual(scaleRange(range(-4, 2), 0), { low: -0, high: 0 });
  });

  it("results are frozen Ranges", () => {
    assert.ok(Object.isFrozen(multiplyRanges(2, 3)));
  });

  it("each operation contains op(x, y) for every x ∈ a, y ∈ b, with low ≤ high (inclusion property)", () => {
    fc.assert(
      fc.property(withMember(anySign), withMember(anySign), ({ r: a, x }, { r: b, x: y }) => {
        assertContains(addRanges(a, b), x + y);
      }),
    );
    fc.assert(
      fc.property(withMember(nonNegative), withMember(nonNegative), ({ r: a, x }, { r: b, x: y }) => {
        assertContains(multiplyRanges(a, b), x * y);
      }),
    );
    fc.assert(
      fc.property(withMember(nonNegative), withMember(positive), ({ r: a, x }, { r: b, x: y }) => {
        assertContains(divideRanges(a, b), x / y);
      }),
    );
    fc.assert(
      fc.property(withMember(anySign), fc.double({ min: 0, max: 1e6, noNaN: true }), ({ r, x }, k) => {
        assertContains(scaleRange(r, k), x * k);
      }),
    );
  });

  it("scaleRange(r, 1) is the identity", () => {
    fc.assert(
      fc.property(withMember(anySign), ({ r }) => {
        assert.deepEqual(scaleRange(r, 1), { low: r.low, high: r.high });
      }),
    );
  });

  it("an operand that breaks the operation's sign rule is an error naming it", () => {
    throwsText(
      () => multiplyRanges(range(2000, 3000), -4),
      "invalid multiplyRanges operand b: -4 (expected a number or range ≥ 0: multiplyRanges works on non-negative quantities)",
    );
    throwsText(
      () => divideRanges(range(-1, 1), 2),
      'invalid divideRanges operand a: {"low":-1,"high":1} (expected a number or range ≥ 0: divideRanges works on non-negative quantities)',
    );
    throwsText(
      () => divideRanges(1, range(0, 2)),
      'invalid divideRanges operand b: {"low":0,"high":2} (expected a number or range > 0: a divisor must stay above 0)',
    );
  });

  it("scaleRange refuses a negative or non-finite factor rather than reorder the bounds", () => {
    throwsText(() => scaleRange(range(1, 2), -2), "invalid scaleRange factor k: -2 (expected a number ≥ 0)");
    throwsText(() => scaleRange(range(1, 2), Number.NaN), "invalid scaleRange factor k: NaN (expected a number ≥ 0)");
  });

  it("a result that overflows to Infinity is an error naming the result, not an infinite range", () => {
    throwsText(
      () => multiplyRanges(range(1, 1e200), 1e200),
      "invalid multiplyRanges result.high: Infinity (expected a finite number)",
    );
  });
});
