import { fail } from "./messages.js";

/** `x` if it is a finite number > 0, else `notPositive` naming it: `invalid tokens: 0 (expected a positive number)`. */
export function positiveNumber(x: unknown, name: string): number {
  if (typeof x !== "number" || !Number.isFinite(x) || x <= 0) fail("notPositive", { name, value: x });
  return x;
}
