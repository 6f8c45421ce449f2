/**
 * What a numeric input may be; the error catalogue words it (`numberText` in src/errors/grammar.ts).
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
  /**
   * Plausible bounds, checked after the rule itself (src/input/limits.ts): a value past one is
   * refused as a likely slip of unit or scale, with the reason (`at most 10,000,000 GPUs: …`).
   */
  readonly limits?: Limits;
}

/** A plausible bound: `value` in the rule's unit (US dollars for money), and why it is there, in words. */
export interface Limit {
  readonly value: number;
  readonly why: string;
}

/**
 * The plausible bounds of a quantity, with the unit its bounds are written in: `"GPUs"`,
 * `"GPU-hours"`; for money what the price is for (`"per GPU"`), after the currency.
 */
export interface Limits {
  readonly atLeast?: Limit;
  readonly atMost?: Limit;
  readonly unit?: string;
}

export const positiveWhole: RangeRule = { min: 0, minExclusive: true, whole: true };
export const positive: RangeRule = { min: 0, minExclusive: true };
export const nonNegative: RangeRule = { min: 0 };
export const atLeastOne: RangeRule = { min: 1 };
/** (0, 1]: a share of something that is not nothing (power drawn, hours used). */
export const fraction: RangeRule = { min: 0, minExclusive: true, max: 1 };
/** [0, 1): a share of a total that cannot be all of it (interconnect in cluster cost). */
export const partFraction: RangeRule = { min: 0, max: 1, maxExclusive: true };

/** Does `x` satisfy `rule` (its limits apart)? */
export function obeys(x: number, rule: RangeRule): boolean {
  if (!Number.isFinite(x)) return false;
  if (rule.whole && !Number.isInteger(x)) return false;
  if (rule.min !== undefined && (rule.minExclusive ? x <= rule.min : x < rule.min)) return false;
  if (rule.max !== undefined && (rule.maxExclusive ? x >= rule.max : x > rule.max)) return false;
  return true;
}
