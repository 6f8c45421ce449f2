/**
 * The messages of showing specs and tables in a tslab kernel (src/display/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { messages as dataMessages } from "../data/messages.js";
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";

export const messages = {
  /** `invalid spec: "bar" (expected a Vega-Lite spec object, from a chart builder)` */
  notSpec: (d: { name: string; value: unknown }) => invalid(d, "a Vega-Lite spec object, from a chart builder"),
  /** `cannot show(): no tslab kernel is running (expected a call from a notebook cell; outside one, save the spec with JSON.stringify)` */
  noKernel: (d: { what: string }) =>
    `cannot ${d.what}(): no tslab kernel is running (expected a call from a notebook cell; outside one, save the spec with JSON.stringify)`,
  /** `invalid table[1]: 3 (expected a row: an object of column values, as the row builders return)`: an item of a list of rows */
  notRow: (d: { name: string; value: unknown }) =>
    invalid(d, "a row: an object of column values, as the row builders return"),
  /** `invalid lines: 3 (expected text, or a list of lines of text)` */
  notLines: (d: { name: string; value: unknown }) => invalid(d, "text, or a list of lines of text"),
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages & typeof dataMessages> = failer(
  messages,
  valueMessages,
  dataMessages,
);
