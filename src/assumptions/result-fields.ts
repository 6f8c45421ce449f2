import type { Assumptions } from "./assumptions.js";
import type { Estimate } from "./estimate.js";

/**
 * Fields that mark what `assumptions()` and `estimate()` return, for the functions that take one
 * (`choiceRows(a)`, `comparisonRows(e)`) to check at the door with `resultOf` (src/validate/):
 * `comparisonRows(null)` fails with `invalid e: null (expected the result of estimate())` rather
 * than a TypeError inside.
 */
export const ASSUMPTION_FIELDS = [
  "gpu",
  "gpuCount",
  "gpuPrice",
  "currency",
  "rates",
] as const satisfies readonly (keyof Assumptions)[];

/** See {@link ASSUMPTION_FIELDS}. */
export const ESTIMATE_FIELDS = [
  "currency",
  "purchase",
  "rental",
  "amortized",
  "alternatives",
  "programme",
  "breakEven",
] as const satisfies readonly (keyof Estimate)[];
