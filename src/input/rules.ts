/**
 * What a numeric input may be, with the words an error uses for it. Shared by the cost views'
 * doors and by `assumptions()`, so the same field is checked the same way everywhere.
 */
export interface RangeRule {
  readonly min?: number;
  /** `min` itself is not allowed (a price must be > 0). */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly maxExclusive?: boolean;
  /** Whole numbers only (GPU counts). */
  readonly whole?: boolean;
  /** What is accepted, as an error says it: `a positive whole number`. */
  readonly expected: string;
}

export const positiveWhole: RangeRule = { min: 0, minExclusive: true, whole: true, expected: "a positive whole number" };
export const positive: RangeRule = { min: 0, minExclusive: true, expected: "a positive number" };
export const nonNegative: RangeRule = { min: 0, expected: "a number ≥ 0" };
export const atLeastOne: RangeRule = { min: 1, expected: "a number ≥ 1" };
/** (0, 1]: a share of something that is not nothing (power drawn, hours used). */
export const fraction: RangeRule = { min: 0, minExclusive: true, max: 1, expected: "a fraction in (0, 1]" };
/** [0, 1): a share of a total that cannot be all of it (interconnect in cluster cost). */
export const partFraction: RangeRule = { min: 0, max: 1, maxExclusive: true, expected: "a fraction in [0, 1)" };

/** Does `x` satisfy `rule`? */
export function obeys(x: number, rule: RangeRule): boolean {
  if (!Number.isFinite(x)) return false;
  if (rule.whole && !Number.isInteger(x)) return false;
  if (rule.min !== undefined && (rule.minExclusive ? x <= rule.min : x < rule.min)) return false;
  if (rule.max !== undefined && (rule.maxExclusive ? x >= rule.max : x > rule.max)) return false;
  return true;
}
