import { fail } from "../errors/error.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date as `YYYY-MM-DD` from what a user may write: that text (a real day: `"2024-02-30"`
 * is refused) or a valid `Date` (its UTC day). Errors name the field:
 * `invalid trainingStart: "2024-13-01" (expected a date as YYYY-MM-DD or a valid Date)`.
 */
export function asIsoDate(value: unknown, name: string): string {
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && DAY.test(value)) {
    const parsed = new Date(`${value}T00:00:00Z`);
    // A real day round-trips: "2024-02-30" would become March 1 and fail here.
    if (Number.isFinite(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value) return value;
  }
  return fail("notDate", { name, value: value instanceof Date ? String(value) : value });
}
