import assert from "node:assert/strict";
import fc from "fast-check";
import { rangeContains, rangeHull, rangeMidpoint } from "../../src/range/bounds.js";
import { range } from "../../src/range/range.js";
import { throwsText } from "../throws-text.js";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const aRange = fc.tuple(finite, finite).map(([a, b]) => range(Math.min(a, b), Math.max(a, b)));

describe("range/bounds", () => {
  it("rangeContains(r, x) includes both ends (ranges are closed)", () => {
    const gpus = range(2000, 3000);
    assert.equal(rangeContains(gpus, 2000), true);
    assert.equal(rangeContains(gpus, 3000), true);
    assert.equal(rangeContains(gpus, 2500), true);
    assert.equal(rangeContains(gpus, 1999.5), false);
    assert.equal(rangeContains(gpus, 3000.5), false);
    assert.equal(rangeContains(5, 5), true);
  });

  it("rangeContains refuses a non-finite value rather than answer false", () => {
    throwsText(
      () => rangeContains(range(1, 2), Number.NaN),
      "invalid rangeContains value x: NaN (expected a finite number)",
    );
  });

  it("rangeMidpoint(r) is (low + high) / 2, and lies inside r even at the ends of the doubles", () => {
    // (4,000,000 + 5,000,000) / 2 = 4,500,000
    assert.equal(rangeMidpoint(range(4_000_000, 5_000_000)), 4_500_000);
    // (MAX + MAX) would overflow; MAX/2 + MAX/2 = MAX
    assert.equal(rangeMidpoint(range(Number.MAX_VALUE, Number.MAX_VALUE)), Number.MAX_VALUE);
    assert.equal(rangeMidpoint(range(-Number.MAX_VALUE, Number.MAX_VALUE)), 0);
    fc.assert(
      fc.property(aRange, (r) => {
        const m = rangeMidpoint(r);
        assert.ok(r.low <= m && m <= r.high, `${m} outside [${r.low}, ${r.high}]`);
      }),
    );
  });

  it("rangeHull(...rs) spans the lowest low and the highest high, numbers included", () => {
    // lows 2000, 2500, 1500 → 1500; highs 3000, 10000, 1500 → 10000
    assert.deepEqual(rangeHull(range(2000, 3000), range(2500, 10_000), 1500), { low: 1500, high: 10_000 });
    assert.deepEqual(rangeHull(range(1, 2)), { low: 1, high: 2 });
    fc.assert(
      fc.property(fc.array(aRange, { minLength: 1, maxLength: 6 }), (rs) => {
        const hull = rangeHull(...rs);
        for (const r of rs) assert.ok(hull.low <= r.low && r.high <= hull.high);
      }),
    );
  });

  it("rangeHull() of nothing is an error, and each operand is checked by position", () => {
    throwsText(() => rangeHull(), "invalid rangeHull ranges: none given (expected at least one range or number)");
    throwsText(
      () => rangeHull(range(1, 2), { low: 3, high: 2 }),
      "invalid rangeHull operand #2: low 3 > high 2 (expected low ≤ high)",
    );
  });
});
