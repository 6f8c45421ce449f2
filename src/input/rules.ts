/**
 * What a numeric input may be; the error catalogue words it (`numberText` in src/errors/messages.ts).
 * Shared by the cost views' doors and by `assumptions()`, so the same field is checked the same way everywhere.
 */
export interface RangeRule {
  readonly min?: number;
  /** `min` itself is not allowed (a price must be > 0). */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly maxExclusive?: boolean;
  /** Whole numbers only (GPU counts). */
  readonly whole?: boolean;
}

export const positiveWhole: RangeRule = { min: 0, minExclusive: true, whole: true };
export const positive: RangeRule = { min: 0, minExclusive: true };
export const nonNegative: RangeRule = { min: 0 };
export const atLeastOne: RangeRule = { min: 1 };
/** (0, 1]: a share of something that is not nothing (power drawn, hours used). */
export const fraction: RangeRule = { min: 0, minExclusive: true, max: 1 };
/** [0, 1): a share of a total that cannot be all of it (interconnect in cluster cost). */
export const partFraction: RangeRule = { min: 0, max: 1, maxExclusive: true };

/** Does `x` satisfy `rule`? */
export function obeys(x: number, rule: RangeRule): boolean {
  if (!Number.isFinite(x)) return false;
  if (rule.whole && !Number.isInteger(x)) return false;
  if (rule.min !== undefined && (rule.minExclusive ? x <= rule.min : x < rule.min)) return false;
  if (rule.max !== undefined && (rule.maxExclusive ? x >= rule.max : x > rule.max)) return false;
  return true;
}
