import { fail } from "./messages.js";
import { isPlainObject, knownKeys } from "../validate/known-keys.js";
import type { TextProblem } from "./messages.js";
import { readAmountField } from "./read-field.js";
import { readRange, type QuantityInput } from "./as-range.js";
import { obeys, type RangeRule } from "./rules.js";
import { checkLimits } from "./limits.js";
import { currency as checkCurrency, isCurrency, type Currency } from "../money/currency.js";
import { Money } from "../money/money.js";
import { moneyRange, type MoneyRange } from "../money/money-range.js";

/**
 * Money as a user may write it: a quantity input in US dollars, a `Money`, `{ low, high, currency }`, or `"400万～500万日元"`.
 *
 * @category Amounts
 */
export type MoneyInput = QuantityInput | Money | MoneyRange;

/**
 * A {@link MoneyRange} from what a user may write for a price:
 * - a `Money` (`money(30_000, "USD")`) or a money range (`{ low: 4e6, high: 5e6, currency: "JPY" }`);
 * - text as the article writes it: `"400万～500万日元"`, `"3万美元"`, `"$2"`;
 * - a bare number, pair or `{low, high}`: US dollars (`2` → $2).
 * Checked against `rule` (prices are positive), then its plausible limits, in the currency given.
 * An object has the fields `low`, `high` and `currency` and no other, but for those that describe
 * a cost view or line (`view`, `label`, `basis`, `breakdown`, `formula`: `programmeCost` takes
 * `amortizedCost()`'s view), so `{ low, high, unit: "JPY" }` is refused rather than read as dollars.
 * Errors quote the value as given.
 */
export function asMoneyRange(value: unknown, name: string, rule: RangeRule): MoneyRange {
  const reject: (reason?: TextProblem) => never = (reason) => fail("notMoneyInput", { name, value, rule, reason });
  if (typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Money)) {
    if (!isPlainObject(value)) reject();
    knownKeys(value, MONEY_FIELDS, name, COST_VIEW_FIELDS);
  }
  const r = readMoney(value, name, reject);
  if (r === undefined || !obeys(r.low, rule) || !obeys(r.high, rule)) reject();
  if (r.low > r.high) fail("rangeOrder", { name, low: r.low, high: r.high });
  checkLimits(r, rule.limits, name, value, r.currency);
  return moneyRange(r.low, r.high, r.currency, name);
}

/** The fields of money written as an object. */
const MONEY_FIELDS = ["low", "high", "currency"] as const;

/** The fields a cost view or line adds to describe its money: let through, as they change no amount. */
const COST_VIEW_FIELDS = { what: "a cost view", fields: ["view", "label", "basis", "breakdown", "formula"] } as const;

function readMoney(
  value: unknown,
  name: string,
  reject: (reason: TextProblem) => never,
): { low: number; high: number; currency: Currency } | undefined {
  if (value instanceof Money) return { low: value.amount, high: value.amount, currency: value.currency };
  if (typeof value === "string") return readText(value, reject);
  const r = readRange(value);
  if (r === undefined) return undefined;
  const given = isPlainObject(value) && Object.hasOwn(value, "currency") ? value.currency : undefined;
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
