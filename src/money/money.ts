import { fail } from "./messages.js";
import { currency as checkCurrency, type Currency } from "./currency.js";

/**
 * An amount of money in one currency. Immutable; arithmetic refuses to mix currencies
 * (convert first with `convert()`), and refuses a result that is not a finite number, naming the
 * operation and its operands (`cannot divide 1 USD by 1e-310: the result is Infinity …`).
 *
 * ```ts
 * const h800 = money(4_000_000, "JPY");
 * h800.times(2000);               // JPY 8,000,000,000
 * h800.plus(money(2, "USD"));     // throws: cannot add USD to JPY (convert first)
 * ```
 *
 * @category Money and FX
 */
export class Money {
  readonly amount: number;
  readonly currency: Currency;

  /** A finite `amount` in a known `currency`, else the catalogued error (`invalid Money amount: NaN …`). */
  constructor(amount: number, currency: Currency) {
    this.amount = finite(amount, "Money amount");
    this.currency = checkCurrency(currency, "Money currency");
    Object.freeze(this);
  }

  /** The sum, in the same currency: `money(1, "USD").plus(money(2, "USD"))` → $3. Mixing currencies is an error. */
  plus(other: Money): Money {
    const sum = this.amount + sameCurrency(this, other, "add").amount;
    return new Money(result(sum, "add", this, other), this.currency);
  }

  /** The difference, in the same currency: `money(3, "USD").minus(money(2, "USD"))` → $1. Mixing currencies is an error. */
  minus(other: Money): Money {
    const difference = this.amount - sameCurrency(this, other, "subtract").amount;
    return new Money(result(difference, "subtract", this, other), this.currency);
  }

  /** This amount × a plain number (a count, hours, a fraction). */
  times(factor: number): Money {
    return new Money(result(this.amount * finite(factor, "factor"), "multiply", this, factor), this.currency);
  }

  /** This amount ÷ a plain number. */
  dividedBy(divisor: number): Money {
    if (finite(divisor, "divisor") === 0) fail("isZero", { name: "divisor", value: divisor });
    return new Money(result(this.amount / divisor, "divide", this, divisor), this.currency);
  }

  /** The plain ratio this ÷ other, both in the same currency. */
  ratio(other: Money): number {
    sameCurrency(this, other, "divide");
    if (other.amount === 0) fail("isZero", { name: "divisor", value: other.amount });
    return result(this.amount / other.amount, "ratio", this, other);
  }

  /** Same currency and amounts within `tolerance` (defaults to 0): `money(1, "USD").equals(money(1.004, "USD"), 0.01)` → true. */
  equals(other: Money, tolerance = 0): boolean {
    return this.currency === other.currency && Math.abs(this.amount - other.amount) <= tolerance;
  }

  /** `{ amount, currency }`, as `JSON.stringify` writes it. */
  toJSON(): { amount: number; currency: Currency } {
    return { amount: this.amount, currency: this.currency };
  }

  /** `12,345.67 USD`: plain and unambiguous; `formatAmount()` writes the localised forms. */
  toString(): string {
    return `${this.amount.toLocaleString("en-US", { maximumFractionDigits: 2, signDisplay: "negative" })} ${this.currency}`;
  }
}

/**
 * `money(4_000_000, "JPY")`: a {@link Money}, after checking that the amount is finite
 * and the currency known.
 *
 * @category Money and FX
 */
export function money(amount: number, currency: string): Money {
  return new Money(finite(amount, "amount"), checkCurrency(currency));
}

/** The sum of several amounts in one currency; an empty list is an error (there is no currency to give). */
export function sum(amounts: readonly Money[]): Money {
  const [first, ...rest] = amounts;
  if (!first) fail("noMoney", { name: "amounts", value: [] });
  return rest.reduce((total, m) => total.plus(m), first);
}

export function isMoney(value: unknown): value is Money {
  return value instanceof Money;
}

function sameCurrency(a: Money, b: Money, verb: string): Money {
  if (!(b instanceof Money)) fail("notMoney", { name: "amount", value: b });
  if (a.currency !== b.currency) fail("currencyMismatch", { verb, left: a.currency, right: b.currency });
  return b;
}

/** `x`, if finite; else the operation that gave it, with its operands: `cannot multiply 1e+300 USD by 1e+300: …`. */
function result(
  x: number,
  verb: "add" | "subtract" | "multiply" | "divide" | "ratio",
  a: Money,
  b: Money | number,
): number {
  if (!Number.isFinite(x)) fail("moneyNotFinite", { verb, left: moneyText(a), right: moneyText(b), result: x });
  return x;
}

/** `1e+300 USD`, or a plain number as JavaScript writes it: an operand as a message gives it. */
function moneyText(value: Money | number): string {
  return typeof value === "number" ? String(value) : `${value.amount} ${value.currency}`;
}

function finite(value: number, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail("notFinite", { name, value });
  return value;
}
