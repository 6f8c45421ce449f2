import { fail } from "../errors/error.js";
import type { TextProblem } from "../errors/messages.js";
import { readAmountField } from "./read-field.js";
import type { QuantityUnit } from "../amount/amount.js";
import { range, type Range } from "../range/range.js";
import { obeys, type RangeRule } from "./rules.js";

/** A quantity as a user may write it: `2048`, `[2000, 3000]`, `{ low: 2000, high: 3000 }`, `"2000～3000块"`. */
export type QuantityInput =
  number | readonly [number, number] | { readonly low: number; readonly high: number } | string;

/**
 * A {@link Range} from what a user may write: a number (`2048`), a pair (`[2000, 3000]`), an
 * object (`{ low: 2000, high: 3000 }`) or, where `unit` is given, an amount as the article
 * writes it (`"2000～3000块"` for GPUs, `"278.8万小时"` for hours), checked against `rule`.
 * Errors quote the value as given:
 * `invalid gpuCount: 2500.5 (expected a positive whole number, or a range of them as [low, high] or {"low": …, "high": …})`.
 */
export function asRange(value: unknown, name: string, rule: RangeRule, unit?: QuantityUnit): Range {
  const reject: (reason?: TextProblem) => never = (reason) =>
    fail("notQuantityInput", { name, value, rule, unit, reason });
  const r =
    typeof value === "string" && unit
      ? readAmountField(value, { test: (u) => u === unit, what: unit }, reject)
      : readRange(value);
  if (r === undefined || !obeys(r.low, rule) || !obeys(r.high, rule)) reject();
  if (r.low > r.high) fail("rangeOrder", { name, low: r.low, high: r.high });
  return range(r.low, r.high, name);
}

/** The bounds of a number, pair or `{low, high}` object, unchecked; `undefined` for anything else. */
export function readRange(value: unknown): { low: number; high: number } | undefined {
  if (typeof value === "number") return { low: value, high: value };
  if (Array.isArray(value) && value.length === 2 && value.every((x) => typeof x === "number")) {
    return { low: value[0] as number, high: value[1] as number };
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const { low, high } = value as { low?: unknown; high?: unknown };
    if (typeof low === "number" && typeof high === "number") return { low, high };
  }
  return undefined;
}
