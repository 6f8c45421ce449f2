/**
 * The messages of trend fits (src/trend/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";

export const messages = {
  /** `invalid points: {} (expected a list of { date, value } points)` */
  notTrendPoints: (d: { name: string; value: unknown }) => invalid(d, "a list of { date, value } points"),
  /** `cannot fit a trend to 2 points on 2 dates (expected at least 3 points on at least 2 dates)` */
  trendTooFew: (d: { n: number; dates: number }) =>
    `cannot fit a trend to ${d.n} point${d.n === 1 ? "" : "s"} on ${d.dates} date${d.dates === 1 ? "" : "s"} (expected at least 3 points on at least 2 dates)`,
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages> = failer(messages, valueMessages);
