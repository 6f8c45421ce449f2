/**
 * The general messages: checks of a value that every layer makes (a finite number, a positive
 * count, one of a list, a plain object with known fields, a real day). Each layer keeps its own
 * messages in a `messages.ts` beside it (`src/amount/messages.ts`, `src/runner/messages.ts`), in
 * the same grammar (src/errors/grammar.ts): say what was invalid, its name, the value received and
 * what is accepted, e.g. `invalid gpuCount: -3 (expected a positive whole number)`.
 *
 * Code detects a problem and passes a code plus its data to `fail()`; the wording lives in the
 * catalogue, a pure function of the data. Tests assert these texts exactly, so a change of wording
 * is a change of behaviour.
 */
import { failer, type Fail } from "./failer.js";
import { invalid, numberText, type NumberBounds } from "./grammar.js";
import { show } from "./show.js";

export const messages = {
  /** `invalid xs[2]: NaN (expected a finite number)`; with `at`, the inputs that gave it: `(expected a finite number (at n = 2000, p = 0))` */
  notFinite: (d: { name: string; value: unknown; at?: Readonly<Record<string, number>> }) =>
    invalid(
      d,
      d.at
        ? `a finite number (at ${Object.entries(d.at)
            .map(([k, v]) => `${k} = ${v}`)
            .join(", ")})`
        : "a finite number",
    ),
  /**
   * `invalid years: 0 (expected a positive number of years)`; without `unit`: `(expected a positive number)`;
   * with `max`: `invalid --timeout: "3000000" (expected a positive number of seconds, at most 86400)`
   */
  notPositive: (d: { name: string; value: unknown; unit?: string; max?: number }) =>
    invalid(d, `a positive number${of(d.unit)}${d.max === undefined ? "" : `, at most ${d.max}`}`),
  /** `invalid gpuCount: -3 (expected a positive whole number)`; with `unit`: `(expected a positive whole number of pixels)` */
  notPositiveWhole: (d: { name: string; value: unknown; unit?: string }) =>
    invalid(d, `a positive whole number${of(d.unit)}`),
  /**
   * A number outside the bounds given, worded from them (as {@link numberText} does):
   * `invalid p: 2 (expected a number from 0 to 1)`, `invalid seed: -1 (expected a whole number from 0 to 2^53 − 1)`,
   * `invalid threshold: 0 (expected a fraction in (0, 1])`, `invalid k: -1 (expected a number ≥ 0)`.
   */
  notInRange: (d: { name: string; value: unknown } & NumberBounds) => invalid(d, numberText(d)),
  /** `invalid divisor: 0 (expected a non-zero number)` */
  isZero: (d: { name: string; value: unknown }) => invalid(d, "a non-zero number"),
  /** `invalid currency: "GBP" (expected one of JPY, CNY, USD)` */
  notOneOf: (d: { name: string; value: unknown; choices: readonly string[] }) =>
    invalid(d, `one of ${d.choices.join(", ")}`),
  /** `invalid views: [] (expected a non-empty list of purchase, rental)`: a list whose items are each one of `choices` */
  notListOf: (d: { name: string; value: unknown; choices: readonly string[] }) =>
    invalid(d, `a non-empty list of ${d.choices.join(", ")}`),
  /** `invalid speedRatios: [0] (expected a non-empty list of positive numbers)` */
  notPositiveList: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of positive numbers"),
  /** `invalid key: 3 (expected a string)`; with `nonEmpty`: `(expected a non-empty string)` */
  notString: (d: { name: string; value: unknown; nonEmpty?: boolean }) =>
    invalid(d, d.nonEmpty ? "a non-empty string" : "a string"),
  /** `invalid on: "2025-02-30" (expected a date as YYYY-MM-DD or a valid Date)` */
  notDate: (d: { name: string; value: unknown }) => invalid(d, "a date as YYYY-MM-DD or a valid Date"),
  /** `invalid purchaseDate: a Date in the year 10000 (expected a day from 0000-01-01 to 9999-12-31, as YYYY-MM-DD writes them)` */
  dateYear: (d: { name: string; year: number }) =>
    `invalid ${d.name}: a Date in the year ${d.year} (expected a day from 0000-01-01 to 9999-12-31, as YYYY-MM-DD writes them)`,
  /** `invalid range: low 5 > high 4 (expected low ≤ high)` */
  rangeOrder: (d: { name: string; low: number; high: number }) =>
    `invalid ${d.name}: low ${d.low} > high ${d.high} (expected low ≤ high)`,
  /**
   * A field the library does not know, never ignored: `invalid gpuPrice.unit: "JPY" (expected only the fields low, high, currency)`;
   * with `describing`, fields let through that only describe the value: `(expected only the fields low, high, currency, or a cost view's view, label, …)`.
   */
  unknownField: (d: {
    name: string;
    value: unknown;
    known: readonly string[];
    describing?: { readonly what: string; readonly fields: readonly string[] };
  }) =>
    invalid(
      d,
      (d.known.length === 0 ? "no fields" : `only the fields ${d.known.join(", ")}`) +
        (d.describing ? `, or ${d.describing.what}'s ${d.describing.fields.join(", ")}` : ""),
    ),
  /** `invalid overrides: {} (expected a plain object, not a Map)`; `kind` says what it is instead (`an object that inherits gpuCount`) */
  notPlainObject: (d: { name: string; value: unknown; kind: string }) => invalid(d, `a plain object, not ${d.kind}`),
  /** `invalid e: null (expected the result of estimate())`: an argument that should be what another public function returned */
  notResultOf: (d: { name: string; value: unknown; maker: string }) => invalid(d, `the result of ${d.maker}`),
  /** `unknown gpu: "H900" (expected one of H100, H800, H20, A100, A800)` */
  unknownEntry: (d: { name: string; value: unknown; known: readonly string[] }) =>
    `unknown ${d.name}: ${show(d.value)} (expected one of ${d.known.join(", ")})`,
} as const;

/** ` of seconds`, or nothing without a unit. */
function of(unit: string | undefined): string {
  return unit ? ` of ${unit}` : "";
}

/** Throws one of the general errors: the `fail()` of layers with no messages of their own. */
export const fail: Fail<typeof messages> = failer(messages);
