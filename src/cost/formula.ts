import type { Range } from "../range/range.js";
import type { MoneyRange } from "../money/money-range.js";

/** `2,000–3,000`, or `2,788,000` for a point: how a range is written in a breakdown's formula. */
export function writeRange(r: Range, digits = 4): string {
  const f = (x: number) => significant(Math.max(digits, Math.ceil(Math.log10(Math.abs(x) + 1)))).format(x);
  return r.low === r.high ? f(r.low) : `${f(r.low)}–${f(r.high)}`;
}

/** `4,000,000–5,000,000 JPY` */
export function writeMoney(r: MoneyRange, digits = 4): string {
  return `${writeRange(r, digits)} ${r.currency}`;
}

const formats = new Map<number, Intl.NumberFormat>();

/**
 * An en-US format with at most `digits` significant digits, built once: `toLocaleString` builds a
 * new Intl.NumberFormat on every call, which made these formulas most of `estimate()`'s time
 * (and the live report page's tornado calls it 35 times per change).
 */
function significant(digits: number): Intl.NumberFormat {
  let format = formats.get(digits);
  if (!format) formats.set(digits, (format = new Intl.NumberFormat("en-US", { maximumSignificantDigits: digits })));
  return format;
}
