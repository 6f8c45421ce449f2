import { messages } from "../../src/assumptions/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of assumptions/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("assumptions/messages", messages, {
  distributionRule: [
    [
      {
        name: "distributions.gpuHours",
        value: { kind: "uniform", low: -1, high: 5 },
        assumption: "gpuHours",
        rule: { min: 0, minExclusive: true },
        end: "low",
        at: -1,
      },
      'invalid distributions.gpuHours: {"kind":"uniform","low":-1,"high":5} (expected draws that gpuHours allows, each a positive number: its low, -1, is not)',
    ],
    [
      {
        name: "distributions.interconnectFraction",
        value: { kind: "lognormal", p05: 0.1, p95: 0.3 },
        assumption: "interconnectFraction",
        rule: { min: 0, max: 1, maxExclusive: true },
        end: "tail",
      },
      'invalid distributions.interconnectFraction: {"kind":"lognormal","p05":0.1,"p95":0.3} (expected draws that interconnectFraction allows, each a fraction in [0, 1): a log-normal has no upper end)',
    ],
  ],
  distributionImplausible: [
    [
      {
        name: "distributions.gpuHours",
        value: { kind: "point", value: 1e11 },
        end: "value",
        at: 1e11,
        side: "most",
        limit: 1e10,
        unit: "GPU-hours",
        why: "over 300 times Llama 3.1 405B's",
      },
      'invalid distributions.gpuHours: {"kind":"point","value":100000000000} (expected draws that are each at most 10,000,000,000 GPU-hours: over 300 times Llama 3.1 405B\'s; its value, 100000000000, is beyond)',
    ],
  ],

  unknownAssumption: [
    [
      { name: "gpuCont", suggestion: "gpuCount", known: ["gpu", "gpuCount"] },
      'unknown assumption "gpuCont" (did you mean "gpuCount"? known: gpu, gpuCount)',
    ],
    [
      { name: "colour", suggestion: undefined, known: ["gpu", "gpuCount"] },
      'unknown assumption "colour" (known: gpu, gpuCount)',
    ],
  ],
  currencyNotConvertible: [
    [
      {
        name: "currency",
        value: "EUR",
        from: "JPY",
        set: "article",
        on: "2025-02-11",
        into: ["USD", "JPY", "CNY"],
        sets: ["market"],
      },
      'invalid currency: "EUR" (expected a currency the article rate set converts JPY into on 2025-02-11: USD, JPY, CNY; rates=market has EUR)',
    ],
    [
      { name: "currency", value: "GBX", from: "JPY", set: "article", on: "2025-02-11", into: ["USD"], sets: [] },
      'invalid currency: "GBX" (expected a currency the article rate set converts JPY into on 2025-02-11: USD; no rate set in data/fx-rates.csv has GBX)',
    ],
  ],
  priceNotConvertible: [
    [
      {
        name: "gpuPrice.currency",
        value: "EUR",
        to: "USD",
        set: "article",
        on: "2025-02-11",
        into: ["USD", "JPY", "CNY"],
        sets: ["market", "x"],
      },
      'invalid gpuPrice.currency: "EUR" (expected a currency the article rate set converts into USD on 2025-02-11: USD, JPY, CNY; rates=market or rates=x have EUR)',
    ],
  ],
  implausibleDate: [
    [
      {
        name: "trainingStart",
        value: "1990-01-01",
        side: "earliest",
        day: "2000-01-01",
        why: "before 2000 no GPU had been sold",
      },
      'invalid trainingStart: "1990-01-01" (expected a day from 2000-01-01 on: before 2000 no GPU had been sold)',
    ],
    [
      { name: "purchaseDate", value: "2200-01-01", side: "latest", day: "2099-12-31", why: "a reason" },
      'invalid purchaseDate: "2200-01-01" (expected a day up to 2099-12-31: a reason)',
    ],
  ],
  notOverrides: [
    [
      { name: "overrides", value: 5 },
      "invalid overrides: 5 (expected an object of assumptions, e.g. { gpuCount: 2048 })",
    ],
  ],
  noClaim: [
    [
      { view: "reported" },
      "no reported view: the case claims no figure (expected a case with a claim, or the views other than reported)",
    ],
  ],
  notAssumptions: [
    [{ name: "assumptions", value: {} }, "invalid assumptions: {} (expected the result of assumptions())"],
  ],
  noTdp: [
    [
      { gpu: "H800" },
      "invalid tdpWatts: undefined (expected watts: data/gpus.csv has no TDP for H800, so give tdpWatts)",
    ],
  ],
  badParameters: [
    [
      { path: "p.json", what: "parameters file", expected: "a JSON object of assumptions", reason: "it is an array" },
      "invalid parameters file: p.json (expected a JSON object of assumptions: it is an array)",
    ],
  ],
});
