import { fail } from "../errors/messages.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The UTC midnight of a real calendar day written `YYYY-MM-DD`, or `undefined`: `Date` alone
 * would read `2025-02-30` as March 2, so a day counts only if it writes back as itself.
 *
 * `isoDay("2024-02-29")` → 2024-02-29T00:00:00Z; `isoDay("2025-02-29")`, `isoDay("2025-2-3")` → undefined
 */
export function isoDay(text: string): Date | undefined {
  if (!DAY.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isFinite(date.getTime()) && date.toISOString().slice(0, 10) === text ? date : undefined;
}

/**
 * A day as `YYYY-MM-DD` from what a user may write for a date: that text (a real day) or a valid
 * `Date` (its UTC day). Anything else fails naming `name`:
 * `invalid on: "2025-02-30" (expected a date as YYYY-MM-DD or a valid Date)`. A `Date` in a year
 * that YYYY-MM-DD cannot write (10000, or -3) is refused saying so, rather than read as
 * `+010000-01`, a text nobody wrote.
 */
export function readDay(value: unknown, name: string): string {
  if (value instanceof Date && Number.isFinite(value.getTime())) {
    const year = value.getUTCFullYear();
    if (year < 0 || year > 9999) fail("dateYear", { name, year });
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === "string" && isoDay(value) !== undefined) return value;
  return fail("notDate", { name, value: value instanceof Date ? String(value) : value });
}
