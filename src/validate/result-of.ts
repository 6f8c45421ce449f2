import { fail } from "../errors/messages.js";
import { isList } from "./is-list.js";

/**
 * The door of a function that takes what another public function returned (an estimate, a
 * sensitivity, the rows of costShares()): an object with at least `fields`, or the error naming
 * the argument, the value and the function that makes one, instead of a TypeError from inside:
 * `resultOf(null, ["purchase"], "e", "estimate()")` fails with
 * `invalid e: null (expected the result of estimate())`. A field may hold null (a run with no
 * GPU-hours), not be missing. The check is by shape, so a result read back from JSON passes.
 */
export function resultOf<T>(value: T, fields: readonly string[], name: string, maker: string): T {
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    fields.some((f) => (value as Record<string, unknown>)[f] === undefined)
  )
    fail("notResultOf", { name, value, maker });
  return value;
}

/** A list of results (`rows`, each from `maker`), each with `fields`: `invalid shares[2]: 5 (expected the result of costShares())`. */
export function resultsOf<T>(list: readonly T[], fields: readonly string[], name: string, maker: string): readonly T[] {
  if (!isList(list)) fail("notResultOf", { name, value: list, maker });
  list.forEach((item, i) => resultOf(item, fields, `${name}[${i}]`, maker));
  return list;
}
