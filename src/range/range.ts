import { fail } from "./messages.js";

/**
 * A closed interval of a quantity, `low ≤ high`. A point is a range with `low === high`.
 * Arithmetic here is for positive quantities (counts, prices, hours), where the bounds of
 * a product or quotient come from the matching bounds.
 *
 * @category Money and FX
 */
export interface Range {
  readonly low: number;
  readonly high: number;
}

/**
 * `range(2000, 3000)`, or `range(5)` for the point 5. Checks that both bounds are finite
 * and `low ≤ high`; `name` is the field the error names.
 *
 * @category Money and FX
 */
export function range(low: number, high: number = low, name = "range"): Range {
  if (typeof name !== "string") fail("notString", { name: "name", value: name });
  if (typeof low !== "number" || !Number.isFinite(low)) fail("notFinite", { name: `${name}.low`, value: low });
  if (typeof high !== "number" || !Number.isFinite(high)) fail("notFinite", { name: `${name}.high`, value: high });
  if (low > high) fail("rangeOrder", { name, low, high });
  return Object.freeze({ low, high });
}

export function isRange(value: unknown): value is Range {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Range).low === "number" &&
    typeof (value as Range).high === "number"
  );
}
