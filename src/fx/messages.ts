/**
 * The messages of FX rates and conversion (src/fx/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";
import { messages as moneyMessages } from "../money/messages.js";

export const messages = {
  /**
   * `no FX rate for JPY→USD on 2025-02-11 in the market set (nearest earlier: 2025-01-31, beyond the 7-day window)`
   * `nearest` is what the search found: an earlier date beyond the window, a later date, or nothing.
   */
  noFxRate: (d: {
    base: string;
    quote: string;
    on: string;
    set: string;
    nearest: { date: string; when: "earlier" | "later" } | undefined;
    windowDays: number;
  }) =>
    `no FX rate for ${d.base}→${d.quote} on ${d.on} in the ${d.set} set (` +
    (d.nearest === undefined
      ? `the set has no ${d.base}/${d.quote} rate, direct, inverse or through USD`
      : d.nearest.when === "earlier"
        ? `nearest earlier: ${d.nearest.date}, beyond the ${d.windowDays}-day window`
        : `nearest: ${d.nearest.date}, after the date`) +
    ")",
  /** `invalid table: null (expected FX rate rows, { set, date, base, quote, rate } each, as data/fx-rates.csv holds them)` */
  notFxTable: (d: { name: string; value: unknown }) =>
    invalid(d, "FX rate rows, { set, date, base, quote, rate } each, as data/fx-rates.csv holds them"),
  /** `invalid convert options: undefined (expected { on, rates }: on, …)` */
  noConvertOptions: (d: { value: unknown }) =>
    invalid(
      { name: "convert options", value: d.value },
      '{ on, rates }: on, the day of the rate, as "2025-02-11" or a Date; rates, a set of data/fx-rates.csv, "market" by default',
    ),
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages & typeof moneyMessages> = failer(
  messages,
  valueMessages,
  moneyMessages,
);
