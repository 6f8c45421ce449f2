/**
 * The messages of distributions, draws and their summaries (src/uncertainty/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";
import { show } from "../errors/show.js";

export const messages = {
  /** `invalid uniform: 5 (expected a range {low, high})` */
  notRange: (d: { name: string; value: unknown }) => invalid(d, "a range {low, high}"),
  /** `invalid xs: "1,2" (expected a Float64Array or an array of numbers)` */
  notSamples: (d: { name: string; value: unknown }) => invalid(d, "a Float64Array or an array of numbers"),
  /** `invalid draws: {} (expected one or more draws)` */
  noDraws: (d: { name: string; value: unknown }) => invalid(d, "one or more draws"),
  /** `invalid distributions: [] (expected an object of distributions by input name)` */
  notDistributions: (d: { name: string; value: unknown }) => invalid(d, "an object of distributions by input name"),
  /** `invalid distributions.price: {"kind":"normal"} (expected a distribution of kind "uniform", "triangular", "lognormal" or "point")` */
  distributionKind: (d: { name: string; value: unknown }) =>
    `invalid ${d.name}: ${show(d.value)} (expected a distribution of kind "uniform", "triangular", "lognormal" or "point")`,
  /** `invalid triangular: low 1, mode 5, high 4 (expected low ≤ mode ≤ high and low < high)` */
  triangularOrder: (d: { name: string; low: number; mode: number; high: number }) =>
    `invalid ${d.name}: low ${d.low}, mode ${d.mode}, high ${d.high} (expected low ≤ mode ≤ high and low < high)`,
  /** `invalid lognormal90: p05 0, p95 2 (expected 0 < p05 < p95)` */
  lognormalBounds: (d: { name: string; p05: number; p95: number }) =>
    `invalid ${d.name}: p05 ${d.p05}, p95 ${d.p95} (expected 0 < p05 < p95)`,
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages> = failer(messages, valueMessages);
