/**
 * Every error text the project writes, in one place (after Vega-Lite's src/log/message.ts).
 *
 * Code detects a problem and passes a code plus its data to `fail()` (src/errors/error.ts);
 * the wording lives here. Tests assert these texts exactly, so a change of wording is a
 * change of behaviour.
 *
 * One grammar: say what was invalid, its name, the value received and what is accepted,
 * e.g. `invalid gpuCount: -3 (expected a positive whole number)`.
 *
 * Sections are by area; add new messages to the section of the area that throws them.
 */
import { show } from "./show.js";

export const messages = {
  // ---- general values -----------------------------------------------------------------------
  /** `invalid gpuCount: -3 (expected a positive whole number)` */
  invalid: (d: { name: string; value: unknown; expected: string }) =>
    `invalid ${d.name}: ${show(d.value)} (expected ${d.expected})`,
  /** `invalid range: low 5 > high 4 (expected low ≤ high)` */
  rangeOrder: (d: { name: string; low: number; high: number }) =>
    `invalid ${d.name}: low ${d.low} > high ${d.high} (expected low ≤ high)`,

  // ---- money and FX (src/money/) -------------------------------------------------------------
  /** `cannot add JPY and USD amounts (convert one first)` */
  currencyMismatch: (d: { verb: string; left: string; right: string }) =>
    `cannot ${d.verb} ${d.left} and ${d.right} amounts (convert one first)`,

  // ---- CJK amounts (src/amount/) -------------------------------------------------------------

  // ---- ranges and uncertainty (src/range/, src/uncertainty/) ----------------------------------

  // ---- data files (src/data/) ---------------------------------------------------------------

  // ---- assumptions and cost views (src/assumptions/, src/cost/) -------------------------------

  // ---- charts (src/charts/) -----------------------------------------------------------------

  // ---- runner and report (src/runner/, src/report/, src/cli/) ---------------------------------
} as const;

export type MessageCode = keyof typeof messages;
export type MessageData<C extends MessageCode> = Parameters<(typeof messages)[C]>[0];
