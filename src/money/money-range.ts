import { fail } from "./messages.js";
import { range, type Range } from "../range/range.js";
import { currency as checkCurrency, type Currency } from "./currency.js";

/**
 * A range of money in one currency: `{ low: 4_000_000, high: 5_000_000, currency: "JPY" }`
 * (the article's H800 price). A point has `low === high`.
 *
 * @category Money and FX
 */
export interface MoneyRange extends Range {
  readonly currency: Currency;
}

/**
 * `moneyRange(4e6, 5e6, "JPY")`, checked as {@link range} checks; `name` is the field errors name.
 *
 * @category Money and FX
 */
export function moneyRange(low: number, high: number, currency: string, name = "amount"): MoneyRange {
  const r = range(low, high, name);
  return Object.freeze({ low: r.low, high: r.high, currency: checkCurrency(currency, `${name}.currency`) });
}

export function isMoneyRange(value: unknown): value is MoneyRange {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as MoneyRange).low === "number" &&
    typeof (value as MoneyRange).high === "number" &&
    typeof (value as MoneyRange).currency === "string"
  );
}

/** Both ranges in the same currency, or the catalogued mismatch error. */
export function sameCurrencyRanges(a: MoneyRange, b: MoneyRange, verb: string): Currency {
  if (a.currency !== b.currency) fail("currencyMismatch", { verb, left: a.currency, right: b.currency });
  return a.currency;
}
