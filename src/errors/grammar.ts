import { show } from "./show.js";

/**
 * The one grammar of the project's messages: what was invalid, its name, the value received and
 * what is accepted. `invalid({ name: "gpuCount", value: -3 }, "a positive whole number")` is
 * `invalid gpuCount: -3 (expected a positive whole number)`.
 */
export function invalid(d: { name: string; value: unknown }, expected: string): string {
  return `invalid ${d.name}: ${show(d.value)} (expected ${expected})`;
}

/** Which numbers are accepted: the data of `notInRange`, and the shape of a range rule (src/input/rules.ts). */
export interface NumberBounds {
  readonly min?: number;
  /** `min` itself is not accepted (a price must be > 0). */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly maxExclusive?: boolean;
  /** Whole numbers only (GPU counts). */
  readonly whole?: boolean;
}

/**
 * The numbers that `b` accepts, in words: `a positive whole number`, `a positive number`,
 * `a number ≥ 0`, `a number from 0 to 1`, `a fraction in (0, 1]`, `a whole number from 0 to 2^53 − 1`.
 */
export function numberText(b: NumberBounds): string {
  const number = b.whole ? "whole number" : "number";
  const { min, max } = b;
  if (min === 0 && b.minExclusive && max === undefined) return `a positive ${number}`;
  if (min !== undefined && max !== undefined) {
    if (!b.minExclusive && !b.maxExclusive) return `a ${number} from ${bound(min)} to ${bound(max)}`;
    const noun = !b.whole && min === 0 && max === 1 ? "fraction" : number;
    return `a ${noun} in ${b.minExclusive ? "(" : "["}${bound(min)}, ${bound(max)}${b.maxExclusive ? ")" : "]"}`;
  }
  if (min !== undefined) return `a ${number} ${b.minExclusive ? ">" : "≥"} ${bound(min)}`;
  if (max !== undefined) return `a ${number} ${b.maxExclusive ? "<" : "≤"} ${bound(max)}`;
  return `a finite ${number}`;
}

/** A bound as a reader checks it: 2^53 − 1 rather than 9007199254740991. */
function bound(x: number): string {
  return x === Number.MAX_SAFE_INTEGER ? "2^53 − 1" : String(x);
}
