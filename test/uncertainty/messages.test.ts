import { messages } from "../../src/uncertainty/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of uncertainty/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("uncertainty/messages", messages, {
  notRange: [[{ name: "uniform", value: 5 }, "invalid uniform: 5 (expected a range {low, high})"]],
  notSamples: [[{ name: "xs", value: "1,2" }, 'invalid xs: "1,2" (expected a Float64Array or an array of numbers)']],
  noDraws: [[{ name: "draws", value: new Float64Array(0) }, "invalid draws: {} (expected one or more draws)"]],
  notDistributions: [
    [
      { name: "distributions", value: [] },
      "invalid distributions: [] (expected an object of distributions by input name)",
    ],
  ],
  distributionKind: [
    [
      { name: "distributions.price", value: { kind: "normal" } },
      'invalid distributions.price: {"kind":"normal"} (expected a distribution of kind "uniform", "triangular", "lognormal" or "point")',
    ],
  ],
  triangularOrder: [
    [
      { name: "triangular", low: 1, mode: 5, high: 4 },
      "invalid triangular: low 1, mode 5, high 4 (expected low ≤ mode ≤ high and low < high)",
    ],
  ],
  lognormalBounds: [
    [{ name: "lognormal90", p05: 0, p95: 2 }, "invalid lognormal90: p05 0, p95 2 (expected 0 < p05 < p95)"],
  ],
});
