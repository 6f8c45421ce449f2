/**
 * The messages of what is computed from an estimate (src/analysis/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { messages as assumptionMessages } from "../assumptions/messages.js";
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";
import { messages as uncertaintyMessages } from "../uncertainty/messages.js";

export const messages = {
  /** `invalid estimate.currency: "JPY" (expected USD: training-run costs are compared in US dollars)` */
  notUsd: (d: { name: string; value: unknown }) => invalid(d, "USD: training-run costs are compared in US dollars"),
  /** `invalid ratePerGpuHour: 0 (expected a positive number of US dollars per GPU-hour, or a range { low, high } of them)` */
  notUsdRate: (d: { name: string; value: unknown }) =>
    invalid(d, "a positive number of US dollars per GPU-hour, or a range { low, high } of them"),
  /** `invalid costUsd: -1 (expected a positive number of US dollars, or a range { low, high } of them)` */
  notUsdCost: (d: { name: string; value: unknown }) =>
    invalid(d, "a positive number of US dollars, or a range { low, high } of them"),
  /** `invalid of: "gpt-4" (expected the id of a run with a reported cost in costs)` */
  notReportedRun: (d: { name: string; value: unknown }) => invalid(d, "the id of a run with a reported cost in costs"),
  /** `no rental prices per GPU-hour for H800 in 2030 in data/hardware-prices.csv (expected at least one to derive a range from)` */
  noRentalPrices: (d: { hardware: readonly string[]; year: number }) =>
    `no rental prices per GPU-hour for ${d.hardware.join(", ")} in ${d.year} in data/hardware-prices.csv (expected at least one to derive a range from)`,
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<
  typeof messages & typeof valueMessages & typeof uncertaintyMessages & typeof assumptionMessages
> = failer(messages, valueMessages, uncertaintyMessages, assumptionMessages);
