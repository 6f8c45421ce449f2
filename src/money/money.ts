import { fail } from "../errors/error.js";
import { currency as checkCurrency, type Currency } from "./currency.js";

/**
 * An amount of money in one currency. Immutable; arithmetic refuses to mix currencies
 * (convert first with `convert()`), and refuses non-finite results.
 *
 * ```ts
 * const h800 = money(4_000_000, "JPY");
 * h800.times(2000);               // ¥8,000,000,000
 * h800.plus(money(2, "USD"));     // throws: cannot add USD to JPY (convert first)
 * ```
 */
export class Money {
  readonly amount: number;
  readonly currency: Currency;

  constructor(amount: number, currency: Currency) {
    this.amount = amount;
    this.currency = currency;
    Object.freeze(this);
  }

  /** The sum, in the same currency: `money(1, "USD").plus(money(2, "USD"))` → $3. Mixing currencies is an error. */
  plus(other: Money): Money {
    return new Money(finite(this.amount + sameCurrency(this, other, "add").amount, "sum"), this.currency);
  }

  /** The difference, in the same currency: `money(3, "USD").minus(money(2, "USD"))` → $1. Mixing currencies is an error. */
  minus(other: Money): Money {
    return new Money(finite(this.amount - sameCurrency(this, other, "subtract").amount, "difference"), this.currency);
  }

  /** This amount × a plain number (a count, hours, a fraction). */
  times(factor: number): Money {
    return new Money(finite(this.amount * finite(factor, "factor"), "product"), this.currency);
  }

  /** This amount ÷ a plain number. */
  dividedBy(divisor: number): Money {
    if (finite(divisor, "divisor") === 0) fail("isZero", { name: "divisor", value: divisor });
    return new Money(this.amount / divisor, this.currency);
  }

  /** The plain ratio this ÷ other, both in the same currency. */
  ratio(other: Money): number {
    sameCurrency(this, other, "divide");
    if (other.amount === 0) fail("isZero", { name: "divisor", value: other.amount });
    return this.amount / other.amount;
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
    return `${this.amount.toLocaleString("en-US", { maximumFractionDigits: 2 })} ${this.currency}`;
  }
}

/**
 * `money(4_000_000, "JPY")`: a {@link Money}, after checking that the amount is finite
 * and the currency known.
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

function finite(value: number, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail("notFinite", { name, value });
  return value;
}
