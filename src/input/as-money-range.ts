import { fail } from "../errors/error.js";
import type { TextProblem } from "../errors/messages.js";
import { readAmountField } from "./read-field.js";
import { readRange, type QuantityInput } from "./as-range.js";
import { obeys, type RangeRule } from "./rules.js";
import { currency as checkCurrency, isCurrency, type Currency } from "../money/currency.js";
import { Money } from "../money/money.js";
import { moneyRange, type MoneyRange } from "../money/money-range.js";

/** Money as a user may write it: a quantity input in US dollars, a `Money`, `{ low, high, currency }`, or `"400万～500万日元"`. */
export type MoneyInput = QuantityInput | Money | MoneyRange;

/**
 * A {@link MoneyRange} from what a user may write for a price:
 * - a `Money` (`money(30_000, "USD")`) or a money range (`{ low: 4e6, high: 5e6, currency: "JPY" }`);
 * - text as the article writes it: `"400万～500万日元"`, `"3万美元"`, `"$2"`;
 * - a bare number, pair or `{low, high}`: US dollars (`2` → $2).
 * Checked against `rule` (prices are positive). Errors quote the value as given.
 */
export function asMoneyRange(value: unknown, name: string, rule: RangeRule): MoneyRange {
  const reject: (reason?: TextProblem) => never = (reason) => fail("notMoneyInput", { name, value, rule, reason });
  const r = readMoney(value, name, reject);
  if (r === undefined || !obeys(r.low, rule) || !obeys(r.high, rule)) reject();
  if (r.low > r.high) fail("rangeOrder", { name, low: r.low, high: r.high });
  return moneyRange(r.low, r.high, r.currency, name);
}

function readMoney(
  value: unknown,
  name: string,
  reject: (reason: TextProblem) => never,
): { low: number; high: number; currency: Currency } | undefined {
  if (value instanceof Money) return { low: value.amount, high: value.amount, currency: value.currency };
  if (typeof value === "string") return readText(value, reject);
  const r = readRange(value);
  if (r === undefined) return undefined;
  const given = typeof value === "object" && value !== null ? (value as { currency?: unknown }).currency : undefined;
  if (given === undefined) return { ...r, currency: "USD" };
  return { ...r, currency: checkCurrency(given, `${name}.currency`) };
}

function readText(
  text: string,
  reject: (reason: TextProblem) => never,
): { low: number; high: number; currency: Currency } {
  const amount = readAmountField(text, { test: isCurrency, what: "money" }, reject);
  return { low: amount.low, high: amount.high, currency: amount.unit as Currency };
}
