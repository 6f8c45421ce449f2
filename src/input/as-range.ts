import { fail } from "./messages.js";
import { isPlainObject, knownKeys } from "../validate/known-keys.js";
import type { TextProblem } from "./messages.js";
import { readAmountField } from "./read-field.js";
import type { QuantityUnit } from "../amount/amount.js";
import { range, type Range } from "../range/range.js";
import { obeys, type RangeRule } from "./rules.js";
import { checkLimits } from "./limits.js";

/**
 * A quantity as a user may write it: `2048`, `[2000, 3000]`, `{ low: 2000, high: 3000 }`, `"2000～3000块"`.
 *
 * @category Amounts
 */
export type QuantityInput =
  number | readonly [number, number] | { readonly low: number; readonly high: number } | string;

/**
 * A {@link Range} from what a user may write: a number (`2048`), a pair (`[2000, 3000]`), an
 * object (`{ low: 2000, high: 3000 }`) or, where `unit` is given, an amount as the article
 * writes it (`"2000～3000块"` for GPUs, `"278.8万小时"` for hours), checked against `rule` and
 * then its plausible limits. An object has the fields `low` and `high` and no other. Errors
 * quote the value as given:
 * `invalid gpuCount: 2500.5 (expected a positive whole number, or a range of them as [low, high] or {"low": …, "high": …})`.
 */
export function asRange(value: unknown, name: string, rule: RangeRule, unit?: QuantityUnit): Range {
  const reject: (reason?: TextProblem) => never = (reason) =>
    fail("notQuantityInput", { name, value, rule, unit, reason });
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    if (!isPlainObject(value)) reject();
    knownKeys(value, RANGE_FIELDS, name);
  }
  const r =
    typeof value === "string" && unit
      ? readAmountField(value, { test: (u) => u === unit, what: unit }, reject)
      : readRange(value);
  if (r === undefined || !obeys(r.low, rule) || !obeys(r.high, rule)) reject();
  if (r.low > r.high) fail("rangeOrder", { name, low: r.low, high: r.high });
  checkLimits(r, rule.limits, name, value);
  return range(r.low, r.high, name);
}

/** The fields of a range written as an object. */
const RANGE_FIELDS = ["low", "high"] as const;

/** The bounds of a number, pair or `{low, high}` object, unchecked; `undefined` for anything else. */
export function readRange(value: unknown): { low: number; high: number } | undefined {
  if (typeof value === "number") return { low: value, high: value };
  if (Array.isArray(value) && value.length === 2 && value.every((x) => typeof x === "number")) {
    return { low: value[0] as number, high: value[1] as number };
  }
  if (isPlainObject(value)) {
    // own fields only: an inherited low or high is not what the object shows
    const low = Object.hasOwn(value, "low") ? value.low : undefined;
    const high = Object.hasOwn(value, "high") ? value.high : undefined;
    if (typeof low === "number" && typeof high === "number") return { low, high };
  }
  return undefined;
}
