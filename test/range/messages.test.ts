import { messages } from "../../src/range/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of range/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("range/messages", messages, {
  rangeOperand: [
    [
      { op: "addRanges", operand: "b", value: "3" },
      'invalid addRanges operand b: "3" (expected a finite number or a range {low, high} with finite bounds)',
    ],
  ],
  rangeNegative: [
    [
      { op: "multiplyRanges", operand: "a", value: { low: -1, high: 2 } },
      'invalid multiplyRanges operand a: {"low":-1,"high":2} (expected a number or range ≥ 0: multiplyRanges works on non-negative quantities)',
    ],
  ],
  rangeDivisorZero: [
    [
      { op: "divideRanges", operand: "b", value: { low: 0, high: 2 } },
      'invalid divideRanges operand b: {"low":0,"high":2} (expected a number or range > 0: a divisor must stay above 0)',
    ],
  ],
  rangeHullEmpty: [
    [{ op: "rangeHull" }, "invalid rangeHull ranges: none given (expected at least one range or number)"],
  ],
  tooManyInputs: [[{ name: "inputs", value: 17, max: 16 }, "invalid inputs: 17 (expected at most 16 varying inputs)"]],
});
