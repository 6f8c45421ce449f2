/**
 * The messages of ranges and their arithmetic (src/range/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";
import { show } from "../errors/show.js";

export const messages = {
  /** `invalid addRanges operand b: "3" (expected a finite number or a range {low, high} with finite bounds)` */
  rangeOperand: (d: { op: string; operand: string; value: unknown }) =>
    `invalid ${d.op} operand ${d.operand}: ${show(d.value)} (expected a finite number or a range {low, high} with finite bounds)`,
  /** `invalid multiplyRanges operand a: {"low":-1,"high":2} (expected a number or range ≥ 0: multiplyRanges works on non-negative quantities)` */
  rangeNegative: (d: { op: string; operand: string; value: unknown }) =>
    `invalid ${d.op} operand ${d.operand}: ${show(d.value)} (expected a number or range ≥ 0: ${d.op} works on non-negative quantities)`,
  /** `invalid divideRanges operand b: {"low":0,"high":2} (expected a number or range > 0: a divisor must stay above 0)` */
  rangeDivisorZero: (d: { op: string; operand: string; value: unknown }) =>
    `invalid ${d.op} operand ${d.operand}: ${show(d.value)} (expected a number or range > 0: a divisor must stay above 0)`,
  /** `invalid rangeHull ranges: none given (expected at least one range or number)` */
  rangeHullEmpty: (d: { op: string }) => `invalid ${d.op} ranges: none given (expected at least one range or number)`,
  /** `invalid inputs: 17 (expected at most 16 varying inputs)`: rangeOf evaluates 2^k corners */
  tooManyInputs: (d: { name: string; value: number; max: number }) => invalid(d, `at most ${d.max} varying inputs`),
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages> = failer(messages, valueMessages);
