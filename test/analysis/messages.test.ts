import { messages } from "../../src/analysis/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of analysis/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("analysis/messages", messages, {
  notUsdCost: [
    [
      { name: "costUsd", value: -1 },
      "invalid costUsd: -1 (expected a positive number of US dollars, or a range { low, high } of them)",
    ],
  ],
  notUsd: [
    [
      { name: "estimate.currency", value: "JPY" },
      'invalid estimate.currency: "JPY" (expected USD: training-run costs are compared in US dollars)',
    ],
  ],
  notUsdRate: [
    [
      { name: "ratePerGpuHour", value: 0 },
      "invalid ratePerGpuHour: 0 (expected a positive number of US dollars per GPU-hour, or a range { low, high } of them)",
    ],
  ],
  notReportedRun: [
    [{ name: "of", value: "gpt-4" }, 'invalid of: "gpt-4" (expected the id of a run with a reported cost in costs)'],
  ],

  noRentalPrices: [
    [
      { hardware: ["H800"], year: 2030 },
      "no rental prices per GPU-hour for H800 in 2030 in data/hardware-prices.csv (expected at least one to derive a range from)",
    ],
  ],
});
