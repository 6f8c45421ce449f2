import { messages } from "../../src/fx/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of fx/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("fx/messages", messages, {
  noFxRate: [
    [
      {
        base: "JPY",
        quote: "USD",
        on: "2025-02-11",
        set: "market",
        nearest: { date: "2025-01-31", when: "earlier" },
        windowDays: 7,
      },
      "no FX rate for JPY→USD on 2025-02-11 in the market set (nearest earlier: 2025-01-31, beyond the 7-day window)",
    ],
    [
      {
        base: "JPY",
        quote: "USD",
        on: "2025-02-11",
        set: "market",
        nearest: { date: "2025-03-01", when: "later" },
        windowDays: 7,
      },
      "no FX rate for JPY→USD on 2025-02-11 in the market set (nearest: 2025-03-01, after the date)",
    ],
    [
      { base: "EUR", quote: "CNY", on: "2025-02-11", set: "article", nearest: undefined, windowDays: 7 },
      "no FX rate for EUR→CNY on 2025-02-11 in the article set (the set has no EUR/CNY rate, direct, inverse or through USD)",
    ],
  ],
  notFxTable: [
    [
      { name: "table", value: null },
      "invalid table: null (expected FX rate rows, { set, date, base, quote, rate } each, as data/fx-rates.csv holds them)",
    ],
  ],
  noConvertOptions: [
    [
      { value: undefined },
      'invalid convert options: undefined (expected { on, rates }: on, the day of the rate, as "2025-02-11" or a Date; rates, a set of data/fx-rates.csv, "market" by default)',
    ],
  ],
});
