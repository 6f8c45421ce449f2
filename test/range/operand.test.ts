import assert from "node:assert/strict";
import { rangeOperand } from "../../src/range/operand.js";
import { range } from "../../src/range/range.js";
import { throwsText } from "../throws-text.js";

/** Asserts that `fn` throws a GpuCostError with exactly `message`. */

describe("range/operand", () => {
  it("rangeOperand(number, ...) reads a plain number as the point range [x, x]", () => {
    assert.deepEqual(rangeOperand(4_000_000, "multiplyRanges", "b", "nonNegative"), {
      low: 4_000_000,
      high: 4_000_000,
    });
  });

  it("rangeOperand(range, ...) passes a checked range through with its bounds", () => {
    assert.deepEqual(rangeOperand(range(2000, 3000), "addRanges", "a", "any"), { low: 2000, high: 3000 });
    assert.deepEqual(rangeOperand({ low: -5, high: -1 }, "addRanges", "a", "any"), { low: -5, high: -1 });
  });

  it("rangeOperand refuses what is neither a finite number nor a range, naming the operation and operand", () => {
    throwsText(
      () => rangeOperand("3", "addRanges", "b", "any"),
      'invalid addRanges operand b: "3" (expected a finite number or a range {low, high} with finite bounds)',
    );
    throwsText(
      () => rangeOperand(Number.NaN, "addRanges", "a", "any"),
      "invalid addRanges operand a: NaN (expected a finite number or a range {low, high} with finite bounds)",
    );
    throwsText(
      () => rangeOperand({ low: 1, high: Infinity }, "multiplyRanges", "a", "nonNegative"),
      'invalid multiplyRanges operand a: {"low":1,"high":"Infinity"} (expected a finite number or a range {low, high} with finite bounds)',
    );
  });

  it("rangeOperand checks the order of a range written as a literal", () => {
    throwsText(
      () => rangeOperand({ low: 5, high: 4 }, "addRanges", "a", "any"),
      "invalid addRanges operand a: low 5 > high 4 (expected low ≤ high)",
    );
  });

  it("rangeOperand(..., 'nonNegative') refuses a negative bound", () => {
    throwsText(
      () => rangeOperand({ low: -1, high: 2 }, "multiplyRanges", "a", "nonNegative"),
      'invalid multiplyRanges operand a: {"low":-1,"high":2} (expected a number or range ≥ 0: multiplyRanges works on non-negative quantities)',
    );
    assert.deepEqual(rangeOperand(0, "multiplyRanges", "b", "nonNegative"), { low: 0, high: 0 });
  });

  it("rangeOperand(..., 'positive') refuses a divisor that reaches 0 or below", () => {
    throwsText(
      () => rangeOperand({ low: 0, high: 2 }, "divideRanges", "b", "positive"),
      'invalid divideRanges operand b: {"low":0,"high":2} (expected a number or range > 0: a divisor must stay above 0)',
    );
    throwsText(
      () => rangeOperand(-2, "divideRanges", "b", "positive"),
      "invalid divideRanges operand b: -2 (expected a number or range > 0: a divisor must stay above 0)",
    );
  });
});
