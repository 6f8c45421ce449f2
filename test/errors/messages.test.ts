import { messages } from "../../src/errors/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of errors/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("errors/messages", messages, {
  notFinite: [
    [{ name: "xs[2]", value: Number.NaN }, "invalid xs[2]: NaN (expected a finite number)"],
    [
      { name: "cost", value: Infinity, at: { n: 2000, p: 0 } },
      "invalid cost: Infinity (expected a finite number (at n = 2000, p = 0))",
    ],
  ],
  notPositive: [
    [{ name: "years", value: 0, unit: "years" }, "invalid years: 0 (expected a positive number of years)"],
    [{ name: "--timeout", value: "-5" }, 'invalid --timeout: "-5" (expected a positive number)'],
    [
      { name: "--timeout", value: "3000000", unit: "seconds", max: 86400 },
      'invalid --timeout: "3000000" (expected a positive number of seconds, at most 86400)',
    ],
  ],
  notPositiveWhole: [
    [{ name: "gpuCount", value: -3 }, "invalid gpuCount: -3 (expected a positive whole number)"],
    [{ name: "width", value: 0.5, unit: "pixels" }, "invalid width: 0.5 (expected a positive whole number of pixels)"],
  ],
  notInRange: [
    [{ name: "p", value: 2, min: 0, max: 1 }, "invalid p: 2 (expected a number from 0 to 1)"],
    [
      { name: "seed", value: -1, min: 0, max: Number.MAX_SAFE_INTEGER, whole: true },
      "invalid seed: -1 (expected a whole number from 0 to 2^53 − 1)",
    ],
    [
      { name: "threshold", value: 0, min: 0, minExclusive: true, max: 1 },
      "invalid threshold: 0 (expected a fraction in (0, 1])",
    ],
    [
      { name: "interconnectFraction", value: 1, min: 0, max: 1, maxExclusive: true },
      "invalid interconnectFraction: 1 (expected a fraction in [0, 1))",
    ],
    [{ name: "ratio", value: 5, min: 1, max: 5, maxExclusive: true }, "invalid ratio: 5 (expected a number in [1, 5))"],
    [{ name: "price", value: 0, min: 0, minExclusive: true }, "invalid price: 0 (expected a positive number)"],
    [{ name: "k", value: -1, min: 0 }, "invalid k: -1 (expected a number ≥ 0)"],
    [{ name: "bins", value: 0, min: 1, whole: true }, "invalid bins: 0 (expected a whole number ≥ 1)"],
    [{ name: "pue", value: 1, min: 1, minExclusive: true }, "invalid pue: 1 (expected a number > 1)"],
    [{ name: "share", value: 2, max: 1 }, "invalid share: 2 (expected a number ≤ 1)"],
    [{ name: "share", value: 1, max: 1, maxExclusive: true }, "invalid share: 1 (expected a number < 1)"],
    [{ name: "x", value: Number.NaN }, "invalid x: NaN (expected a finite number)"],
  ],
  isZero: [[{ name: "divisor", value: 0 }, "invalid divisor: 0 (expected a non-zero number)"]],
  notOneOf: [
    [
      { name: "currency", value: "GBP", choices: ["USD", "JPY", "CNY", "EUR"] },
      'invalid currency: "GBP" (expected one of USD, JPY, CNY, EUR)',
    ],
  ],
  notListOf: [
    [
      { name: "views", value: ["bought"], choices: ["purchase", "rental"] },
      'invalid views: ["bought"] (expected a non-empty list of purchase, rental)',
    ],
  ],
  notPositiveList: [
    [{ name: "speedRatios", value: [0] }, "invalid speedRatios: [0] (expected a non-empty list of positive numbers)"],
  ],
  notString: [
    [{ name: "key", value: 7 }, "invalid key: 7 (expected a string)"],
    [
      { name: "stages[0].stage", value: "", nonEmpty: true },
      'invalid stages[0].stage: "" (expected a non-empty string)',
    ],
  ],
  notDate: [
    [{ name: "on", value: "10/02/2025" }, 'invalid on: "10/02/2025" (expected a date as YYYY-MM-DD or a valid Date)'],
  ],
  dateYear: [
    [
      { name: "purchaseDate", year: 10000 },
      "invalid purchaseDate: a Date in the year 10000 (expected a day from 0000-01-01 to 9999-12-31, as YYYY-MM-DD writes them)",
    ],
    [
      { name: "trainingStart", year: -3 },
      "invalid trainingStart: a Date in the year -3 (expected a day from 0000-01-01 to 9999-12-31, as YYYY-MM-DD writes them)",
    ],
  ],
  rangeOrder: [
    [{ name: "gpuCount", low: 3000, high: 2000 }, "invalid gpuCount: low 3000 > high 2000 (expected low ≤ high)"],
  ],
  unknownField: [
    [
      { name: "gpuPrice.unit", value: "JPY", known: ["low", "high", "currency"] },
      'invalid gpuPrice.unit: "JPY" (expected only the fields low, high, currency)',
    ],
    [{ name: "options.x", value: 1, known: [] }, "invalid options.x: 1 (expected no fields)"],
    [
      {
        name: "finalRun.unit",
        value: "JPY",
        known: ["low", "high", "currency"],
        describing: { what: "a cost view", fields: ["view", "label"] },
      },
      'invalid finalRun.unit: "JPY" (expected only the fields low, high, currency, or a cost view\'s view, label)',
    ],
  ],
  notPlainObject: [
    [{ name: "overrides", value: {}, kind: "a Map" }, "invalid overrides: {} (expected a plain object, not a Map)"],
  ],

  notResultOf: [
    [{ name: "e", value: null, maker: "estimate()" }, "invalid e: null (expected the result of estimate())"],
    [
      { name: "shares[2]", value: 5, maker: "costShares()" },
      "invalid shares[2]: 5 (expected the result of costShares())",
    ],
  ],
  unknownEntry: [
    [{ name: "gpu", value: "H900", known: ["H100", "H800"] }, 'unknown gpu: "H900" (expected one of H100, H800)'],
  ],
});
