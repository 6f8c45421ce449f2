import type { Range } from "../range/range.js";
import type { MoneyRange } from "../money/money-range.js";

/** `2,000–3,000`, or `2,788,000` for a point: how a range is written in a breakdown's formula. */
export function writeRange(r: Range, digits = 4): string {
  const f = (x: number) =>
    x.toLocaleString("en-US", { maximumSignificantDigits: Math.max(digits, Math.ceil(Math.log10(Math.abs(x) + 1))) });
  return r.low === r.high ? f(r.low) : `${f(r.low)}–${f(r.high)}`;
}

/** `4,000,000–5,000,000 JPY` */
export function writeMoney(r: MoneyRange, digits = 4): string {
  return `${writeRange(r, digits)} ${r.currency}`;
}
