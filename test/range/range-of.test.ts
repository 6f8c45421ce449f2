import assert from "node:assert/strict";
import { rangeOf } from "../../src/range/range-of.js";
import { range, type Range } from "../../src/range/range.js";
import { throwsText } from "../throws-text.js";

describe("range/range-of", () => {
  it("rangeOf(fn, inputs) takes the lowest and highest of fn over the corners of the input box", () => {
    // n × p over n ∈ [2000, 3000], p ∈ [4e6, 5e6]: 2000 × 4e6 = 8e9, 3000 × 5e6 = 1.5e10
    assert.deepEqual(
      rangeOf(({ n, p }) => n * p, { n: range(2000, 3000), p: range(4e6, 5e6) }),
      { low: 8e9, high: 1.5e10 },
    );
  });

  it("a non-finite value at a corner is an error naming the result and the corner", () => {
    throwsText(
      () => rangeOf(({ a, b }) => a / b, { a: range(1, 2), b: range(0, 1) }, "cost"),
      "invalid cost: Infinity (expected a finite number (at a = 1, b = 0))",
    );
  });

  it("refuses more than 16 varying inputs (2^16 corners)", () => {
    const inputs: Record<string, Range> = {};
    for (let i = 0; i < 17; i++) inputs[`x${i}`] = range(0, 1);
    throwsText(() => rangeOf(() => 1, inputs), "invalid inputs: 17 (expected at most 16 varying inputs)");
  });
});
