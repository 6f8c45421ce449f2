import { fail } from "./messages.js";
import { knownKeys } from "../validate/known-keys.js";
import { isList } from "../validate/is-list.js";
import { readDay } from "../validate/read-day.js";
import { fxRates } from "./fx-rates.js";
import { currency as checkCurrency } from "../money/currency.js";
import { findFxRate, type FxQuote, type FxRate } from "./fx-rate.js";
import { Money, isMoney } from "../money/money.js";
import { moneyRange, isMoneyRange, type MoneyRange } from "../money/money-range.js";

/**
 * Options of {@link convert}: the date of the rate and the rate set.
 *
 * @category Money and FX
 */
export interface ConvertOptions {
  /** The date of the rate: `"2025-02-11"` or a `Date`. The latest rate on or before it, at most 7 days older, is used. */
  on: string | Date;
  /** The named rate set in `data/fx-rates.csv`: `"market"` (defaults to it) or `"article"` (the rate implied by the Nikkei article's own conversions). */
  rates?: string;
  /** Rate rows to use instead of `data/fx-rates.csv` (tests, what-ifs). */
  table?: readonly FxRate[];
}

/**
 * `convert(money(4e6, "JPY"), "CNY", { on: "2025-02-11", rates: "article" })` → about 192,268 CNY.
 *
 * Rates come from `data/fx-rates.csv`: the latest rate on or before `on` within 7 days, direct
 * or inverse, else a cross rate through USD (see `findFxRate`). No rate → an error naming the
 * pair, the date and the nearest rate found.
 *
 * @category Money and FX
 */
export function convert(value: Money, to: string, options: ConvertOptions): Money {
  if (!isMoney(value)) fail("notMoney", { name: "value", value });
  const q = fxQuote(value.currency, to, options);
  return new Money(converted(value.amount, value.currency, q), q.quote);
}

/**
 * A {@link MoneyRange} converted end by end with one rate.
 *
 * @example
 * convertRange(moneyRange(4e6, 5e6, "JPY"), "CNY", { on: "2025-02-11", rates: "article" }); // 192,268–240,335 CNY
 *
 * @category Money and FX
 */
export function convertRange(value: MoneyRange, to: string, options: ConvertOptions): MoneyRange {
  if (!isMoneyRange(value)) fail("notMoneyRange", { name: "value", value });
  const q = fxQuote(checkCurrency(value.currency, "value.currency"), to, options);
  return moneyRange(converted(value.low, value.currency, q), converted(value.high, value.currency, q), q.quote);
}

/** `amount` × the quote's rate, if finite: `cannot convert 1e+308 USD to JPY at 151.65: the result is Infinity …`. */
function converted(amount: number, from: string, q: FxQuote): number {
  const x = amount * q.rate;
  if (!Number.isFinite(x)) {
    fail("moneyNotFinite", { verb: "convert", left: `${amount} ${from}`, right: `${q.quote} at ${q.rate}`, result: x });
  }
  return x;
}

/**
 * The rate and its provenance (route and rows with their sources), with the checks `convert()` makes:
 * `fxQuote("JPY", "CNY", { on: "2025-02-11", rates: "article" }).rate` → 0.048067.
 *
 * @category Money and FX
 */
export function fxQuote(from: string, to: string, options: ConvertOptions): FxQuote {
  if (options === undefined || options === null || typeof options !== "object" || Array.isArray(options)) {
    fail("noConvertOptions", { value: options });
  }
  knownKeys(options, ["on", "rates", "table"], "options");
  const { on, rates = "market", table } = options;
  const base = checkCurrency(from, "from");
  const quote = checkCurrency(to, "to");
  const day = readDay(on, "on");
  const rows = table ?? fxRates();
  const sets = [...new Set(rows.map((r) => r.set))];
  if (!sets.includes(rates)) fail("notOneOf", { name: "rates", value: rates, choices: sets });
  return findFxRate(rows, rates, base, quote, day);
}

/**
 * The names of the rate sets in `data/fx-rates.csv` (`["article", "market"]`).
 *
 * @example
 * rateSetNames(); // ["article", "market"]
 */
export function rateSetNames(table: readonly FxRate[] = fxRates()): string[] {
  if (!isList(table) || table.some((r: unknown) => typeof (r as FxRate | null)?.set !== "string"))
    fail("notFxTable", { name: "table", value: table });
  return [...new Set(table.map((r) => r.set))];
}
