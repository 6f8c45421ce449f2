/**
 * The messages of the doors: quantities and prices as users write them (src/input/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { invalid, numberText, type NumberBounds } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";

export const messages = {
  /**
   * `invalid gpuCount: 2500.5 (expected a positive whole number, or a range of them as [low, high] or {"low": …, "high": …} or text such as "2000～3000块")`.
   * `rule` words the numbers accepted; `unit` adds the text example; `reason` says why text was refused:
   * `(expected …; it reads as GPU, not hour)`, or `(expected …; ` + the parser's own message + `)`.
   */
  notQuantityInput: (d: {
    name: string;
    value: unknown;
    rule: NumberBounds;
    unit?: keyof typeof quantityExamples;
    reason?: TextProblem;
  }) =>
    invalid(
      d,
      `${numberText(d.rule)}, or a range of them as [low, high] or {"low": …, "high": …}` +
        (d.unit ? ` or text such as ${quantityExamples[d.unit]}` : "") +
        because(d.reason),
    ),
  /** `invalid gpuPrice: -1 (expected a positive number as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元")`, with `reason` as for notQuantityInput */
  notMoneyInput: (d: { name: string; value: unknown; rule: NumberBounds; reason?: TextProblem }) =>
    invalid(
      d,
      `${numberText(d.rule)} as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元"` +
        because(d.reason),
    ),
  /**
   * A value past a plausible bound, refused as a likely slip (a unit, a scale, a digit too many)
   * that would otherwise run on into every view: the bound, its unit and why it is where it is.
   * `invalid gpuCount: 1e+22 (expected at most 10,000,000 GPUs: 625 times …)`; a price in another
   * currency gives its bound in that currency and in US dollars (see {@link LimitData}).
   */
  implausible: (d: { name: string; value: unknown } & LimitData) => invalid(d, limitText(d)),
} as const;

/**
 * A plausible bound and why: `side` "most" with `limit` 10,000,000 and `unit` "GPUs". A price in
 * a currency other than US dollars has its bound converted at a round rate, `usd` saying which.
 */
export interface LimitData {
  readonly side: "most" | "least";
  readonly limit: number;
  /** `GPUs`, `GPU-hours`, `JPY per GPU`, or nothing for a plain ratio. */
  readonly unit?: string;
  readonly usd?: { readonly limit: number; readonly perUsd: number; readonly currency: string };
  readonly why: string;
}

/** `at most 10,000,000 GPUs: …`; `at most 1,500,000,000 JPY per GPU, 10,000,000 USD at a round 150 JPY to the dollar: …` */
export function limitText(d: LimitData): string {
  const usd = d.usd
    ? `, ${grouped(d.usd.limit)} USD at a round ${grouped(d.usd.perUsd)} ${d.usd.currency} to the dollar`
    : "";
  return `at ${d.side} ${grouped(d.limit)}${d.unit ? ` ${d.unit}` : ""}${usd}: ${d.why}`;
}

/** `10,000,000`, `0.01`: a bound as people write it. */
function grouped(x: number): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: 10, signDisplay: "negative" });
}

/** Why text given for a field was refused: the amount parser's own message, or the unit it read. */
export type TextProblem = { readonly parseError: string } | { readonly readsAs: string; readonly wanted: string };

/** `; it reads as GPU, not hour`, `; ` + the parser's message, or nothing. */
function because(reason: TextProblem | undefined): string {
  if (reason === undefined) return "";
  return "parseError" in reason ? `; ${reason.parseError}` : `; it reads as ${reason.readsAs}, not ${reason.wanted}`;
}

/** How each quantity unit is written as text, for notQuantityInput. */
const quantityExamples = {
  GPU: '"2000～3000块"',
  hour: '"278.8万小时"',
  fraction: '"1～3成"',
  run: '"数十次"',
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages> = failer(messages, valueMessages);
